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


def words_of_spans(text: str, spans) -> list[list[str]]:
    """``[words(text[s:e]) for s, e in spans]``, normalising ``text`` once when that keeps offsets."""
    folded = _fold_keeping_offsets(text)
    if folded is None:
        return [words(text[s:e]) for s, e in spans]
    return [_TOKEN.findall(folded, s, e) if folded.find("'", s, e) < 0 else
            _TOKEN.findall(folded[s:e].replace("'", "")) for s, e in spans]


def _fold_keeping_offsets(text: str) -> str | None:
    """``text`` casefolded with quotes unified, or None when that would move characters."""
    if text.isascii():
        return text.lower()
    if not unicodedata.is_normalized("NFKC", text):
        return None
    folded = text.translate(_QUOTES).casefold()
    return folded if len(folded) == len(text) else None
