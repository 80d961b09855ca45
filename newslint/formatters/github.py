"""The ``github`` format: GitHub Actions workflow commands that annotate the pull request.

Escaping follows the Actions toolkit (``packages/core/src/command.ts``): in the
message ``%``, CR and LF are percent-encoded; in property values ``:`` and
``,`` are encoded as well (headlines are full of both).
"""
from __future__ import annotations

from newslint.formatters import Formatter
from newslint.report import Report

COMMAND = {"info": "notice", "warning": "warning", "error": "error"}


def escape_data(text: str) -> str:
    """Escape a workflow-command message."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """Escape a workflow-command property value."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


class GithubFormatter(Formatter):
    name = "github"
    description = "GitHub Actions annotations (::warning file=…,line=…::…)"

    def format(self, report: Report) -> None:
        for f in report.findings:
            start, end = f.span.start, f.span.end
            props = [("title", f"newslint {f.code} ({f.name})"), ("file", f.path),
                     ("line", str(start.line)), ("endLine", str(end.line))]
            if start.line == end.line:  # the toolkit sends columns only for one-line spans
                props += [("col", str(start.column)), ("endColumn", str(end.column))]
            message = f"{f.path}:{start.line}:{start.column}: {f.code} {f.message}"
            if f.suggestion:
                message += f"\nhelp: {f.suggestion}"
            joined = ",".join(f"{k}={escape_property(v)}" for k, v in props)
            self.stream.write(f"::{COMMAND[str(f.severity)]} {joined}::{escape_data(message)}\n")
