"""Turning runs of source lines into blocks, shared by the Markdown and text parsers.

Drafts exported from editors and CMSs often put one paragraph on each line with
no blank line between. Within a run of non-blank lines:

* a line that is entirely bold (``**…**`` or ``__…__``) is a heading;
* if the run is hard-wrapped (some full-width line breaks mid-sentence) it is one
  paragraph;
* otherwise every line is its own paragraph, except that a line ending
  mid-sentence joins a next line that starts in lower case.
"""
from __future__ import annotations

import re
from typing import NamedTuple

from newslint.model import Block, BlockKind
from newslint.parsing.inline import TextBuilder, add_markdown_inline
from newslint.text.sentences import ends_sentence

BOLD_LINE = re.compile(r"^[ \t]*(\*\*|__)(?P<inner>(?:(?!\*\*|__).)+?)\1[ \t]*$")
HARD_WRAP_MAX_WIDTH = 120


class Line(NamedTuple):
    """The content of one source line, ``source[start:end]``, prefixes removed."""

    start: int
    end: int


class LineGroup(NamedTuple):
    """Lines that form one block, with the kind and markup they were given."""

    kind: BlockKind
    markup: str
    lines: list[Line]


def group_run(source: str, lines: list[Line], kind: BlockKind = BlockKind.PARAGRAPH) -> list[LineGroup]:
    """Split a run of non-blank lines into headings and paragraphs (see module doc)."""
    groups: list[LineGroup] = []
    pending: list[Line] = []
    for line in lines:
        if BOLD_LINE.match(source[line.start:line.end]):
            groups.extend(_split_prose(source, pending, kind))
            pending = []
            groups.append(LineGroup(BlockKind.HEADING, "bold", [line]))
        else:
            pending.append(line)
    groups.extend(_split_prose(source, pending, kind))
    return groups


def _split_prose(source: str, lines: list[Line], kind: BlockKind) -> list[LineGroup]:
    if not lines:
        return []
    if len(lines) == 1 or _hard_wrapped(source, lines):
        return [LineGroup(kind, "", lines)]
    groups: list[LineGroup] = []
    current: list[Line] = []
    for i, line in enumerate(lines):
        current.append(line)
        text = source[line.start:line.end]
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        joins = (nxt is not None and not ends_sentence(text)
                 and source[nxt.start:nxt.end].lstrip()[:1].islower())
        if not joins:
            groups.append(LineGroup(kind, "", current))
            current = []
    return groups


def _hard_wrapped(source: str, lines: list[Line]) -> bool:
    widths = [line.end - line.start for line in lines]
    width = max(widths)
    if width > HARD_WRAP_MAX_WIDTH:
        return False
    return any(not ends_sentence(source[line.start:line.end]) and w >= width / 2
               for line, w in zip(lines[:-1], widths[:-1]))


def build_block(source: str, group: LineGroup, *, markdown: bool, level: int = 0) -> Block:
    """Make a block from a line group; Markdown inline markup is stripped when ``markdown``."""
    builder = TextBuilder()
    for i, line in enumerate(group.lines):
        start, end = line.start, line.end
        if group.markup == "bold":
            m = BOLD_LINE.match(source[start:end])
            assert m is not None
            start, end = start + m.start("inner"), start + m.end("inner")
        if i:
            builder.add("\n", group.lines[i - 1].end)
        if markdown:
            add_markdown_inline(builder, source, start, end)
        else:
            builder.add(source[start:end], start)
    text = builder.text()
    # trim surrounding whitespace while keeping the map right
    lead = len(text) - len(text.lstrip())
    trail = len(text.rstrip())
    seg_text, seg_src = builder.seg_text or [0], builder.seg_src or [group.lines[0].start]
    block = Block(group.kind, group.lines[0].start, group.lines[-1].end, text, seg_text, seg_src,
                  level=level or (1 if group.kind is BlockKind.HEADING else 0), markup=group.markup)
    if lead or trail < len(text):
        s = block.source_offset(lead) if lead < len(text) else block.start
        _retext(block, lead, trail, s)
    return block


def _retext(block: Block, lead: int, trail: int, first_src: int) -> None:
    """Cut a block's text to ``[lead, trail)`` and shift its segment map."""
    seg_text: list[int] = [0]
    seg_src: list[int] = [first_src]
    for t, s in zip(block.seg_text, block.seg_src):
        if lead < t < trail:
            seg_text.append(t - lead)
            seg_src.append(s)
    block.text = block.text[lead:trail]
    block.seg_text, block.seg_src = seg_text, seg_src


def simple_block(kind: BlockKind, source: str, start: int, end: int, **kw) -> Block:
    """A block whose text is the source slice itself (code, HTML, tables, front matter)."""
    return Block(kind, start, end, source[start:end], [0], [start], **kw)
