"""Baselines: adopt newslint on an existing archive without fixing everything first.

``newslint baseline`` records the fingerprints of today's findings; ``check
--baseline FILE`` then reports only findings whose fingerprint is not recorded.
Fingerprints hash the rule, path and flagged text (never line numbers), so
they survive edits elsewhere in a file. The CLI imports this module to build
its help text, so JSON and file writing are imported only when used.
"""
from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from newslint import __version__
from newslint.errors import NewslintError

if TYPE_CHECKING:
    from newslint.model import Finding
    from newslint.report import Report

SCHEMA = "newslint-baseline/1"
DEFAULT_PATH = ".newslint-baseline.json"


def write_baseline(path: str, findings: Iterable[Finding]) -> int:
    """Write the baseline file for ``findings``; return the number of entries."""
    import json

    from newslint.fixes import write_atomic

    entries = sorted({(f.path, f.code, f.fingerprint, f.message) for f in findings})
    data = {"schema": SCHEMA, "tool": {"name": "newslint", "version": __version__},
            "findings": [{"path": p, "code": c, "fingerprint": fp, "message": m} for p, c, fp, m in entries]}
    write_atomic(path, (json.dumps(data, indent=2, ensure_ascii=False) + "\n").encode("utf-8"))
    return len(entries)


def load_baseline(path: str) -> frozenset[str]:
    """The fingerprints recorded in a baseline file; raise NewslintError if it is not one."""
    import json

    try:
        with open(path, encoding="utf-8") as fh:
            data = json.load(fh)
    except OSError as exc:
        raise NewslintError(f"{path}: cannot read baseline: {exc.strerror or exc}") from None
    except ValueError as exc:
        raise NewslintError(f"{path}: baseline is not valid JSON: {exc}") from None
    if not isinstance(data, dict) or data.get("schema") != SCHEMA or not isinstance(data.get("findings"), list):
        raise NewslintError(f"{path}: not a newslint baseline (want schema {SCHEMA!r}; "
                            "write one with `newslint baseline`)")
    try:
        return frozenset(str(entry["fingerprint"]) for entry in data["findings"])
    except (TypeError, KeyError):
        raise NewslintError(f"{path}: baseline entry without a fingerprint") from None


def apply_baseline(report: Report, fingerprints: frozenset[str]) -> int:
    """Drop findings recorded in the baseline; return how many were dropped."""
    before = len(report.findings)
    report.findings = [f for f in report.findings if f.fingerprint not in fingerprints]
    return before - len(report.findings)
