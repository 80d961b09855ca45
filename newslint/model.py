"""The document model every rule reads, and the findings rules emit.

Offsets are 0-based indexes into ``Document.source`` (line endings normalised to
``\\n``); positions are 1-based line and column counted in Unicode code points.
Spans are end-exclusive.
"""
from __future__ import annotations

import bisect
import enum
from dataclasses import dataclass, field, fields
from functools import cached_property
from operator import attrgetter
from typing import Any, Iterator


def _pickled_by_fields(cls: type) -> type:
    """Pickle a slotted dataclass as ``cls(*fields)``.

    The default for ``slots=True`` calls ``dataclasses.fields()`` for every object
    it unpickles, which made receiving results from workers and reading the cache
    slow (about 28 µs per finding).
    """
    values = attrgetter(*(f.name for f in fields(cls)))

    def __reduce__(self: Any) -> tuple[type, tuple]:
        return cls, values(self)

    cls.__reduce__ = __reduce__  # type: ignore[method-assign]
    return cls


class Severity(enum.IntEnum):
    """How serious a finding is; ordered so ``fail-level`` can compare."""

    INFO = 10
    WARNING = 20
    ERROR = 30

    @classmethod
    def parse(cls, value: "str | Severity") -> "Severity":
        """Read ``info``/``warning``/``error`` (any case); raise ValueError otherwise."""
        if isinstance(value, Severity):
            return value
        try:
            return cls[str(value).strip().upper()]
        except KeyError:
            raise ValueError(f"unknown severity {value!r} (use info, warning or error)") from None

    def __str__(self) -> str:
        return self._name_.lower()  # not the slower .name property: called per finding by the JSON output


@_pickled_by_fields
@dataclass(frozen=True, slots=True)
class Position:
    """A place in a document: 1-based line/column (code points) and 0-based offset."""

    line: int
    column: int
    offset: int


@_pickled_by_fields
@dataclass(frozen=True, slots=True)
class Span:
    """An end-exclusive range between two positions."""

    start: Position
    end: Position


class BlockKind(str, enum.Enum):
    """Structural kinds of block a parser produces."""

    HEADING = "heading"
    PARAGRAPH = "paragraph"
    BLOCKQUOTE = "blockquote"
    LIST_ITEM = "list_item"
    CODE = "code"
    TABLE = "table"
    HTML = "html"
    FRONT_MATTER = "front_matter"

    def __str__(self) -> str:
        return self.value


PROSE_KINDS = frozenset({BlockKind.PARAGRAPH, BlockKind.BLOCKQUOTE, BlockKind.LIST_ITEM})


@_pickled_by_fields
@dataclass(frozen=True, slots=True)
class Quote:
    """A direct quotation inside a block, in block-text coordinates.

    ``start``/``end`` include the quotation marks; ``inner_start``/``inner_end``
    do not. ``continued`` is true when the quote was opened in an earlier
    paragraph (AP style: a quote running over paragraphs reopens each one and
    closes only at its end); ``unclosed`` when it runs to the end of the block.
    """

    start: int
    end: int
    inner_start: int
    inner_end: int
    continued: bool = False
    unclosed: bool = False


@dataclass(eq=False)
class Block:
    """One structural block: its plain text (inline markup removed) and where it sits.

    Rules work in block-text coordinates and convert with :meth:`source_range`.
    The text-to-source map is stored as segments: ``text[seg_text[k]:]`` starts
    at source offset ``seg_src[k]`` and runs on linearly until the next segment.
    """

    kind: BlockKind
    start: int
    end: int
    text: str
    seg_text: list[int]
    seg_src: list[int]
    level: int = 0
    markup: str = ""
    index: int = 0
    role: str = "body"
    quotes: list[Quote] = field(default_factory=list)
    sentences: list["Sentence"] = field(default_factory=list)

    @property
    def is_prose(self) -> bool:
        """True for paragraphs, blockquotes and list items (not headings, code, tables)."""
        return self.kind in PROSE_KINDS

    def source_offset(self, i: int) -> int:
        """Source offset of block-text index ``i`` (``len(text)`` maps past the last character)."""
        if i >= len(self.text):
            return self.source_offset(len(self.text) - 1) + 1 if self.text else self.start
        k = bisect.bisect_right(self.seg_text, i) - 1
        return self.seg_src[k] + (i - self.seg_text[k])

    def source_range(self, start: int, end: int) -> tuple[int, int]:
        """Source offsets for the block-text range ``[start, end)``."""
        if end <= start:
            s = self.source_offset(start)
            return s, s
        return self.source_offset(start), self.source_offset(end - 1) + 1

    def in_quote(self, i: int) -> bool:
        """Whether block-text index ``i`` lies inside a direct quotation (marks included)."""
        return any(q.start <= i < q.end for q in self.quotes)

    def quote_at(self, i: int) -> Quote | None:
        for q in self.quotes:
            if q.start <= i < q.end:
                return q
        return None


