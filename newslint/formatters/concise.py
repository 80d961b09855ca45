"""The ``concise`` format: ``path:line:col: CODE message``, one finding per line (editor problem matchers)."""
from __future__ import annotations

from newslint.formatters import Formatter
from newslint.report import Report


class ConciseFormatter(Formatter):
    name = "concise"
    description = "path:line:col: CODE message, one per line"

    def format(self, report: Report) -> None:
        for f in report.findings:
            message = " ".join(f.message.splitlines())
            self.stream.write(f"{f.path}:{f.span.start.line}:{f.span.start.column}: {f.code} {message}\n")
