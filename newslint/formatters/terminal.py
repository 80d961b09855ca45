"""The default ``rich`` format: a readable report for editors.

Per file a header; per finding its position, severity, code and name, the
sentence with the flagged words highlighted, the message, a ``help:`` line and
related locations; then a per-rule summary and a one-line total. Draft text is
always printed literally (never as rich markup or emoji codes).
"""
from __future__ import annotations

import os
import re

from newslint.formatters import Formatter
from newslint.model import Finding
from newslint.report import Report

SEVERITY_STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}
EXCERPT_MAX = 240
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s")


def excerpt(source: str, start: int, end: int) -> tuple[str, int, int]:
    """The sentence(s) around ``[start, end)`` on its line: text and the span within it."""
    line_start = source.rfind("\n", 0, start) + 1
    line_end = source.find("\n", start)
    line_end = len(source) if line_end == -1 else line_end
    left = line_start
    for m in _SENTENCE_END.finditer(source, line_start, start):
        left = m.end()
    m = _SENTENCE_END.search(source, min(max(end, start + 1), line_end), line_end)
    right = m.end() - 1 if m else line_end
    if right - left > EXCERPT_MAX:
        if end - start >= EXCERPT_MAX:
            left, right = start, start + EXCERPT_MAX
        else:
            pad = (EXCERPT_MAX - (end - start)) // 2
            left, right = max(left, start - pad), min(right, end + pad)
    text = source[left:right]
    prefix = "…" if left > line_start else ""
    suffix = "…" if right < line_end else ""
    s = max(0, start - left)
    e = max(s, min(end, right) - left)
    return prefix + text + suffix, s + len(prefix), e + len(prefix)


class RichFormatter(Formatter):
    name = "rich"
    description = "readable terminal report for editors (default)"
    needs_sources = True

    def format(self, report: Report) -> None:
        from rich.console import Console
        from rich.table import Table
        from rich.text import Text

        console = Console(file=self.stream, highlight=False, emoji=False, markup=False,
                          force_terminal=True if self.color == "always" else None,
                          no_color=True if self.color == "never" else None,
                          width=None if self.stream.isatty() else 100,
                          soft_wrap=not self.stream.isatty())
        by_file: dict[str, list[Finding]] = {}
        for f in report.findings:
            by_file.setdefault(f.path, []).append(f)
        for path, findings in by_file.items():
            console.print(Text(path, style="bold underline"))
            source = report.sources.get(path)
            for f in findings:
                self._finding(console, f, source)
            console.print()
        for err in report.errors:
            line = Text("error: ", style="bold red")
            line.append(f"{err.path}: {err.message}")
            console.print(line)
            if self.verbose and err.detail:
                console.print(Text(err.detail.rstrip(), style="dim"))
        rows = report.by_rule()
        if rows:
            table = Table(title="Findings by rule", title_justify="left", show_edge=False)
            for col, just in (("Code", "left"), ("Name", "left"), ("Severity", "left"), ("Count", "right")):
                table.add_column(col, justify=just)  # type: ignore[arg-type]
            for code, name, sev, count in rows:
                table.add_row(Text(code), Text(name), Text(sev, style=SEVERITY_STYLE[sev]), Text(str(count)))
            console.print(table)
        sev = report.by_severity()
        n, files = len(report.findings), len(report.files)
        total = Text("✔ " if not n else "✖ ", style="green" if not n else "red")
        total.append(f"{n} finding{'s' if n != 1 else ''} ({sev['error']} error, {sev['warning']} warning, "
                     f"{sev['info']} info) in {files} file{'s' if files != 1 else ''}")
        if report.errors:
            total.append(f"; {len(report.errors)} error{'s' if len(report.errors) != 1 else ''} reading or checking",
                         style="red")
        console.print(total)

    def _finding(self, console, f: Finding, source: str | None) -> None:
        from rich.text import Text

        sev = str(f.severity)
        head = Text("  ")
        head.append(f"{f.span.start.line}:{f.span.start.column}", style="bold")
        head.append("  ")
        head.append(f"{sev:<7}", style=SEVERITY_STYLE[sev])
        head.append("  ")
        head.append(f.code, style="bold")
        head.append(f" {f.name}", style="dim")
        console.print(head)
        if source is not None:
            text, s, e = excerpt(source, f.span.start.offset, f.span.end.offset)
            quote = Text("    │ ", style="dim")
            body = Text(text)
            body.stylize("bold reverse" if console.no_color else "bold underline " + SEVERITY_STYLE[sev], s, e)
            quote.append_text(body)
            console.print(quote)
        console.print(Text("    " + f.message))
        if f.suggestion:
            helpline = Text("    help: ", style="green")
            helpline.append(f.suggestion)
            console.print(helpline)
        for r in f.related:
            where = f"line {r.span.start.line}" if r.path == f.path else \
                f"{os.path.normpath(r.path)}:{r.span.start.line}"
            rel = Text(f"    → {r.message}: {where}", style="dim")
            console.print(rel)
