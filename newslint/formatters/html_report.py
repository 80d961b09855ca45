"""The ``html`` format: one self-contained page an editor can open in a browser.

A summary per rule, an index of files with findings, then each draft with
every finding highlighted in place (colour by rule family, the message on hover
and beside the line). No scripts and no external assets: a Content Security
Policy forbids both, and every piece of draft text is HTML-escaped.
"""
from __future__ import annotations

from newslint import __version__
from newslint.formatters import Formatter
from newslint.model import Finding
from newslint.report import Report

FAMILY_COLOURS = {"core": "#d0d0d0", "duplicates": "#ffd27f", "headlines": "#9fd3ff",
                  "attribution": "#ffb0c8", "hedging": "#b9f0a8"}
EXTRA_COLOURS = ("#e0c3ff", "#ffe08a", "#a8ece6", "#ffc9a3", "#c9d4ff", "#e6f59a")
STYLE = """
body{font:15px/1.5 system-ui,sans-serif;margin:0 auto;max-width:1200px;padding:1em;color:#222}
table{border-collapse:collapse}th,td{padding:.2em .6em;text-align:left;vertical-align:top}
.summary td,.summary th,.index td,.index th{border-bottom:1px solid #ddd}
.swatch{display:inline-block;width:.9em;height:.9em;border-radius:2px;vertical-align:middle;margin-right:.3em}
.file{margin-top:2em}.file h2{font-size:1.1em;border-bottom:2px solid #444}
.draft{width:100%}.draft tr:target{outline:2px solid #444}
.ln{color:#888;text-align:right;user-select:none;width:3em}
.text{white-space:pre-wrap;overflow-wrap:anywhere;font-family:ui-monospace,monospace;font-size:.9em;width:60%}
.notes{font-size:.85em;width:40%}.note{border-left:4px solid;padding:0 .4em;margin-bottom:.3em}
mark{border-radius:2px;padding:0 1px;color:inherit}mark.multi{outline:1px dashed #333}
mark.point::after{content:"\\2038";font-weight:bold}
.sev-error{font-weight:bold}.help{color:#2a6a2a}.related{color:#666}.error{color:#b00}
"""


def escape(text: str) -> str:
    """HTML-escape ``text`` (``html`` is imported on first use, not at start-up)."""
    from html import escape as html_escape

    return html_escape(text)


def family_colours(families: list[str]) -> dict[str, str]:
    """A colour per rule family: fixed for first-party families, others distinct in name order."""
    extra = sorted(f for f in set(families) if f not in FAMILY_COLOURS)
    colours = {f: EXTRA_COLOURS[i % len(EXTRA_COLOURS)] for i, f in enumerate(extra)}
    return {f: FAMILY_COLOURS.get(f) or colours[f] for f in families}


