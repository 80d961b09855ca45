"""Building safe fixes that rules attach to findings."""
from __future__ import annotations

import re

from newslint.model import Block, Document, Edit, Fix

_LEAD = re.compile(r"[ \t#>]*")
_TRAIL = re.compile(r"[ \t#*_]*")
_UNDERLINE = re.compile(r"[ \t]*(?:=+|-+)[ \t]*(?:\n|$)")


def _line_start(source: str, offset: int) -> int:
    return source.rfind("\n", 0, offset) + 1


def _next_line(source: str, offset: int) -> int:
    """Offset just after the line break ending the line that holds ``offset`` (or the end)."""
    i = source.find("\n", offset)
    return len(source) if i == -1 else i + 1


def _blank_lines_after(source: str, offset: int) -> int:
    while offset < len(source):
        nxt = _next_line(source, offset)
        if source[offset:nxt].strip():
            break
        offset = nxt
    return offset


def _blank_lines_before(source: str, offset: int) -> int:
    while offset > 0:
        prev = _line_start(source, offset - 1)
        if source[prev:offset].strip():
            break
        offset = prev
    return offset


def delete_block_fix(document: Document, block: Block, description: str) -> Fix | None:
    """A safe fix deleting ``block``'s whole lines, line break included.

    Blank lines around it are merged so the blocks before and after stay
    separated as they were. Returns None when the block shares a line with
    other content (a list marker, another block), where deleting lines is unsafe.
    """
    source = document.source
    start = _line_start(source, block.start)
    last = max(block.start, block.end - 1)
    line_end = source.find("\n", last)
    line_end = len(source) if line_end == -1 else line_end
    if _LEAD.fullmatch(source, start, block.start) is None or \
            _TRAIL.fullmatch(source, block.end, line_end) is None:
        return None
    end = _next_line(source, last)
    if block.markup == "setext":
        underline = _UNDERLINE.match(source, end)
        end = underline.end() if underline else end
    blank_before = start == 0 or not source[_line_start(source, start - 1):start].strip()
    if blank_before:
        after = _blank_lines_after(source, end)
        if after < len(source):
            end = after
        else:
            start = _blank_lines_before(source, start)
    i = block.index
    neighbours = document.blocks[max(i - 1, 0):i] + document.blocks[i + 1:i + 2]
    if any(b.end > start and b.start < end for b in neighbours):
        return None
    return Fix(description, (Edit(start, end, ""),))
