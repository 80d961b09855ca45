"""Finding house-rule tokens in block text: literal phrases, marks, guarded regexes, and scope."""
from __future__ import annotations

import bisect
import heapq
import re
from typing import Any, Iterator

from newslint.model import Block, BlockKind, Document
from newslint.text.lexicon import Lexicon
from newslint.text.quotes import find_quotes
from newslint.text.safe_regex import pattern_problem as regex_problem


def required_literals(pattern: str) -> set[str] | None:
    """Lower-case strings one of which every match of ``pattern`` contains, or None if unknown."""
    from re import _constants as c, _parser  # type: ignore[attr-defined]

    def best(items: Any) -> set[str] | None:
        candidates: list[set[str]] = []
        run: list[str] = []
        for op, av in list(items) + [(None, None)]:
            if op is c.LITERAL and not chr(av).isspace():
                run.append(chr(av))
                continue
            if run:
                candidates.append({"".join(run).lower()})
                run = []
            found = None
            if op is c.SUBPATTERN:
                found = best(av[3])
            elif op is c.BRANCH:
                groups = [best(b) for b in av[1]]
                found = None if None in groups else set().union(*groups)  # type: ignore[arg-type]
            elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT) and av[0] >= 1:
                found = best(av[2])
            if found:
                candidates.append(found)
        return max(candidates, key=lambda group: min(map(len, group)), default=None)

    try:
        return best(_parser.parse(pattern))
    except re.error:
        return None


class Matcher:
    """Finds any of a list of tokens in a text, compiled once.

    Literal tokens are whole words or phrases (:class:`~newslint.text.lexicon.Lexicon`);
    tokens that begin with a mark ('!', '%') match wherever they occur; with
    ``regex=True`` tokens are regular expressions (check them with
    :func:`regex_problem` first). ``finditer`` yields ``(start, end, token)`` in
    text order, ``token`` being the list entry that matched.
    """

    def __init__(self, tokens: tuple[str, ...], case_sensitive: bool = False, regex: bool = False):
        flags = 0 if case_sensitive else re.IGNORECASE
        self._key = (lambda s: s) if case_sensitive else str.casefold
        self._lexicon: Lexicon | None = None
        self._patterns: tuple[str, ...] = ()
        self._marks: dict[str, str] = {}
        if regex:
            self._patterns = tokens
            body = "|".join(f"(?P<_t{i}>{t})" for i, t in enumerate(tokens))
        else:
            words = [t for t in tokens if t[:1].isalnum()]
            marks = sorted((t for t in tokens if not t[:1].isalnum()), key=len, reverse=True)
            self._lexicon = Lexicon(words, case_sensitive=case_sensitive) if words else None
            self._marks = {self._key(t): t for t in marks}
            body = "|".join(re.escape(t) + (r"(?![\w'’])" if t[-1:].isalnum() else "") for t in marks)
        self._regex = re.compile(body, flags) if body else None
        if regex:
            literals = [required_literals(t) for t in tokens]
            self._needles = None if None in literals else [n for group in literals for n in group]  # type: ignore
        else:
            self._needles = [" ".join(t.lower().split()) for t in tokens if t.strip()]

    def could_match(self, document: Document, times: int = 1) -> bool:
        """A quick test on the whole document: False when no token can occur ``times`` times.

        It looks for each token's text (or a regex's required literal) in the
        lower-cased, whitespace-collapsed text of all blocks, shared by all rules.
        """
        if self._needles is None:
            return True
        hay = document.meta.get("newslint.house.text")
        if hay is None:
            hay = document.meta["newslint.house.text"] = " ".join(" ".join(b.text for b in document.blocks).lower().split())
        if times == 1:
            return any(n in hay for n in self._needles)
        return any(hay.count(n) >= times for n in self._needles)

    def finditer(self, text: str) -> Iterator[tuple[int, int, str]]:
        if self._lexicon is None:
            return self._regex_matches(text)
        words = ((m.start, m.end, m.entry) for m in self._lexicon.finditer(text))
        return heapq.merge(words, self._regex_matches(text)) if self._regex is not None else words

    def _regex_matches(self, text: str) -> Iterator[tuple[int, int, str]]:
        if self._regex is None:
            return
        for m in self._regex.finditer(text):
            if m.end() == m.start():
                continue
            if self._patterns:
                token = next(t for i, t in enumerate(self._patterns) if m.group(f"_t{i}") is not None)
            else:
                token = self._marks.get(self._key(m.group()), m.group())
            yield m.start(), m.end(), token


