"""The outcome of a run: findings, files, errors and the exit code."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from newslint.exit_codes import ExitCode
from newslint.model import Finding, Severity

__all__ = ["ExitCode", "Report", "RunError"]


class RunError(NamedTuple):
    """Something that went wrong for one file or rule; makes the run exit 2."""

    path: str
    message: str
    detail: str = ""  # e.g. a short traceback, shown with --verbose


@dataclass
class Report:
    """Everything a formatter needs to write its output."""

    findings: list[Finding] = field(default_factory=list)
    files: list[str] = field(default_factory=list)
    errors: list[RunError] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    sources: dict[str, str] = field(default_factory=dict)
    registry: Any = None
    fail_level: Severity = Severity.WARNING

    def sort(self) -> None:
        self.findings.sort(key=lambda f: f.sort_key)

    def by_severity(self) -> dict[str, int]:
        counts = Counter(str(f.severity) for f in self.findings)
        return {"error": counts["error"], "warning": counts["warning"], "info": counts["info"]}

    def by_rule(self) -> list[tuple[str, str, str, int]]:
        """``(code, name, severity, count)`` rows, most frequent first."""
        counts = Counter((f.code, f.name) for f in self.findings)
        worst: dict[str, Severity] = {}
        for f in self.findings:
            worst[f.code] = max(worst.get(f.code, f.severity), f.severity)
        return sorted(((c, n, str(worst[c]), k) for (c, n), k in counts.items()), key=lambda r: (-r[3], r[0]))

    def exit_code(self, exit_zero: bool = False) -> ExitCode:
        if self.errors:
            return ExitCode.ERROR
        if not exit_zero and any(f.severity >= self.fail_level for f in self.findings):
            return ExitCode.FINDINGS
        return ExitCode.CLEAN
