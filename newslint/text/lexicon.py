"""Fast whole-word phrase matching for word lists of any size.

A :class:`Lexicon` compiles its phrases into one regular expression whose
alternation is factored into a trie, so matching costs one scan of the text
whatever the number of entries (hundreds of entries stay fast). Phrases match
whole words; inner spaces match any run of whitespace; matching is
case-insensitive unless asked otherwise. The longest phrase wins at a position.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable, Iterator


@dataclass(frozen=True, slots=True)
class LexiconMatch:
    """A phrase found in a text: ``[start, end)`` and the list entry it matched."""

    start: int
    end: int
    entry: str
    text: str


def _trie_pattern(words: list[list[str]]) -> str:
    """Regex for a set of phrases, each given as a list of escaped pieces."""
    trie: dict = {}
    for pieces in words:
        node = trie
        for piece in pieces:
            node = node.setdefault(piece, {})
        node[""] = {}
    return _node_pattern(trie)


def _node_pattern(node: dict) -> str:
    ends = "" in node
    branches = [k + _node_pattern(v) for k, v in sorted(node.items(), key=lambda kv: -len(kv[0])) if k]
    if not branches:
        return ""
    if len(branches) == 1 and not ends:
        return branches[0]
    body = "(?:" + "|".join(branches) + ")"
    return body + "?" if ends else body


def _pieces(phrase: str) -> list[str]:
    """Split a phrase into escaped single characters, with whitespace as ``\\s+``."""
    out: list[str] = []
    for token in phrase.split():
        if out:
            out.append(r"\s+")
        out.extend(re.escape(ch) for ch in token)
    return out


_COMPILED: dict[tuple[tuple[str, ...], bool], re.Pattern[str]] = {}


def _compiled(entries: tuple[str, ...], case_sensitive: bool) -> re.Pattern[str]:
    """The regex of a list of entries, built once per process (rules often share a word list)."""
    key = (entries, case_sensitive)
    regex = _COMPILED.get(key)
    if regex is None:
        body = _trie_pattern([_pieces(e) for e in entries])
        flags = 0 if case_sensitive else re.IGNORECASE
        regex = _COMPILED[key] = re.compile(rf"(?<![\w'’-])(?:{body})(?![\w'’])", flags)
    return regex


class Lexicon:
    """A compiled list of words and phrases.

    ``Lexicon(["may have", "reportedly"]).finditer(text)`` yields
    :class:`LexiconMatch` objects in text order.
    """

    def __init__(self, phrases: Iterable[str], *, case_sensitive: bool = False):
        self.case_sensitive = case_sensitive
        entries = [" ".join(p.split()) for p in phrases if p and p.strip()]
        self.entries = tuple(dict.fromkeys(entries))
        key = (lambda s: s) if case_sensitive else str.casefold
        self._by_key = {key(" ".join(e.split())): e for e in self.entries}
        self._key = key
        self._regex = _compiled(self.entries, case_sensitive) if self.entries else None

    def __len__(self) -> int:
        return len(self.entries)

    def __contains__(self, phrase: str) -> bool:
        return self._key(" ".join(phrase.split())) in self._by_key

    def finditer(self, text: str, start: int = 0, end: int | None = None) -> Iterator[LexiconMatch]:
        """Matches of any entry in ``text[start:end]`` (positions are in ``text``)."""
        if self._regex is None:
            return
        for m in self._regex.finditer(text, start, len(text) if end is None else end):
            found = m.group(0)
            entry = self._by_key.get(self._key(" ".join(found.split())), found)
            yield LexiconMatch(m.start(), m.end(), entry, found)

    def search(self, text: str, start: int = 0, end: int | None = None) -> LexiconMatch | None:
        """The first match, or None."""
        return next(self.finditer(text, start, end), None)
