"""Module-level regular expressions compiled on first use.

Compiling a regex costs 0.1-1 ms; a module with a dozen context patterns adds
several milliseconds to every start of ``newslint``, although one short draft
often needs none of them (a hedging judge runs only when a hedge word occurs).
``lazy_compile(pattern, flags)`` returns an object with the matching methods of
``re.Pattern`` that compiles the pattern the first time one of them is called
(``re``'s own cache keeps it once per process).
"""
from __future__ import annotations

import functools
import re
import sys
from typing import Any, Iterator

#: The ``re.Pattern`` methods a :class:`LazyPattern` offers.
_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "split")


class LazyPattern:
    """A ``re.Pattern`` stand-in that compiles itself when first used.

    Compiling stores the compiled pattern and its own methods on the instance, where they
    take precedence over the class's: later calls go straight to ``re``.
    """

    def __init__(self, pattern: str, flags: int = 0):
        self.pattern = pattern
        self.flags = flags

    @functools.cached_property
    def compiled(self) -> re.Pattern[str]:
        """The compiled pattern (then an attribute of the instance, read without a call)."""
        rx = re.compile(self.pattern, self.flags)
        for name in _METHODS:
            setattr(self, name, getattr(rx, name))
        return rx

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled.search(string, pos, endpos)

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled.match(string, pos, endpos)

    def fullmatch(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled.fullmatch(string, pos, endpos)

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        return self.compiled.finditer(string, pos, endpos)

    def findall(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]:
        return self.compiled.findall(string, pos, endpos)

    def sub(self, repl: Any, string: str, count: int = 0) -> str:
        return self.compiled.sub(repl, string, count)

    def split(self, string: str, maxsplit: int = 0) -> list[Any]:
        return self.compiled.split(string, maxsplit)

    @property
    def is_compiled(self) -> bool:
        """Whether the pattern has been compiled (by a first use or by reading :attr:`compiled`)."""
        return "compiled" in vars(self)

    def __repr__(self) -> str:
        return f"lazy_compile({self.pattern!r}, {self.flags!r})"


def lazy_compile(pattern: str, flags: int = 0) -> LazyPattern:
    """``re.compile(pattern, flags)``, deferred until the pattern is first used."""
    return LazyPattern(pattern, flags)
