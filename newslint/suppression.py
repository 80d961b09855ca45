"""Inline suppression: ``<!-- newslint-… -->`` comments and front-matter ignores.

* ``<!-- newslint-disable [SEL …] -->`` … ``<!-- newslint-enable [SEL …] -->``: a range;
* ``<!-- newslint-disable-next [SEL …] -->``: the next block;
* ``<!-- newslint-disable-file [SEL …] -->``: the whole file;
* front matter ``newslint: {ignore: [SEL, …]}``: the whole file.

Selectors are codes, prefixes or rule names; none means every rule. The same
comment lines work in plain-text drafts. Directives inside code are ignored.
"""
from __future__ import annotations

import re
from typing import NamedTuple

from newslint.model import BlockKind, Document
from newslint.selection import specificity
from newslint.text.lazy_regex import lazy_compile

DIRECTIVE = lazy_compile(r"<!--\s*newslint-(disable-next|disable-file|disable|enable)\b(?P<sel>[^>]*?)\s*-->")
ALL = ("ALL",)


class Suppression(NamedTuple):
    """Findings starting in ``[start, end)`` whose rule matches ``selectors`` are dropped."""

    start: int
    end: int
    selectors: tuple[str, ...]

    def covers(self, offset: int, code: str, name: str) -> bool:
        return self.start <= offset < self.end and any(specificity(s, code, name) for s in self.selectors)


def _selectors(raw: str) -> tuple[str, ...]:
    sels = tuple(s for s in re.split(r"[\s,]+", raw.strip()) if s)
    return sels or ALL


def find_suppressions(doc: Document) -> list[Suppression]:
    """All suppressions of a document (directive comments and front matter)."""
    out: list[Suppression] = []
    end_of_doc = len(doc.source) + 1
    ignore = doc.front_matter.get("newslint", {}) if isinstance(doc.front_matter, dict) else {}
    if isinstance(ignore, dict) and isinstance(ignore.get("ignore"), list):
        sels = tuple(str(s) for s in ignore["ignore"])
        if sels:
            out.append(Suppression(0, end_of_doc, sels))
    if "newslint-" not in doc.source:
        return out
    code_ranges = [(b.start, b.end) for b in doc.blocks if b.kind is BlockKind.CODE]
    open_ranges: dict[str, int] = {}
    for m in DIRECTIVE.finditer(doc.source):
        if any(s <= m.start() < e for s, e in code_ranges):
            continue
        kind, sels = m.group(1), _selectors(m.group("sel"))
        if kind == "disable-file":
            out.append(Suppression(0, end_of_doc, sels))
        elif kind == "disable-next":
            nxt = next((b for b in doc.blocks if b.start >= m.end() and b.kind is not BlockKind.HTML), None)
            if nxt is not None:
                out.append(Suppression(nxt.start, nxt.end + 1, sels))
        elif kind == "disable":
            for s in sels:
                open_ranges.setdefault(s, m.end())
        else:
            closing = list(open_ranges) if sels == ALL else [s for s in sels if s in open_ranges]
            for s in closing:
                out.append(Suppression(open_ranges.pop(s), m.start(), (s,)))
    for s, start in open_ranges.items():
        out.append(Suppression(start, end_of_doc, (s,)))
    return out


def is_suppressed(suppressions: list[Suppression], offset: int, code: str, name: str) -> bool:
    return any(s.covers(offset, code, name) for s in suppressions)