@dataclass(eq=False)
class Sentence:
    """A sentence of a block, in block-text coordinates ``[start, end)``."""

    block: Block
    start: int
    end: int
    index: int

    @property
    def text(self) -> str:
        return self.block.text[self.start:self.end]

    def quotes(self) -> list[Quote]:
        """Quotes overlapping this sentence."""
        return [q for q in self.block.quotes if q.start < self.end and q.end > self.start]


@_pickled_by_fields
@dataclass(frozen=True, slots=True)
class Related:
    """Another location a finding points at, e.g. the first copy of a duplicate."""

    path: str
    span: Span
    message: str


@_pickled_by_fields
@dataclass(frozen=True, slots=True)
class Edit:
    """Replace source ``[start, end)`` (document offsets) with ``replacement``."""

    start: int
    end: int
    replacement: str


@_pickled_by_fields
@dataclass(frozen=True, slots=True)
class Fix:
    """A machine-applicable change; only ``safe`` fixes are applied by ``--fix``."""

    description: str
    edits: tuple[Edit, ...]
    applicability: str = "safe"


@_pickled_by_fields
@dataclass(slots=True)
class Finding:
    """One problem found in a document. The core fills ``severity`` and ``fingerprint``."""

    code: str
    name: str
    severity: Severity
    message: str
    path: str
    span: Span
    suggestion: str | None = None
    fix: Fix | None = None
    related: tuple[Related, ...] = ()
    fingerprint: str = ""

    @property
    def sort_key(self) -> tuple:
        return (self.path, self.span.start.line, self.span.start.column, self.code,
                self.span.end.line, self.span.end.column, self.message)

    def to_dict(self) -> dict[str, Any]:
        """The ``newslint/1`` JSON shape of this finding."""
        def loc(p: Position) -> dict[str, int]:
            return {"line": p.line, "column": p.column}

        return {
            "code": self.code,
            "name": self.name,
            "severity": str(self.severity),
            "message": self.message,
            "path": self.path,
            "location": loc(self.span.start),
            "end_location": loc(self.span.end),
            "related": [{"path": r.path, "location": loc(r.span.start),
                         "end_location": loc(r.span.end), "message": r.message}
                        for r in self.related],
            "suggestion": self.suggestion,
            "fix": None if self.fix is None else {
                "description": self.fix.description,
                "applicability": self.fix.applicability,
                "edits": [{"start": e.start, "end": e.end, "replacement": e.replacement}
                          for e in self.fix.edits]},
            "fingerprint": self.fingerprint,
        }


@dataclass(eq=False)
class Document:
    """A parsed draft: source text, blocks in order, headline and front matter."""

    path: str
    source: str
    format: str
    blocks: list[Block] = field(default_factory=list)
    front_matter: dict[str, Any] = field(default_factory=dict)
    headline: Block | None = None
    meta: dict[str, Any] = field(default_factory=dict)
    problems: list[tuple[int, int, str]] = field(default_factory=list)
    newline: str = "\n"

    @cached_property
    def line_starts(self) -> list[int]:
        starts = [0]
        find = self.source.find
        i = find("\n")
        while i != -1:
            starts.append(i + 1)
            i = find("\n", i + 1)
        return starts

    def position(self, offset: int) -> Position:
        """1-based line/column of a source offset (clamped to the document)."""
        offset = max(0, min(offset, len(self.source)))
        line = bisect.bisect_right(self.line_starts, offset)
        return Position(line, offset - self.line_starts[line - 1] + 1, offset)

    def span(self, start: int, end: int) -> Span:
        return Span(self.position(start), self.position(max(start, end)))

    def block_span(self, block: Block, start: int = 0, end: int | None = None) -> Span:
        """Span of block-text range ``[start, end)`` (the whole block text by default)."""
        s, e = block.source_range(start, len(block.text) if end is None else end)
        return self.span(s, e)

    def walk(self, *kinds: BlockKind) -> Iterator[Block]:
        """Blocks of the given kinds (all blocks when none given), in order."""
        for b in self.blocks:
            if not kinds or b.kind in kinds:
                yield b

    def prose_blocks(self) -> Iterator[Block]:
        """Body prose: paragraphs, blockquotes and list items."""
        return (b for b in self.blocks if b.kind in PROSE_KINDS)

    def sentences(self) -> Iterator[Sentence]:
        """Every sentence of every prose block, in document order."""
        for b in self.prose_blocks():
            yield from b.sentences

    @property
    def headings(self) -> list[Block]:
        return [b for b in self.blocks if b.kind is BlockKind.HEADING]
