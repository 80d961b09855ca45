"""The paragraphs and sentences the duplicate rules compare, computed once per document."""
from __future__ import annotations

import operator
import re
from itertools import chain
from typing import NamedTuple

from newslint.model import Block, BlockKind, Document
from newslint.text.normalize import words_of_spans
from newslint.text.similarity import Shingles, shingles, text_key

#: A sentence more than this share of which is direct quotation may repeat (a quote recalled later).
MAX_QUOTED_SHARE = 0.5
#: Text with more capitalised words than this share is a list of names (results, fixtures, picks).
MAX_CAPITALISED_SHARE = 0.6
_BULLET = re.compile(r"\s*(?:[-*•–]|\d+[.)])\s")
#: A capital at the start of a word (``\b[A-Z]``, written to start with the letter: much faster to scan).
_CAPITAL_START = re.compile(r"[A-Z](?<!\w[A-Z])")


class TextUnit(NamedTuple):
    """A paragraph or sentence: where it is (block-text coordinates) and how it compares.

    ``doubled_word`` says whether two adjacent words are equal (NL105 looks closer only then).
    Sentences are compared exactly only, within one process: their ``shingles`` are
    empty and their ``key`` is Python's string hash. Paragraph keys are stable.
    """

    block: Block
    start: int
    end: int
    words: int
    key: int
    shingles: Shingles
    doubled_word: bool = False

    @property
    def text(self) -> str:
        return self.block.text[self.start:self.end]

    @property
    def prose(self) -> bool:
        """See :func:`is_prose`."""
        return is_prose(self.text, self.words)


def _paragraph(block: Block, tokens: list[str]) -> TextUnit:
    doubled = any(map(operator.eq, tokens, tokens[1:]))
    return TextUnit(block, 0, len(block.text), len(tokens), text_key(" ".join(tokens)), shingles(tokens), doubled)


def _sentence(block: Block, start: int, end: int, tokens: list[str]) -> TextUnit:
    return TextUnit(block, start, end, len(tokens), hash(" ".join(tokens)), frozenset())


def is_prose(text: str, words: int) -> bool:
    """Running text: not a bulleted line, nor a list of capitalised names (results, fixtures)
    where more than ``MAX_CAPITALISED_SHARE`` of the ``words`` are capitalised."""
    if _BULLET.match(text):
        return False
    return len(_CAPITAL_START.findall(text)) <= MAX_CAPITALISED_SHARE * words


def mostly_quoted(unit: TextUnit) -> bool:
    """Whether more than half of a unit is direct quotation (a quote may be recalled later)."""
    quoted = sum(max(0, min(q.end, unit.end) - max(q.start, unit.start)) for q in unit.block.quotes)
    return quoted > MAX_QUOTED_SHARE * (unit.end - unit.start)


def _comparable(block: Block) -> bool:
    """Body paragraphs; not headings, lists, tables, code, block quotes or bylines."""
    return block.kind is BlockKind.PARAGRAPH and block.role != "byline"


class _SentenceWords(NamedTuple):
    """The sentences of one compared paragraph: their spans and normalised words."""

    block: Block
    spans: list[tuple[int, int]]
    words: list[list[str]]


def _analyse(document: Document) -> tuple[list[TextUnit], list[_SentenceWords]]:
    paragraphs: list[TextUnit] = []
    sentences: list[_SentenceWords] = []
    for block in document.blocks:
        if not _comparable(block):
            continue
        spans = [(s.start, s.end) for s in block.sentences]
        found = words_of_spans(block.text, spans)
        sentences.append(_SentenceWords(block, spans, found))
        paragraphs.append(_paragraph(block, list(chain.from_iterable(found))))
    return paragraphs, sentences


def _cached(document: Document) -> tuple[list[TextUnit], list[_SentenceWords]]:
    found = document.meta.get("duplicates.units")
    if found is None:
        found = document.meta["duplicates.units"] = _analyse(document)
    return found


def paragraph_units(document: Document) -> list[TextUnit]:
    """Every paragraph of the document (not headings, lists, quotes or bylines), in order.

    Rules check :func:`is_prose` on the few that repeat, not on every paragraph.
    """
    return _cached(document)[0]


def sentence_repeats(document: Document, min_words: int) -> list[tuple[TextUnit, TextUnit]]:
    """Each sentence of those paragraphs, of ``min_words`` words or more, whose normalised text first
    appeared in an earlier paragraph, paired with that first sentence.

    Units are made for the few sentences that repeat only.
    """
    paragraphs = _cached(document)[1]
    texts = list(map(" ".join, chain.from_iterable(p.words for p in paragraphs)))
    if len(set(texts)) == len(texts):
        return []  # no two sentences alike: most documents
    first: dict[int, tuple[Block, int, int, list[str]]] = {}
    repeats: list[tuple[TextUnit, TextUnit]] = []
    for paragraph in paragraphs:
        block = paragraph.block
        for (start, end), tokens, key in zip(paragraph.spans, paragraph.words,
                                             map(hash, map(" ".join, paragraph.words))):
            if len(tokens) >= min_words:
                earlier = first.setdefault(key, (block, start, end, tokens))
                if earlier[0] is not block:
                    repeats.append((_sentence(block, start, end, tokens), _sentence(*earlier)))
    return repeats
