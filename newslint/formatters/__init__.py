"""Output formats. Each format is a :class:`Formatter` registered through ``newslint_formatters``."""
from __future__ import annotations

from typing import Any, ClassVar, TextIO

from newslint.report import Report


class Formatter:
    """Writes a :class:`~newslint.report.Report` to a stream.

    Subclasses set ``name`` (the ``--format`` value) and ``description`` and
    implement :meth:`format`. Set ``needs_sources`` when the format prints draft
    text, so the runner keeps each file's text.
    """

    name: ClassVar[str]
    description: ClassVar[str] = ""
    needs_sources: ClassVar[bool] = False

    def __init__(self, stream: TextIO, config: Any = None, *, color: str = "auto", verbose: bool = False):
        self.stream = stream
        self.config = config
        self.color = color
        self.verbose = verbose

    def format(self, report: Report) -> None:
        raise NotImplementedError
