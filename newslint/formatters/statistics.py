"""The ``statistics`` format (also ``--statistics``): finding counts per rule."""
from __future__ import annotations

from collections import Counter

from newslint.formatters import Formatter
from newslint.report import Report


def is_fixable(finding) -> bool:
    """Whether ``--fix`` would apply this finding's fix."""
    return finding.fix is not None and finding.fix.applicability == "safe"


class StatisticsFormatter(Formatter):
    name = "statistics"
    description = "counts per rule ([*] = fixable with --fix)"

    def format(self, report: Report) -> None:
        fixable = Counter(f.code for f in report.findings if is_fixable(f))
        for code, name, _severity, count in report.by_rule():
            mark = "[*] " if fixable[code] else ""
            self.stream.write(f"{count:>6}  {code:<8} {mark}{name}\n")
        n, k = len(report.findings), sum(fixable.values())
        self.stream.write(f"Found {n} finding{'s' if n != 1 else ''}"
                          f"{f' ({k} fixable with --fix)' if k else ''}.\n")
