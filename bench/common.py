"""Shared helpers of the duplicate/headline benchmarks: the BBC corpus and a configured session."""
from __future__ import annotations

import sys
from pathlib import Path

from newslint import make_config
from newslint.runner import Session

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
BBC = SHARED / "corpora" / "bbc"
FAMILIES = ("NL1", "NL2")
CROSS_FILE = ("NL104", "NL204")


def bbc_paths() -> list[str]:
    """Every BBC article, sorted (the corpus is read in place, never copied)."""
    if not BBC.is_dir():
        sys.exit(f"BBC corpus not found at {BBC}")
    return sorted(str(p) for p in BBC.glob("*/*.txt"))


OTHER_FAMILIES = ["attribution", "hedging"]


def session(select=FAMILIES, rules: dict | None = None) -> Session:
    """A session running only the given rule codes or prefixes (other rule plugins not loaded)."""
    return Session(make_config({"select": list(select), "rules": rules or {},
                                "plugins": {"disable": OTHER_FAMILIES}}))


def describe(finding) -> str:
    rel = "; ".join(f"{r.path}:{r.span.start.line}" for r in finding.related)
    return f"{finding.path}:{finding.span.start.line} {finding.code} {finding.message}" + (f" [-> {rel}]" if rel else "")
