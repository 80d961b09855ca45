"""Applying safe fixes to draft files (``newslint check --fix`` and ``--fix --dry-run``).

Fix edits are offsets into the normalised source (``\\n`` line endings). They
are mapped through line and column onto the file's own text, so CRLF or CR
endings, the encoding and any byte-order mark are kept, and every byte outside
the edits stays as it was. Files are replaced atomically (temporary file, then
``os.replace``).
"""
from __future__ import annotations

import bisect
import codecs
import difflib
import os
import re
import stat
import tempfile
from dataclasses import dataclass, field
from typing import Iterable

from newslint.errors import NewslintError
from newslint.model import Edit, Finding
from newslint.parsing.source import normalize_newlines
from newslint.report import Report

# (BOM, codec without BOM handling); UTF-32 LE before UTF-16 LE, whose BOM is its prefix.
_BOMS = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
         (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))
_LINE_END = re.compile(r"\r\n|\r|\n")
_LINES = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+")


@dataclass
class FileFix:
    """The fixed content of one file and the findings whose fixes it applies."""

    path: str
    original: bytes
    fixed: bytes
    applied: list[Finding] = field(default_factory=list)
    encoding: str = "utf-8"
    bom: bytes = b""

    def diff(self) -> str:
        """A unified diff of the change (for ``--dry-run``)."""
        old = _LINES.findall(self.original[len(self.bom):].decode(self.encoding))
        new = _LINES.findall(self.fixed[len(self.bom):].decode(self.encoding))
        lines = difflib.unified_diff(old, new, f"a/{self.path}", f"b/{self.path}")
        return "".join(line if line.endswith(("\n", "\r")) else line + "\n\\ No newline at end of file\n"
                       for line in lines)


def is_safe(finding: Finding) -> bool:
    """Whether ``--fix`` applies this finding's fix."""
    return finding.fix is not None and finding.fix.applicability == "safe"


def split_encoding(data: bytes) -> tuple[bytes, str]:
    """The byte-order mark of ``data`` (or ``b""``) and the codec of the rest."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return bom, codec
    return b"", "utf-8"


def choose_fixes(findings: Iterable[Finding]) -> list[Finding]:
    """Safe fixes that do not overlap, earliest (then widest) first; the others wait for a re-run."""
    candidates = sorted((f for f in findings if is_safe(f) and f.fix.edits),
                        key=lambda f: (min(e.start for e in f.fix.edits), -max(e.end for e in f.fix.edits)))
    chosen: list[Finding] = []
    taken: list[tuple[int, int]] = []
    for f in candidates:
        edits = [(e.start, e.end) for e in f.fix.edits]
        if any(_overlap(a, b) for a in edits for b in taken) or \
                any(_overlap(a, b) for i, a in enumerate(edits) for b in edits[i + 1:]):
            continue
        chosen.append(f)
        taken.extend(edits)
    return chosen


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return (a[0] < b[1] and b[0] < a[1]) or (a == b and a[0] == a[1])


def apply_edits(text: str, edits: Iterable[Edit], newline: str) -> str:
    """Apply normalised-source ``edits`` to ``text`` with its original line endings."""
    norm_starts, orig_starts = [0], [0]
    for m in _LINE_END.finditer(text):
        norm_starts.append(norm_starts[-1] + (m.start() - orig_starts[-1]) + 1)
        orig_starts.append(m.end())

    def orig(offset: int) -> int:
        line = bisect.bisect_right(norm_starts, offset) - 1
        return orig_starts[line] + offset - norm_starts[line]

    out = text
    for e in sorted(edits, key=lambda e: (e.start, e.end), reverse=True):
        out = out[:orig(e.start)] + e.replacement.replace("\n", newline) + out[orig(e.end):]
    return out


def plan_file(path: str, findings: list[Finding], linted_source: str | None) -> FileFix | None:
    """The fixed bytes of ``path``; None when nothing applies or the file changed since it was linted."""
    with open(path, "rb") as fh:
        data = fh.read()
    bom, codec = split_encoding(data)
    text = data[len(bom):].decode(codec)
    source, newline = normalize_newlines(text)
    if linted_source is not None and source != linted_source:
        return None
    chosen = [f for f in choose_fixes(findings)
              if all(0 <= e.start <= e.end <= len(source) for e in f.fix.edits)]
    if not chosen:
        return None
    fixed = apply_edits(text, [e for f in chosen for e in f.fix.edits], newline)
    return FileFix(path, data, bom + fixed.encode(codec), chosen, codec, bom)


def plan_fixes(report: Report) -> list[FileFix]:
    """The fixes ``--fix`` would apply to the files of a report, one per changed file."""
    by_path: dict[str, list[Finding]] = {}
    for f in report.findings:
        if is_safe(f):
            by_path.setdefault(f.path, []).append(f)
    planned = []
    for path, findings in by_path.items():
        try:
            plan = plan_file(path, findings, report.sources.get(path))
        except (OSError, UnicodeDecodeError) as exc:
            report.warnings.append(f"{path}: cannot read for fixing ({exc}); not fixed")
            continue
        if plan is not None and plan.fixed != plan.original:
            planned.append(plan)
        elif plan is None and path in report.sources:
            report.warnings.append(f"{path}: changed while it was being checked; not fixed")
    return planned


def write_atomic(path: str, data: bytes) -> None:
    """Replace ``path`` (following symbolic links) with ``data`` via a temporary file and ``os.replace``.

    Raises NewslintError naming the file when it cannot be written.
    """
    target = os.path.realpath(path)
    try:
        mode = stat.S_IMODE(os.stat(target).st_mode)
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o666 & ~umask
    try:
        fd, tmp = tempfile.mkstemp(dir=os.path.dirname(target) or ".", prefix=".newslint-", suffix=".tmp")
    except OSError as exc:
        raise NewslintError(f"{path}: cannot write: {exc.strerror or exc}") from None
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, target)
    except BaseException as exc:
        if os.path.exists(tmp):
            os.unlink(tmp)
        if isinstance(exc, OSError):
            raise NewslintError(f"{path}: cannot write: {exc.strerror or exc}") from None
        raise
