"""The ``gitlab`` format: a GitLab Code Quality report (a JSON array of issues)."""
from __future__ import annotations

from newslint.formatters import Formatter
from newslint.report import Report

SEVERITY = {"info": "info", "warning": "minor", "error": "major"}


class GitlabFormatter(Formatter):
    name = "gitlab"
    description = "GitLab Code Quality JSON (artifacts:reports:codequality)"

    def format(self, report: Report) -> None:
        from newslint.formatters.json_text import dumps_indented  # only when writing: not at start-up

        issues = [{
            "type": "issue",
            "check_name": f.code,
            "description": f"{f.code} {f.message}",
            "categories": ["Style"],
            "severity": SEVERITY[str(f.severity)],
            "fingerprint": f.fingerprint,
            "location": {"path": f.path, "lines": {"begin": f.span.start.line, "end": f.span.end.line}},
        } for f in report.findings]
        self.stream.write(dumps_indented(issues))
        self.stream.write("\n")
