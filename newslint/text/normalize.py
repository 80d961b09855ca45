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
#: Stands for an apostrophe in :data:`_ONE_BY_ONE` output (apostrophes are dropped, joining the word).
_APOSTROPHE = "\x01"


def _one_by_one_table() -> dict[int, str]:
    """How ASCII, the marks of ``_QUOTES`` and a few symbols of news copy normalise, one character at a
    time (each is NFKC-stable and folds to one character): to a lower-case ASCII word character, to
    ``_APOSTROPHE``, or to a space for anything between words."""
    table: dict[int, str] = {}
    for c in {*map(chr, range(128)), *map(chr, _QUOTES), *"£€¥¢°§•·"}:
        folded = c.translate(_QUOTES).casefold()
        if unicodedata.normalize("NFKC", c) != c or len(folded) != 1:
            continue
        if folded == "'":
            table[ord(c)] = _APOSTROPHE
        elif not _TOKEN.fullmatch(folded):
            table[ord(c)] = " "
        elif folded.isascii():
            table[ord(c)] = folded
    return table


_ONE_BY_ONE = _one_by_one_table()
#: :data:`_ONE_BY_ONE` for the Latin-1 characters, as a byte table (the others map to themselves).
_LATIN1_ONE_BY_ONE = bytes(ord(_ONE_BY_ONE.get(c, chr(c))) for c in range(256))


def translate_latin1(text: str, table: bytes) -> str | None:
    """``text`` with each character mapped through a 256-byte ``table`` (one look-up per character,
    much faster than ``str.translate`` with a dict), or None when a character lies outside Latin-1."""
    if text.isascii() or max(text) <= "\xff":
        return text.encode("latin-1").translate(table).decode("latin-1")
    return None


def _separated(text: str) -> str | None:
    """``text`` with each word normalised and every gap between words a space, keeping offsets
    (apostrophes are ``_APOSTROPHE``), or None when a character is not in the table."""
    separated = translate_latin1(text, _LATIN1_ONE_BY_ONE)
    if separated is None:
        separated = text.translate(_ONE_BY_ONE)
    return separated if separated.isascii() else None


def normalize(text: str) -> str:
    """Casefold, unify quote styles and dashes, drop punctuation, collapse whitespace."""
    separated = _separated(text)
    if separated is not None:
        return " ".join(separated.replace(_APOSTROPHE, "").split())
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
    separated = _separated(text)
    if separated is not None:
        if _APOSTROPHE not in separated:
            return [separated[s:e].split() for s, e in spans]
        return [separated[s:e].replace(_APOSTROPHE, "").split() for s, e in spans]
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
