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


Segments = list[tuple[str, str]]  # (text, rich style or "")


def finding_segments(f: Finding, source: str | None) -> Segments:
    """The lines describing one finding as styled text segments (the excerpt highlight has style "hl")."""
    sev = str(f.severity)
    out: Segments = [("  ", ""), (f"{f.span.start.line}:{f.span.start.column}", "bold"), ("  ", ""),
                     (f"{sev:<7}", SEVERITY_STYLE[sev]), ("  ", ""), (f.code, "bold"), (f" {f.name}", "dim")]
    if source is not None:
        text, s, e = excerpt(source, f.span.start.offset, f.span.end.offset)
        out += [("\n    │ ", "dim"), (text[:s], ""), (text[s:e], "hl " + SEVERITY_STYLE[sev]), (text[e:], "")]
    out.append(("\n    " + f.message, ""))
    if f.suggestion:
        out += [("\n    help: ", "green"), (f.suggestion, "")]
    for r in f.related:
        where = f"line {r.span.start.line}" if r.path == f.path else f"{os.path.normpath(r.path)}:{r.span.start.line}"
        out.append((f"\n    → {r.message}: {where}", "dim"))
    return out


def summary_line(report: Report) -> str:
    sev = report.by_severity()
    n, files = len(report.findings), len(report.files)
    line = (f"{'✔' if not n else '✖'} {n} finding{'s' if n != 1 else ''} ({sev['error']} error, "
            f"{sev['warning']} warning, {sev['info']} info) in {files} file{'s' if files != 1 else ''}")
    if report.errors:
        line += (f"; {len(report.errors)} error{'s' if len(report.errors) != 1 else ''} reading or checking "
                 "(listed on stderr)")
    return line


class RichFormatter(Formatter):
    """Colour and highlighting on a terminal; the same layout as plain text elsewhere."""

    name = "rich"
    description = "readable terminal report for editors (default)"
    needs_sources = True

    def _styled(self) -> bool:
        if self.color == "always":
            return True
        if self.color == "never" or os.environ.get("NO_COLOR"):
            return False
        return bool(os.environ.get("FORCE_COLOR")) or self.stream.isatty()

    def format(self, report: Report) -> None:
        by_file: dict[str, list[Finding]] = {}
        for f in report.findings:
            by_file.setdefault(f.path, []).append(f)
        files = [(path, [finding_segments(f, report.sources.get(path)) for f in found])
                 for path, found in by_file.items()]
        if self._styled():
            self._rich(report, files)
        else:
            self._plain(report, files)

    def _plain(self, report: Report, files) -> None:
        """Plain text: no rich import, no wrapping (CI logs, pipes, NO_COLOR)."""
        write = self.stream.write
        for path, findings in files:
            write(path + "\n")
            for segments in findings:
                write("".join(text for text, _ in segments) + "\n")
            write("\n")
        rows = report.by_rule()
        if rows:
            widths = [max(len(str(r[i])) for r in rows + [("Code", "Name", "Severity", "Count")]) for i in range(4)]
            write("Findings by rule\n")
            for row in [("Code", "Name", "Severity", "Count")] + [tuple(map(str, r)) for r in rows]:
                write("  ".join(str(c).ljust(w) if i < 3 else str(c).rjust(w)
                                for i, (c, w) in enumerate(zip(row, widths))).rstrip() + "\n")
        write(summary_line(report) + "\n")

    def _rich(self, report: Report, files) -> None:
        from rich.console import Console
        from rich.table import Table
        from rich.text import Text

        console = Console(file=self.stream, highlight=False, emoji=False, markup=False,
                          force_terminal=True, no_color=False)
        for path, findings in files:
            # one Text per file: rich's per-print overhead dominates on large runs
            block = Text()
            block.append(path, style="bold underline")
            for segments in findings:
                block.append("\n")
                for text, style in segments:
                    block.append(text, style=style.replace("hl ", "bold underline ") or None)
            block.append("\n")
            console.print(block)
        rows = report.by_rule()
        if rows:
            table = Table(title="Findings by rule", title_justify="left", show_edge=False)
            for col, just in (("Code", "left"), ("Name", "left"), ("Severity", "left"), ("Count", "right")):
                table.add_column(col, justify=just)  # type: ignore[arg-type]
            for code, name, sev, count in rows:
                table.add_row(Text(code), Text(name), Text(sev, style=SEVERITY_STYLE[sev]), Text(str(count)))
            console.print(table)
        console.print(Text(summary_line(report), style="red" if report.findings else "green"))
