"""Fast whole-word phrase matching for word lists of any size.

A :class:`Lexicon` matches its phrases as whole words; inner spaces match any
run of whitespace; matching is case-insensitive unless asked otherwise. At a
position the longest phrase wins, and matches do not overlap.

Engine: every lexicon of the process is compiled into one Aho-Corasick
automaton per case mode (``pyahocorasick``, in C). A text is scanned once, for
all lexicons together, and its hits are kept (for a bounded number of recent
texts), so the rules of one document that ask about the same paragraph, or
about each of its sentences, pay for one scan only.
"""
from __future__ import annotations

import bisect
import re
from typing import Iterable, Iterator, NamedTuple

import ahocorasick

from newslint.text.normalize import translate_latin1

#: Characters a match may not touch: a word character or apostrophe on either side, a hyphen before it.
_INNER = "_'’"
#: Every whitespace character but the space itself (``\s`` in a phrase matches any of them).
_OTHER_SPACE = re.compile(r"[^\S ]")
_WORDISH = re.compile(r"[\w'’-]")
_BREAK = "\x00"
_CACHE_TEXTS = 2048
_MAX_KEYS = 200_000


class LexiconMatch(NamedTuple):
    """A phrase found in a text: ``[start, end)`` and the list entry it matched."""

    start: int
    end: int
    entry: str
    text: str


class _Index:
    """The automaton of all lexicons of one case mode, and the hits of recently scanned texts.

    A hit is ``(start, -end, entry, closed)``: ``closed`` is false when a word
    character follows the match (it then matches only in a window ending there).
    """

    def __init__(self, fold: bool):
        self.fold = fold
        self.ids: dict[tuple[str, ...], int] = {}
        self.keys: dict[str, list[tuple[int, str]]] = {}
        self.automaton: ahocorasick.Automaton | None = None
        self.nonword = re.compile("")
        self.latin1_table = bytes(256)
        self.generation = 0
        self.texts: dict[str, dict[int, list]] = {}

    def register(self, entries: tuple[str, ...], keys: list[str]) -> int:
        """The id of a lexicon with these entries, whose :meth:`key` are ``keys`` (lexicons with
        equal entries share it)."""
        lex_id = self.ids.get(entries)
        if lex_id is None:
            if len(self.keys) > _MAX_KEYS:  # a long-lived process building ever new lexicons: start afresh
                self.ids.clear()
                self.keys.clear()
                self.generation += 1
            lex_id = self.ids[entries] = len(self.ids)
            for key, entry in dict(zip(keys, entries)).items():
                self.keys.setdefault(key, []).append((lex_id, entry))
            self.automaton = None
            self.texts.clear()
        return lex_id

    def key(self, phrase: str) -> str:
        """How the automaton stores a phrase: single-spaced, and lower-cased when folding."""
        return self.normalized_key(" ".join(phrase.split()))

    def normalized_key(self, phrase: str) -> str:
        """:meth:`key` of a phrase that is already single-spaced."""
        return phrase.lower() if self.fold else phrase

    def scanned(self, text: str) -> dict[int, list]:
        """The hits of every lexicon in ``text`` by lexicon id, each list sorted by start (longest first
        at a start); remembered for the last ``_CACHE_TEXTS`` texts."""
        found = self.texts.get(text)
        if found is None:
            if len(self.texts) >= _CACHE_TEXTS:
                self.texts.clear()
            found = self.texts[text] = self._scan(text)
        return found

    def _build(self) -> None:
        """Compile the automaton. Each key is entered once per character that may precede a match (a
        space, ``_BREAK`` for any other non-word character, or a non-word character used in some key),
        so that the automaton itself finds matches only at word starts."""
        marks = sorted({c for c in set("".join(self.keys)) if not _WORDISH.match(c)} - {" "})
        self.nonword = re.compile(r"[^\w\s'’\-" + "".join(map(re.escape, marks)) + "]")
        # Each Latin-1 character maps to one Latin-1 character, whatever its neighbours: one call maps all 256.
        self.latin1_table = self._hay_text("".join(map(chr, range(256)))).encode("latin-1")
        self.automaton = ahocorasick.Automaton()
        for key, owners in self.keys.items():
            value = (len(key), tuple(owners))
            for before in (" ", _BREAK, *marks):
                self.automaton.add_word(before + key, value)
        self.automaton.make_automaton()

    def _scan(self, text: str) -> dict[int, list]:
        found: dict[int, list] = {}
        if not self.keys:
            return found
        if self.automaton is None:
            self._build()
        hay, where = self._haystack(text)
        n = len(text)
        for last, (size, owners) in self.automaton.iter(hay):
            start, end = last - size, last  # positions in the haystack without its first character
            if where is not None:
                start, end = where[start], where[last - 1] + 1
            closed = end == n or not (text[end].isalnum() or text[end] in _INNER)
            for lex_id, entry in owners:
                found.setdefault(lex_id, []).append((start, -end, entry, closed))
        for hits in found.values():
            hits.sort()
        return found

    def _hay_text(self, text: str) -> str:
        """``text`` as the automaton reads it, before runs of spaces are collapsed: lowered (if folding),
        every whitespace a space, other non-word characters (but the marks) ``_BREAK``."""
        hay = text.lower() if self.fold else text
        if len(hay) != len(text):  # a character whose lower case is longer ("İ"): lower the others only
            hay = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
        if _OTHER_SPACE.search(hay):
            hay = _OTHER_SPACE.sub(" ", hay)
        return self.nonword.sub(_BREAK, hay)

    def _haystack(self, text: str) -> tuple[str, list[int] | None]:
        """The text as the automaton reads it, after a ``_BREAK`` that stands for the start of the text,
        and, if collapsing runs of spaces moved characters, the original position of each character."""
        hay = translate_latin1(text, self.latin1_table)  # the same, one table look-up per character
        if hay is None:
            hay = self._hay_text(text)
        if "  " not in hay:
            return _BREAK + hay, None
        chars: list[str] = []
        where: list[int] = []
        for i, c in enumerate(hay):
            if c != " " or not chars or chars[-1] != " ":
                chars.append(c)
                where.append(i)
        return _BREAK + "".join(chars), where


