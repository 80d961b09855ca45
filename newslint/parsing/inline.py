"""Plain text of a block with a map back to source offsets.

markdown-it-py gives block structure with line maps but no per-character
source positions for inline content, so the plain text of a Markdown line is
made here: emphasis markers, code-span backticks, link destinations, inline
HTML and comments are dropped; link text, escaped characters and entities
are kept, each character remembering where it came from.
"""
from __future__ import annotations

import re
from typing import Iterator

from newslint.text.lazy_regex import lazy_compile


class TextBuilder:
    """Accumulates text pieces with their source offsets."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.seg_text: list[int] = []
        self.seg_src: list[int] = []
        self.length = 0
        self._next_src = -1

    def add(self, text: str, src: int) -> None:
        """Append ``text`` that starts at source offset ``src`` and is contiguous there."""
        if not text:
            return
        if src != self._next_src:
            self.seg_text.append(self.length)
            self.seg_src.append(src)
        self.parts.append(text)
        self.length += len(text)
        self._next_src = src + len(text)

    def add_mapped(self, text: str, src: int) -> None:
        """Append characters that all map to the single source offset ``src`` (entities)."""
        for ch in text:
            self.seg_text.append(self.length)
            self.seg_src.append(src)
            self.parts.append(ch)
            self.length += 1
        self._next_src = -1

    def text(self) -> str:
        return "".join(self.parts)


_INLINE = lazy_compile(
    # Every alternative stops at the next opener of its kind (and never backtracks
    # into a run), so lines full of unclosed brackets or comments stay linear.
    r"""(?P<comment><!--(?:(?!<!--).)*?-->)
      |(?P<image>!\[(?P<alt>[^\[\]]*)\]\((?:[^()]++|\([^()]*+\))*+\))
      |(?P<link>\[(?P<ltext>[^\[\]]*)\](?:\((?:[^()]++|\([^()]*+\))*+\)|\[[^\[\]]*\]))
      |(?P<autolink><(?P<url>(?:https?|mailto):[^<>\s]+)>)
      |(?P<tag></?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>)
      |(?P<escape>\\(?P<esc>[!-/:-@\[-`{-~]))
      |(?P<entity>&(?:[A-Za-z][A-Za-z0-9]{1,31}|\#[0-9]{1,7}|\#[xX][0-9A-Fa-f]{1,6});)
      |(?P<strong>\*\*|__)
      |(?P<code>`+)
      |(?P<em>(?<![\w*])\*(?=\S)|(?<=\S)\*(?![\w*])|(?<![\w_])_(?=\S)|(?<=\S)_(?![\w_]))
    """,
    re.VERBOSE | re.DOTALL,
)


#: The characters an ``_INLINE`` match can start with.
_MARKUP_START = re.compile(r"[<!\[\\&*_`]")


def _markup(source: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """``_INLINE.finditer(source, start, end)``, trying a match only where one can start (much faster)."""
    i = start
    while (c := _MARKUP_START.search(source, i, end)) is not None:
        m = _INLINE.match(source, c.start(), end)
        if m is None:
            i = c.start() + 1
        else:
            yield m
            i = m.end()


def add_markdown_inline(builder: TextBuilder, source: str, start: int, end: int) -> None:
    """Append the plain text of Markdown inline content ``source[start:end]``."""
    pos = start
    for m in _markup(source, start, end):
        builder.add(source[pos:m.start()], pos)
        if m.group("image") is not None:
            builder.add(m.group("alt"), m.start("alt"))
        elif m.group("link") is not None:
            add_markdown_inline(builder, source, m.start("ltext"), m.end("ltext"))
        elif m.group("autolink") is not None:
            builder.add(m.group("url"), m.start("url"))
        elif m.group("escape") is not None:
            builder.add(m.group("esc"), m.start("esc"))
        elif m.group("entity") is not None:
            from html import unescape  # html.entities costs ~1 ms at start-up; few drafts hold an entity
            builder.add_mapped(unescape(m.group(0)), m.start())
        pos = m.end()
    builder.add(source[pos:end], pos)
