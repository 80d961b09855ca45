"""The ``json`` format: the stable ``newslint/1`` machine contract (see README)."""
from __future__ import annotations

from newslint import __version__
from newslint.formatters import Formatter
from newslint.report import Report

SCHEMA = "newslint/1"


def report_dict(report: Report) -> dict:
    """The ``newslint/1`` document for a report."""
    return {
        "schema": SCHEMA,
        "tool": {"name": "newslint", "version": __version__},
        "findings": [f.to_dict() for f in report.findings],
        "errors": [{"path": e.path, "message": e.message} for e in report.errors],
        "summary": {"files": len(report.files), "findings": len(report.findings),
                    "by_severity": report.by_severity()},
    }


class JsonFormatter(Formatter):
    name = "json"
    description = "one JSON document (schema newslint/1)"

    def format(self, report: Report) -> None:
        import json  # only when writing: one draft's start-up does not need it

        json.dump(report_dict(report), self.stream, indent=2, ensure_ascii=False)
        self.stream.write("\n")
