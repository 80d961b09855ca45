"""Changed lines since a git ref, for ``check --diff REF`` / ``--changed-since REF``.

The comparison base is the merge base of REF and ``HEAD`` (what a pull request
changed, not what the target branch gained since), against the working tree;
untracked files count as wholly changed. A finding is kept when its span or one
of its related locations touches a changed line.
"""
from __future__ import annotations

import os
import re
import subprocess
from typing import Iterable

from newslint.errors import NewslintError
from newslint.model import Finding, Span
from newslint.report import Report

_HUNK = re.compile(r"^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@")
_ESCAPE = re.compile(rb"\\([0-7]{3}|.)")
_ESCAPES = {b"a": b"\a", b"b": b"\b", b"t": b"\t", b"n": b"\n", b"v": b"\v", b"f": b"\f", b"r": b"\r"}


def _git(args: list[str], cwd: str) -> str:
    try:
        proc = subprocess.run(["git", *args], cwd=cwd, capture_output=True, check=False)
    except FileNotFoundError:
        raise NewslintError("--diff needs git, which was not found on PATH") from None
    if proc.returncode != 0:
        message = proc.stderr.decode("utf-8", "replace").strip().splitlines()
        raise NewslintError(f"git {args[0]} failed: {message[-1] if message else proc.returncode}")
    return proc.stdout.decode("utf-8", "surrogateescape")


def _unquote(path: str) -> str:
    """Undo git's C-style quoting of unusual file names."""
    if not (len(path) > 1 and path.startswith('"') and path.endswith('"')):
        return path
    raw = path[1:-1].encode("utf-8", "surrogateescape")
    raw = _ESCAPE.sub(lambda m: bytes([int(m.group(1), 8)]) if len(m.group(1)) == 3
                      else _ESCAPES.get(m.group(1), m.group(1)), raw)
    return raw.decode("utf-8", "surrogateescape")


def parse_diff(diff: str) -> dict[str, set[int]]:
    """Changed (added or modified) line numbers per new-side path of a ``--unified=0`` diff."""
    files: dict[str, set[int]] = {}
    current: set[int] | None = None
    in_header = False
    for line in diff.split("\n"):
        if line.startswith("diff "):
            in_header, current = True, None
        elif in_header and line.startswith("+++ "):
            target = _unquote(line[4:].rstrip("\t"))
            current = None if target == "/dev/null" else files.setdefault(target[2:], set())
        elif line.startswith("@@"):
            in_header = False
            m = _HUNK.match(line)
            if m and current is not None:
                start, count = int(m.group(1)), int(m.group(2) or 1)
                current.update(range(start, start + count))
    return files


class ChangedLines:
    """Which lines of which files changed; paths are compared by their real path."""

    def __init__(self, files: dict[str, set[int] | None]):
        self.files = {os.path.realpath(p): lines for p, lines in files.items()}

    def touches(self, path: str, span: Span) -> bool:
        lines = self.files.get(os.path.realpath(path), ())
        if lines is None:  # an untracked file: every line is new
            return True
        first, last = span.start.line, span.end.line
        if last > first and span.end.column == 1:
            last -= 1  # the span stops at the start of a line it does not include
        return any(n in lines for n in range(first, last + 1))

    def keeps(self, finding: Finding) -> bool:
        return self.touches(finding.path, finding.span) or \
            any(self.touches(r.path, r.span) for r in finding.related)

    def keeps_path(self, path: str) -> bool:
        """Whether an error for ``path`` concerns a changed file (or no file at all)."""
        real = os.path.realpath(path)
        return real in self.files or not os.path.isfile(real)

    def apply(self, report: Report) -> None:
        """Keep only findings (and file errors) on changed lines."""
        report.findings = [f for f in report.findings if self.keeps(f)]
        report.errors = [e for e in report.errors if self.keeps_path(e.path)]


def changed_lines(ref: str, cwd: str = ".") -> ChangedLines:
    """Lines changed in the working tree since the merge base of ``ref`` and ``HEAD``."""
    root = _git(["rev-parse", "--show-toplevel"], cwd).strip()
    base = _git(["merge-base", ref, "HEAD"], cwd).strip()
    diff = _git(["-c", "core.quotePath=false", "diff", "--no-color", "--no-ext-diff", "--unified=0",
                 "--src-prefix=a/", "--dst-prefix=b/", base, "--"], root)
    files: dict[str, set[int] | None] = {os.path.join(root, p): lines for p, lines in parse_diff(diff).items()}
    untracked = _git(["ls-files", "--others", "--exclude-standard", "-z"], root)
    files.update((os.path.join(root, p), None) for p in _split_nul(untracked))
    return ChangedLines(files)


def _split_nul(text: str) -> Iterable[str]:
    return (p for p in text.split("\0") if p)
