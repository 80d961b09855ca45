"""The ``json-lines`` format: one ``newslint/1`` finding object per line."""
from __future__ import annotations

from newslint.formatters import Formatter
from newslint.report import Report


class JsonLinesFormatter(Formatter):
    name = "json-lines"
    description = "one JSON finding per line (newslint/1 finding objects)"

    def format(self, report: Report) -> None:
        import json  # only when writing: one draft's start-up does not need it

        for f in report.findings:
            self.stream.write(json.dumps(f.to_dict(), ensure_ascii=False))
            self.stream.write("\n")
