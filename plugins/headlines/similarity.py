"""How headings are compared: normalised text, exactly or by character 4-grams."""
from __future__ import annotations

from typing import NamedTuple

from newslint.model import Block, Document
from newslint.text.normalize import normalize
from newslint.text.similarity import Shingles, char_shingles, overlap, text_key

#: Defaults: the share of character 4-grams two headings must share, and their minimum size ratio.
NEAR_THRESHOLD = 0.85
MIN_SIZE_RATIO = 0.8
#: Headings of fewer words are compared exactly only ("Background" may not vary into "Backgrounds").
NEAR_MIN_WORDS = 3
#: The similarity given to a heading that is another plus one word ("for a fourth year").
ONE_WORD_MORE = 0.9


class HeadingText(NamedTuple):
    """A heading's normalised text, exact key and character shingles."""

    text: str
    key: int
    shingles: Shingles

    @classmethod
    def of(cls, block_or_text: Block | str) -> "HeadingText":
        raw = block_or_text if isinstance(block_or_text, str) else block_or_text.text
        text = normalize(raw)
        return cls(text, text_key(text), char_shingles(text))

    @property
    def words(self) -> int:
        return self.text.count(" ") + 1 if self.text else 0


def heading_text(document: Document, block: Block) -> HeadingText:
    """:meth:`HeadingText.of` a heading block, computed once per document (NL201, NL202 and NL204
    all compare the headline)."""
    texts = document.meta.setdefault("headlines.texts", {})
    found = texts.get(block.index)
    if found is None:
        found = texts[block.index] = HeadingText.of(block)
    return found


def similarity(a: HeadingText, b: HeadingText) -> float:
    """How alike two headings are: 1.0 for the same text; for headings of three or more
    words, 0.9 when one has a single word more, else the share of the smaller one's
    character 4-grams found in the other (0 when their lengths differ by over 20%)."""
    if a.key == b.key:
        return 1.0
    if min(a.words, b.words) < NEAR_MIN_WORDS:
        return 0.0
    if _one_word_more(a.text.split(), b.text.split()):
        return ONE_WORD_MORE
    return overlap(a.shingles, b.shingles, MIN_SIZE_RATIO)


def _one_word_more(a: list[str], b: list[str]) -> bool:
    """Whether one word list is the other with a single word inserted."""
    if len(a) < len(b):
        a, b = b, a
    if len(a) != len(b) + 1:
        return False
    i = next((k for k, (x, y) in enumerate(zip(a, b)) if x != y), len(b))
    return a[i + 1:] == b[i:]


def same_heading(a: HeadingText, b: HeadingText, threshold: float = NEAR_THRESHOLD) -> float:
    """The :func:`similarity` of two headings when it reaches ``threshold``, else 0."""
    score = similarity(a, b)
    return score if score >= threshold else 0.0