class HtmlFormatter(Formatter):
    name = "html"
    description = "self-contained HTML report with findings highlighted in the draft"
    needs_sources = True

    def format(self, report: Report) -> None:
        self.family_of = {c: r.family() for c, r in (report.registry.rules.items() if report.registry else ())}
        by_file: dict[str, list[Finding]] = {}
        for f in report.findings:
            by_file.setdefault(f.path, []).append(f)
        families = sorted({self._family(f.code) for f in report.findings})
        colours = family_colours(families)
        css = STYLE + "".join(f".fam-{i}{{background:{colours[fam]}}}.u-fam-{i}{{box-shadow:inset 0 -.3em 0 "
                              f"{colours[fam]}}}.note.fam-{i}{{background:none;border-color:{colours[fam]}}}\n"
                              for i, fam in enumerate(families))
        self.fam_class = {fam: f"fam-{i}" for i, fam in enumerate(families)}
        out = ['<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">',
               "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
               "style-src 'unsafe-inline'\">",
               '<meta name="viewport" content="width=device-width, initial-scale=1">',
               f"<title>newslint report</title><style>{css}</style></head><body>",
               "<h1>newslint report</h1>", self._total(report)]
        out += self._summary(report)
        out += self._index(report, by_file)
        out += [f'<p class="error">error: {escape(e.path)}: {escape(e.message)}</p>' for e in report.errors]
        for i, (path, findings) in enumerate(by_file.items(), 1):
            out += self._file(i, path, findings, report.sources.get(path))
        out.append(f"<footer><p>newslint {escape(__version__)}</p></footer></body></html>\n")
        self.stream.write("\n".join(out))

    def _family(self, code: str) -> str:
        return self.family_of.get(code, code.rstrip("0123456789"))

    def _total(self, report: Report) -> str:
        sev, n, files = report.by_severity(), len(report.findings), len(report.files)
        return (f'<p class="total">{n} finding{"s" if n != 1 else ""} ({sev["error"]} error, '
                f'{sev["warning"]} warning, {sev["info"]} info) in {files} file{"s" if files != 1 else ""}</p>')

    def _summary(self, report: Report) -> list[str]:
        rows = report.by_rule()
        if not rows:
            return []
        out = ['<section class="summary"><h2>Findings by rule</h2><table>',
               "<tr><th>Code</th><th>Name</th><th>Family</th><th>Severity</th><th>Count</th></tr>"]
        for code, name, sev, count in rows:
            fam = self._family(code)
            out.append(f'<tr><td>{escape(code)}</td><td>{escape(name)}</td><td><span class="swatch '
                       f'{self.fam_class[fam]}"></span>{escape(fam)}</td><td>{sev}</td><td>{count}</td></tr>')
        out.append("</table></section>")
        return out

    def _index(self, report: Report, by_file: dict[str, list[Finding]]) -> list[str]:
        if not by_file:
            return []
        out = ['<nav class="index"><h2>Files</h2><table><tr><th>File</th><th>Findings</th></tr>']
        for i, (path, findings) in enumerate(by_file.items(), 1):
            out.append(f'<tr><td><a href="#file-{i}">{escape(path)}</a></td><td>{len(findings)}</td></tr>')
        clean = len(set(report.files) - set(by_file))
        out.append("</table>")
        if clean:
            out.append(f"<p>{clean} file{'s' if clean != 1 else ''} without findings.</p>")
        out.append("</nav>")
        return out

    def _file(self, i: int, path: str, findings: list[Finding], source: str | None) -> list[str]:
        out = [f'<section class="file" id="file-{i}"><h2>{escape(path)}</h2>']
        if source is None:
            out += [self._note(f) for f in findings]
            out.append("</section>")
            return out
        lines = source.split("\n")
        if len(lines) > 1 and not lines[-1]:
            lines.pop()  # the final line break does not start another line
        starts, pos = [], 0
        for line in lines:
            starts.append(pos)
            pos += len(line) + 1
        spans: dict[int, list[tuple[int, int, Finding]]] = {}
        notes: dict[int, list[Finding]] = {}
        for f in findings:
            notes.setdefault(f.span.start.line, []).append(f)
            first, last = f.span.start.line, max(f.span.start.line, f.span.end.line)
            if last > first and f.span.end.column == 1:
                last -= 1  # the span ends with the previous line's newline
            for ln in range(first, min(last, len(lines)) + 1):
                s = f.span.start.offset - starts[ln - 1] if ln == first else 0
                e = f.span.end.offset - starts[ln - 1] if ln == f.span.end.line else len(lines[ln - 1])
                if s >= e and f.span.start.offset != f.span.end.offset:
                    continue  # an empty line inside a multi-line span
                spans.setdefault(ln, []).append((max(0, s), max(0, min(e, len(lines[ln - 1]))), f))
        out.append('<table class="draft">')
        for ln, line in enumerate(lines, 1):
            note_html = "".join(self._note(f) for f in notes.get(ln, ()))
            out.append(f'<tr id="file-{i}-L{ln}"><td class="ln">{ln}</td>'
                       f'<td class="text">{self._highlight(line, spans.get(ln, []))}</td>'
                       f'<td class="notes">{note_html}</td></tr>')
        out.append("</table></section>")
        return out

    def _highlight(self, line: str, spans: list[tuple[int, int, Finding]]) -> str:
        """The escaped line with ``<mark>`` around every flagged range (overlaps split into segments)."""
        if not spans:
            return escape(line)
        cuts = sorted({0, len(line)} | {s for s, _, _ in spans} | {e for _, e, _ in spans})
        parts: list[str] = []
        for s in sorted({s for s, e, _ in spans if s == e and s == 0}):
            parts.append(self._mark("", [f for a, b, f in spans if a == b == s], point=True))
        for a, b in zip(cuts, cuts[1:]):
            covering = [f for s, e, f in spans if s <= a and b <= e and s < e]
            parts.append(self._mark(line[a:b], covering) if covering else escape(line[a:b]))
            points = [f for s, e, f in spans if s == e == b]
            if points:
                parts.append(self._mark("", points, point=True))
        return "".join(parts)

    def _mark(self, text: str, findings: list[Finding], point: bool = False) -> str:
        worst = max(findings, key=lambda f: f.severity)
        family = self._family(worst.code)
        classes = [self.fam_class[family], f"sev-{worst.severity}"]
        if len(findings) > 1:
            classes.append("multi")
            other = next((self._family(f.code) for f in findings if self._family(f.code) != family), None)
            if other is not None:  # a second family shows as an underline in its colour
                classes.append("u-" + self.fam_class[other])
        if point:
            classes.append("point")
        title = "\n".join(f"{f.code} {f.name}: {f.message}" for f in findings)
        return f'<mark class="{" ".join(classes)}" title="{escape(title)}">{escape(text)}</mark>'

    def _note(self, f: Finding) -> str:
        parts = [f'<div class="note {self.fam_class[self._family(f.code)]} sev-{f.severity}">'
                 f"<b>{escape(f.code)}</b> {escape(f.name)} · {f.severity}: {escape(f.message)}"]
        if f.suggestion:
            parts.append(f'<div class="help">help: {escape(f.suggestion)}</div>')
        for r in f.related:
            where = f"line {r.span.start.line}" if r.path == f.path else f"{r.path}:{r.span.start.line}"
            parts.append(f'<div class="related">→ {escape(r.message)}: {escape(where)}</div>')
        parts.append("</div>")
        return "".join(parts)

