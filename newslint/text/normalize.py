"""Text normalisation for comparing paragraphs, sentences and headlines."""
from __future__ import annotations

import re
import unicodedata

_QUOTES = str.maketrans({"“": '"', "”": '"', "„": '"', "«": '"', "»": '"',
                         "‘": "'", "’": "'", "‚": "'", "–": "-", "—": "-"})
_NON_WORD = re.compile(r"[^\w\s]+")
_SPACE = re.compile(r"\s+")
_WORD = re.compile(r"\w+(?:'\w+)*")
_TOKEN = re.compile(r"\w+")


def normalize(text: str) -> str:
    """Casefold, unify quote styles and dashes, drop punctuation, collapse whitespace."""
    text = unicodedata.normalize("NFKC", text).translate(_QUOTES).casefold()
    text = _NON_WORD.sub(" ", text.replace("'", ""))
    return _SPACE.sub(" ", text).strip()


def words(text: str) -> list[str]:
    """Normalised word tokens of a text (the same as ``normalize(text).split()``, faster)."""
    return _TOKEN.findall(unicodedata.normalize("NFKC", text).translate(_QUOTES).casefold().replace("'", ""))


def word_spans(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each word in ``text`` (apostrophes kept inside words)."""
    return [m.span() for m in _WORD.finditer(text.translate(_QUOTES))]