_INDEXES = {True: _Index(fold=True), False: _Index(fold=False)}


class Lexicon:
    """A compiled list of words and phrases.

    ``Lexicon(["may have", "reportedly"]).finditer(text)`` yields
    :class:`LexiconMatch` objects in text order.
    """

    def __init__(self, phrases: Iterable[str], *, case_sensitive: bool = False):
        self.case_sensitive = case_sensitive
        split = (p.split() for p in phrases if p)
        self.entries = tuple(dict.fromkeys(" ".join(words) for words in split if words))
        self._index = _INDEXES[not case_sensitive]
        self._key_list = list(map(self._index.normalized_key, self.entries))
        self._keys = set(self._key_list)
        self._id = self._index.register(self.entries, self._key_list) if self.entries else -1
        self._generation = self._index.generation

    def __len__(self) -> int:
        return len(self.entries)

    def __contains__(self, phrase: str) -> bool:
        return self._index.key(phrase) in self._keys

    def finditer(self, text: str, start: int = 0, end: int | None = None) -> Iterator[LexiconMatch]:
        """Matches of any entry in ``text[start:end]`` (positions are in ``text``)."""
        if self._id < 0:
            return iter(())
        index = self._index
        if self._generation != index.generation:  # the index was restarted
            self._id, self._generation = index.register(self.entries, self._key_list), index.generation
        hits = index.scanned(text).get(self._id)
        if not hits:
            return iter(())
        return self._matches(hits, text, start, len(text) if end is None else end)

    @staticmethod
    def _matches(hits: list, text: str, start: int, end: int) -> Iterator[LexiconMatch]:
        reached = start
        for k in range(bisect.bisect_left(hits, (start,)), len(hits)):
            h_start, neg_end, entry, closed = hits[k]
            if h_start >= end:
                break
            h_end = -neg_end
            if h_start < reached or h_end > end or not (closed or h_end == end):
                continue
            reached = h_end
            yield LexiconMatch(h_start, h_end, entry, text[h_start:h_end])

    def search(self, text: str, start: int = 0, end: int | None = None) -> LexiconMatch | None:
        """The first match, or None."""
        return next(self.finditer(text, start, end), None)
