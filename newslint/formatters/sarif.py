"""The ``sarif`` format: SARIF 2.1.0 for GitHub code scanning and other SARIF viewers.

``rules[]`` describes every rule with a result, from rule metadata (summary
and documentation); columns are code points (``columnKind:
unicodeCodePoints``); each result carries the line-independent fingerprint as
a ``partialFingerprints`` entry so re-runs do not duplicate alerts. Fixes become SARIF ``fixes[]`` with line/column regions.
"""
from __future__ import annotations

import posixpath
import re

from newslint import __version__
from newslint.formatters import Formatter
from newslint.model import Finding, Fix, Position
from newslint.report import Report
from newslint.text.lazy_regex import lazy_compile

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
FINGERPRINT_KEY = "newslint/v1"
LEVEL = {"info": "note", "warning": "warning", "error": "error"}
_SECTION = lazy_compile(r"^## What it does\s*\n(?P<body>.*?)(?=^## |\Z)", re.MULTILINE | re.DOTALL)


def artifact_uri(path: str) -> str:
    """A URI reference for a reported path (relative paths stay relative)."""
    from urllib.parse import quote

    if posixpath.isabs(path):
        return "file://" + quote(path)
    return quote(path)


def region(start: Position, end: Position) -> dict:
    return {"startLine": start.line, "startColumn": start.column, "endLine": end.line, "endColumn": end.column}


def rule_descriptor(rule) -> dict:
    doc = rule.documentation()
    m = _SECTION.search(doc)
    what = " ".join(m.group("body").split()) if m else rule.summary
    return {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": rule.summary},
        "fullDescription": {"text": what},
        "help": {"text": doc or rule.summary, "markdown": doc or rule.summary},
        "defaultConfiguration": {"level": LEVEL[str(rule.default_severity)],
                                 "enabled": bool(rule.enabled_by_default)},
        "properties": {"tags": [rule.family()]},
    }


class SarifFormatter(Formatter):
    name = "sarif"
    description = "SARIF 2.1.0 (GitHub code scanning)"
    needs_sources = True  # fix regions need line/column positions of edit offsets

    def format(self, report: Report) -> None:
        import json  # only when writing: one draft's start-up does not need it

        used = {f.code for f in report.findings}
        rules = [r for r in report.registry.sorted_rules() if r.code in used] if report.registry is not None else []
        index = {r.code: i for i, r in enumerate(rules)}
        run = {
            "tool": {"driver": {"name": "newslint", "version": __version__, "semanticVersion": __version__,
                                "rules": [rule_descriptor(r) for r in rules]}},
            "columnKind": "unicodeCodePoints",
            "results": [self._result(f, index, report.sources.get(f.path)) for f in report.findings],
            "invocations": [{
                "executionSuccessful": not report.errors,
                "toolExecutionNotifications": [
                    {"level": "error", "message": {"text": e.message},
                     "locations": [{"physicalLocation": {"artifactLocation": {"uri": artifact_uri(e.path)}}}]}
                    for e in report.errors],
            }],
        }
        json.dump({"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [run]}, self.stream,
                  indent=2, ensure_ascii=False)
        self.stream.write("\n")

    def _result(self, f: Finding, index: dict[str, int], source: str | None) -> dict:
        text = f.message if not f.suggestion else f"{f.message}\nhelp: {f.suggestion}"
        result: dict = {
            "ruleId": f.code,
            "level": LEVEL[str(f.severity)],
            "message": {"text": text},
            "locations": [_location(f.path, f.span.start, f.span.end)],
            "partialFingerprints": {FINGERPRINT_KEY: f.fingerprint},
        }
        if f.code in index:
            result["ruleIndex"] = index[f.code]
        if f.related:
            result["relatedLocations"] = [
                dict(_location(r.path, r.span.start, r.span.end), id=i, message={"text": r.message})
                for i, r in enumerate(f.related, 1)]
        if f.fix is not None and source is not None:
            result["fixes"] = [_fix(f.path, f.fix, source)]
        return result


def _location(path: str, start: Position, end: Position) -> dict:
    return {"physicalLocation": {"artifactLocation": {"uri": artifact_uri(path)}, "region": region(start, end)}}


def _position(source: str, offset: int) -> Position:
    offset = max(0, min(offset, len(source)))
    line_start = source.rfind("\n", 0, offset) + 1
    return Position(source.count("\n", 0, offset) + 1, offset - line_start + 1, offset)


def _fix(path: str, fix: Fix, source: str) -> dict:
    replacements = [{"deletedRegion": region(_position(source, e.start), _position(source, e.end)),
                     "insertedContent": {"text": e.replacement}} for e in fix.edits]
    return {"description": {"text": fix.description},
            "artifactChanges": [{"artifactLocation": {"uri": artifact_uri(path)}, "replacements": replacements}],
            "properties": {"applicability": fix.applicability}}
