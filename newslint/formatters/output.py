"""Where a report goes: the terminal and, with ``--output-file``, a file in another format.

Without ``--output-file`` the ``--format`` output goes to stdout. With it, the
file gets the ``--format`` output and the terminal gets ``--terminal-format``
(``rich`` by default). ``--statistics`` replaces the terminal output with counts
per rule.
"""
from __future__ import annotations

import sys
from typing import Any

from newslint.errors import NewslintError
from newslint.formatters import Formatter
from newslint.report import Report

Output = tuple[type[Formatter], "str | None"]  # formatter class, file path (None: stdout)


def _get(registry: Any, name: str) -> type[Formatter]:
    fmt = registry.formatters.get(name)
    if fmt is None:
        raise NewslintError(f"unknown format {name!r} (choose from {', '.join(sorted(registry.formatters))})")
    return fmt


def plan_outputs(registry: Any, args: Any) -> list[Output]:
    """The formats to write and where, from ``--format``, ``--output-file``, ``--terminal-format``, ``--statistics``."""
    main = _get(registry, args.format)
    terminal_name = "statistics" if args.statistics else (args.terminal_format if args.output_file else args.format)
    terminal = _get(registry, terminal_name)
    if not args.output_file:
        return [(terminal, None)]
    return [(main, args.output_file), (terminal, None)]


def write_outputs(report: Report, outputs: list[Output], config: Any, args: Any) -> None:
    """Write every planned output; files are UTF-8 with ``\\n`` line endings."""
    for fmt, path in outputs:
        if path is None:
            fmt(sys.stdout, config, color=args.color, verbose=args.verbose).format(report)
            sys.stdout.flush()
            continue
        try:
            with open(path, "w", encoding="utf-8", newline="") as fh:
                fmt(fh, config, color="never", verbose=args.verbose).format(report)
        except OSError as exc:
            raise NewslintError(f"{path}: cannot write output: {exc.strerror or exc}") from None


def terminal_format(outputs: list[Output]) -> type[Formatter]:
    """The format written to stdout."""
    return next(fmt for fmt, path in outputs if path is None)
