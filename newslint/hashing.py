"""SHA-256 and BLAKE2b for fingerprints, cache keys and repeat keys, without loading OpenSSL.

``import hashlib`` loads OpenSSL's bindings (``_hashlib``), about 3 ms of every start-up,
although newslint hashes only short strings and file contents. CPython ships its own
implementations of both algorithms (hashlib's ``blake2b`` is that one anyway), so the
digests are the same; where those modules are missing (other interpreters, or
CPython 3.12+, which renamed ``_sha256``), hashlib provides them.
"""
from __future__ import annotations

try:
    from _blake2 import blake2b
    from _sha256 import sha256
except ImportError:
    from hashlib import blake2b, sha256

__all__ = ["blake2b", "sha256"]
