"""Markdown (CommonMark + tables) to :class:`~newslint.model.Document`, via markdown-it-py."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from newslint.model import BlockKind, Document
from newslint.parsing.blocks import Line, LineGroup, build_block, group_run, simple_block
from newslint.parsing.source import load_front_matter, split_front_matter
from newslint.parsing.structure import finish_document

_CONTAINER_PREFIX = re.compile(r"[ \t]*(?:>[ \t]?)*")
_LIST_MARKER = re.compile(r"[ \t]*(?:[-+*]|\d{1,9}[.)])(?:[ \t]+|$)")
_ATX = re.compile(r"[ \t]*#{1,6}(?:[ \t]+|$)")
_ATX_CLOSE = re.compile(r"[ \t]+#+[ \t]*$|^#+[ \t]*$")


#: A non-blank line that may start something other than a paragraph or an ATX heading: indented
#: code, a tab, a quote, list or table marker, a fence, HTML, a setext underline or thematic break,
#: a link reference definition, an escape, or "#" that does not open a heading.
_NOT_PLAIN = re.compile(r"^(?=[ \t]*[^ \t\n])(?: {4}| {0,3}[\t>+*=_`~<|:\[\\-]| {0,3}\d{1,9}[.)]"
                        r"| {0,3}#(?!#{0,5}(?:[ \t]|$)))", re.MULTILINE)
_ATX_OPEN = re.compile(r" {0,3}(#{1,6})(?:[ \t]|$)")


class _Token(NamedTuple):
    """The parts of a markdown-it block token that :func:`parse_markdown` reads."""

    type: str
    map: list[int]
    tag: str = ""
    markup: str = ""


def _plain_tokens(body: str) -> list[_Token] | None:
    """The block tokens markdown-it would give a body made only of paragraphs and ATX headings, found
    line by line (markdown-it is slow); None when some line may start any other block."""
    if _NOT_PLAIN.search(body):
        return None
    tokens: list[_Token] = []
    start = None  # first line of the open paragraph
    lines = body.split("\n")
    for i, line in enumerate(lines):
        heading = _ATX_OPEN.match(line)
        if heading or not line.strip(" \t"):
            if start is not None:
                tokens.append(_Token("paragraph_open", [start, i], "p"))
                start = None
            if heading:
                hashes = heading.group(1)
                tokens.append(_Token("heading_open", [i, i + 1], f"h{len(hashes)}", hashes))
        elif start is None:
            start = i
    if start is not None:
        tokens.append(_Token("paragraph_open", [start, len(lines)], "p"))
    return tokens


@lru_cache(maxsize=1)
def _parser():
    from markdown_it import MarkdownIt

    # Only block tokens and their line maps are used (inline text is rebuilt in
    # parsing.inline), so markdown-it's inline pass, slow on long lines, is off.
    return MarkdownIt("commonmark").enable("table").disable("inline")


def parse_markdown(path: str, source: str) -> Document:
    """Parse Markdown ``source`` (``\\n`` line endings) into a document."""
    doc = Document(path=path, source=source, format="markdown")
    fm_end, fm_body = split_front_matter(source)
    body = source
    if fm_end:
        doc.blocks.append(simple_block(BlockKind.FRONT_MATTER, source, 0, fm_end))
        doc.front_matter, problem = load_front_matter(fm_body or "")
        if problem:
            doc.problems.append((0, fm_end, problem))
        body = re.sub(r"[^\n]", " ", source[:fm_end]) + source[fm_end:]
    line_starts = doc.line_starts
    n_lines = len(line_starts)

    def line_end(i: int) -> int:
        return line_starts[i + 1] - 1 if i + 1 < n_lines else len(source)

    containers: list[str] = []
    tokens = _plain_tokens(body)
    for tok in _parser().parse(body) if tokens is None else tokens:
        t = tok.type
        if t in ("blockquote_open", "list_item_open"):
            containers.append(t)
        elif t in ("blockquote_close", "list_item_close"):
            containers.pop()
        elif tok.map is None:
            continue
        elif t == "paragraph_open":
            kind = (BlockKind.LIST_ITEM if "list_item_open" in containers
                    else BlockKind.BLOCKQUOTE if "blockquote_open" in containers else BlockKind.PARAGRAPH)
            first_in_item = bool(containers) and containers[-1] == "list_item_open"
            lines = [_content_line(source, line_starts[i], line_end(i), list_marker=first_in_item and k == 0)
                     for k, i in enumerate(range(*tok.map))]
            for group in group_run(source, lines, kind):
                doc.blocks.append(build_block(source, group, markdown=True))
        elif t == "heading_open":
            level = int(tok.tag[1])
            start_line, stop_line = tok.map
            if tok.markup.startswith("#"):
                lines = [_atx_line(source, line_starts[start_line], line_end(start_line))]
                markup = "atx"
            else:
                lines = [_content_line(source, line_starts[i], line_end(i)) for i in range(start_line, stop_line - 1)]
                markup = "setext"
            doc.blocks.append(build_block(source, LineGroup(BlockKind.HEADING, markup, lines),
                                          markdown=True, level=level))
        elif t in ("fence", "code_block", "html_block", "table_open"):
            kind = {"fence": BlockKind.CODE, "code_block": BlockKind.CODE,
                    "html_block": BlockKind.HTML, "table_open": BlockKind.TABLE}[t]
            start_line, stop_line = tok.map
            doc.blocks.append(simple_block(kind, source, line_starts[start_line], line_end(stop_line - 1)))
    return finish_document(doc)


def _content_line(source: str, start: int, end: int, list_marker: bool = False) -> Line:
    m = _CONTAINER_PREFIX.match(source, start, end)
    pos = m.end() if m else start
    if list_marker:
        lm = _LIST_MARKER.match(source, pos, end)
        if lm:
            pos = lm.end()
    return Line(pos, end)


def _atx_line(source: str, start: int, end: int) -> Line:
    line = _content_line(source, start, end)
    m = _ATX.match(source, line.start, end)
    pos = m.end() if m else line.start
    close = _ATX_CLOSE.search(source, pos, end)
    return Line(pos, close.start() if close else end)
