"""The exit codes of the ``newslint`` command."""
from __future__ import annotations

import enum


class ExitCode(enum.IntEnum):
    """Process exit codes."""

    CLEAN = 0
    FINDINGS = 1
    ERROR = 2