class Scoped:
    """The parts of one block a rule may look at, as sorted block-text ranges."""

    __slots__ = ("block", "ranges", "full", "_starts")

    def __init__(self, block: Block, ranges: list[tuple[int, int]]):
        self.block = block
        self.ranges = ranges
        self.full = ranges == [(0, len(block.text))]
        self._starts = [s for s, _ in ranges]

    def covers(self, i: int) -> bool:
        """Whether block-text index ``i`` is in scope."""
        if self.full:
            return True
        k = bisect.bisect_right(self._starts, i) - 1
        return k >= 0 and i < self.ranges[k][1]

    def overlaps(self, start: int, end: int) -> bool:
        """Whether any of ``[start, end)`` is in scope."""
        return self.full or any(s < end and start < e for s, e in self.ranges)

    def clip(self, start: int, end: int) -> list[tuple[int, int]]:
        """The in-scope parts of ``[start, end)``."""
        if self.full:
            return [(start, end)]
        return [(max(s, start), min(e, end)) for s, e in self.ranges if s < end and start < e]


def scoped_blocks(document: Document, scope: tuple[str, ...]) -> list[Scoped]:
    """The parts of a document in ``scope``, computed once per document and scope.

    ``headline`` is the document's headline; ``body`` every other heading,
    paragraph and list item (bylines excluded); ``quotes`` the direct quotations
    inside those, and blockquotes. Code, tables, HTML and front matter are never in scope.
    """
    key = "newslint.house.scope:" + ",".join(scope)
    cached = document.meta.get(key)
    if cached is None:
        cached = document.meta[key] = list(_scoped_blocks(document, scope))
    return cached


def _scoped_blocks(document: Document, scope: tuple[str, ...]) -> Iterator[Scoped]:
    want_quotes = "quotes" in scope
    for block in document.blocks:
        if not block.text:
            continue
        n = len(block.text)
        if block.kind is BlockKind.BLOCKQUOTE:
            if want_quotes:
                yield Scoped(block, [(0, n)])
            continue
        if block is document.headline:
            region = "headline"
        elif (block.is_prose or block.kind is BlockKind.HEADING) and block.role != "byline":
            region = "body"
        else:
            continue
        in_region = region in scope
        if in_region == want_quotes:
            if in_region:
                yield Scoped(block, [(0, n)])
            continue
        quotes = block.quotes if block.is_prose else find_quotes(block.text)[0]
        spans = [(q.start, q.end) for q in quotes]
        ranges = spans if want_quotes else _complement(spans, n)
        if ranges:
            yield Scoped(block, ranges)


_LONE_DASH = re.compile(r"(?<!\S)[-–—]+(?!\S)")
_NON_SPACE = re.compile(r"\S+")


def count_words(text: str) -> int:
    """Words in ``text``: runs of non-space characters, dashes standing alone not counted."""
    n = len(text.split())
    return n - len(_LONE_DASH.findall(text)) if "-" in text or "–" in text or "—" in text else n


def word_positions(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each word as :func:`count_words` counts them."""
    return [m.span() for m in _NON_SPACE.finditer(text) if not _LONE_DASH.fullmatch(m.group())]


def _complement(spans: list[tuple[int, int]], n: int) -> list[tuple[int, int]]:
    out, at = [], 0
    for s, e in sorted(spans):
        if s > at:
            out.append((at, s))
        at = max(at, e)
    if at < n:
        out.append((at, n))
    return out
