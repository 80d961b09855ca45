"""The ``gitlab`` format: a GitLab Code Quality report (a JSON array of issues)."""
from __future__ import annotations

from newslint.formatters import Formatter
from newslint.report import Report

SEVERITY = {"info": "info", "warning": "minor", "error": "major"}


class GitlabFormatter(Formatter):
    name = "gitlab"
    description = "GitLab Code Quality JSON (artifacts:reports:codequality)"

    def format(self, report: Report) -> None:
        import json  # only when writing: one draft's start-up does not need it

        issues = [{
            "type": "issue",
            "check_name": f.code,
            "description": f"{f.code} {f.message}",
            "categories": ["Style"],
            "severity": SEVERITY[str(f.severity)],
            "fingerprint": f.fingerprint,
            "location": {"path": f.path, "lines": {"begin": f.span.start.line, "end": f.span.end.line}},
        } for f in report.findings]
        json.dump(issues, self.stream, indent=2, ensure_ascii=False)
        self.stream.write("\n")
