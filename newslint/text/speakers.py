"""Who speaks a quote whose own paragraph does not say: the speaker carried through a story.

:func:`newslint.text.sourcing.quote_has_speaker` looks at the quote's paragraph and
the one before. Published copy often names a speaker once and quotes them over
several paragraphs; a reader follows the story, and :func:`carried_quotes` does
the same with one pass over the document:

* a *run*: after a quote or statement is attributed, later quotes belong to the same
  speaker while the story stays with them. A new speaker's attribution, a vague or
  anonymous source, a sentence whose subject is another named person, a narrative
  paragraph that does not mention the speaker (by name, role or he/she), a heading,
  or ``MAX_RUN`` paragraphs without naming them end the run;
* a *lead-in*: a first-person quote right after a sentence whose subject is a named
  person ("Mauresmo spent five weeks at number one. “Since then, I feel…”") is theirs
  and starts a run;
* a *frame*: a single-speaker piece announced in the headline ("Blunkett in quotes")
  or the opening paragraphs ("Rob Partridge … remembers the man behind the legend")
  keeps its speaker for every quote until a quote is attributed to somebody else;
* a *list*: items after a lead-in that ends with a colon ("The proposals include:")
  belong to that lead-in's speaker;
* a *cataphor*: a paragraph that is only a quote, followed by one that says whose it is
  ("These are the questions Jimmy Connors will be asking …", "Rob Partridge … remembers").

There is no coreference beyond this: "he" continues the current speaker, or the last
named subject when there is none.
"""
from __future__ import annotations

import re
from typing import Iterator, NamedTuple

from newslint.model import Block, BlockKind, Document, Quote, Sentence
from newslint.text.attribution import Attribution
from newslint.text.lazy_regex import lazy_compile
from newslint.text.person import FIRST_PERSON
from newslint.text.sources import clean_source
from newslint.text.sourcing import SentenceSourcing, paragraph_sourcing, quote_has_speaker

#: Paragraphs a run lasts after its speaker was last attributed or named.
MAX_RUN = 4
_CACHE = "newslint.speakers"
_IDENTIFIED = frozenset({"named", "role", "pronoun"})
_OTHER_VOICES = frozenset({"vague", "anonymous", "document"})
_TITLES = frozenset("mr mrs ms miss dr sir lord lady dame prof professor rev president minister".split())
#: Capitalised words that open sentences without naming anybody.
_NOT_NAMES = frozenset("""the a an this that these those it its there here in on at for with by from to of as
after before when while if since during despite although though once until unless because last next every each
all both some many most several few other another such no not one two three what which who why how where yet
so but and or nor then now still also however meanwhile instead indeed even only just among against under over
about around between into through without within like unlike according he she they we i you his her their our my
your let please""".split())
#: Heads of role sources that name an institution, not a person ("the ministry said").
_INSTITUTIONS = frozenset("""ministry department government company firm council club party police union board
agency committee group authority regulator court bank team office commission association organisation
organization service institute foundation trust spokesman spokeswoman spokesperson statement""".split())
_PERSONAL_PRONOUNS = lazy_compile(r"\b(?:he|she|him|his|her|hers|himself|herself)\b", re.IGNORECASE)
_NAME = r"(?:(?:Mr|Mrs|Ms|Dr|Sir|Lord|Lady|Dame|Prof)\.?\s+)?[A-Z][\w’'-]+(?:\s+(?:[A-Z][\w’'-]+|de|van|von|da|al))*"
_SUBJECT = lazy_compile(rf"(?P<name>{_NAME})(?=\s+[a-z]|\s*,)")
_LEADING = lazy_compile(r"[\s“\"‘'(:\-–—•*]*(?:(?:And|But|So|Yet|Now|Then|Still|Meanwhile|However|Instead|Indeed)\b,?\s*)?")
_WORD = lazy_compile(r"[A-Za-z][\w’'-]*")
_CAPITALISED = lazy_compile(r"[A-Z][\w’'-]+")
_HEADLINE_FRAME = lazy_compile(rf"^\W*(?P<name>{_NAME})\s+in\s+(?:quotes|(?:his|her|their)\s+own\s+words)\b")
_OPENING_FRAME = lazy_compile(
    rf"(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)+)\s*(?:[-–—,(][^-–—()]{{1,80}}?[-–—,)]\s*)?"
    r"(?:remembers|recalls|looks\s+back|reflects|explains|tells|talks|speaks|describes|writes|answers|"
    r"gives\s+(?:his|her|their))\b")
_ROLE = lazy_compile(r"[A-Z][\w’'-]*((?:\s+[a-z][\w’'-]*){1,3})\s+(?=[A-Z])")  # "Former union leader "
_APPOSITION = lazy_compile(rf"\s*,\s*(?P<name>[A-Z][\w’'-]+\s+{_NAME})")  # "said the singer, Vic Hale"
_POSSESSIVE = lazy_compile(r"['’]s?$")
_CATAPHOR = lazy_compile(r"[\s“\"‘']*(?:This|That|These|Those|Such)\b")
_TWO_NAME_WORDS = lazy_compile(r"\b[A-Z][\w’'-]+\s+[A-Z][\w’'-]+")
_BULLET = lazy_compile(r"\s*[-–•*]\s")
_OPENING_PARAGRAPHS = 2


class _Speaker(NamedTuple):
    """The speaker of the current run: lower-case name (or role) words, and the paragraph where last named."""

    names: frozenset[str]
    paragraph: int
    pinned: bool = False

    def matches(self, names: frozenset[str]) -> bool:
        return bool(self.names & names)


def quote_is_spoken(document: Document, block: Block, quote: Quote, config=None) -> bool:
    """Whether a quote has a speaker: in or next to its paragraph, or carried through the story."""
    return (quote_has_speaker(document, block, quote, config)
            or (block.index, quote.start) in carried_quotes(document, config))


def carried_quotes(document: Document, config=None) -> frozenset[tuple[int, int]]:
    """``(block index, quote start)`` of the quotes whose speaker the story carries (see the module docstring)."""
    found = document.meta.get(_CACHE)
    if found is None:
        found = document.meta[_CACHE] = frozenset(_Tracker(document, config).run())
    return found


class _Tracker:
    """One pass over the document's prose, following the current speaker."""

    def __init__(self, document: Document, config):
        self.document, self.config = document, config
        self._proper: frozenset[str] | None = None
        self.speaker: _Speaker | None = None
        self.last_subject: frozenset[str] | None = None  # the last named person who opened a sentence
        self.previous_subject: frozenset[str] | None = None  # … if that was the sentence just before
        self.paragraph = 0
        self.lead_in_spoken = False
        self.carried: set[tuple[int, int]] = set()

    @property
    def proper(self) -> frozenset[str]:
        """Capitalised words the document uses inside sentences (computed when a one-word subject needs it)."""
        if self._proper is None:
            self._proper = _proper_words(self.document)
        return self._proper

    def run(self) -> set[tuple[int, int]]:
        blocks = self.document.blocks
        for i, block in enumerate(blocks):
            if block.kind is BlockKind.HEADING:
                self._heading(block)
            elif block.is_prose and block.kind is not BlockKind.BLOCKQUOTE and block.role not in ("headline", "byline"):
                self.paragraph += 1
                self._paragraph(block, i)
        return self.carried

    def _heading(self, block: Block) -> None:
        frame = _HEADLINE_FRAME.match(block.text) if block.role == "headline" else None
        if frame:
            self.speaker = _Speaker(self._names(frame["name"]), self.paragraph, pinned=True)
        elif self.speaker is not None and not self.speaker.pinned:
            self.speaker = None
        self.previous_subject = None

    def _paragraph(self, block: Block, index: int) -> None:
        bullet = block.kind is BlockKind.LIST_ITEM or _BULLET.match(block.text) is not None
        in_list = bullet and self.lead_in_spoken
        if self.paragraph <= _OPENING_PARAGRAPHS and self.speaker is None:
            self._opening_frame(block)
        mentioned = narrated = False
        sourcings = paragraph_sourcing(self.document, block, self.config)
        for sourcing, overlapping in zip(sourcings, quotes_by_sentence(block)):
            sentence = sourcing.sentence
            quotes = [q for q in overlapping if q.start >= sentence.start]
            narrative = narrative_ranges(block.text, sentence, overlapping)
            opens = narrative[0] if narrative and not block.text[sentence.start:narrative[0][0]].strip() else None
            subject = self._subject(block.text, opens)
            for quote in quotes:
                if not quote_has_speaker(self.document, block, quote, self.config) and (
                        in_list or self._carries(block, index, quote, subject)):
                    self.carried.add((block.index, quote.start))
            self._follow(sourcing, quotes, subject)
            self.previous_subject = subject if narrative else None
            narrated = narrated or bool(narrative)
            mentioned = mentioned or any(self._mentions(block.text[s:e]) for s, e in narrative)
        speaker = self.speaker
        if speaker and not speaker.pinned and speaker.paragraph != self.paragraph and narrated and not mentioned \
                and not in_list:
            self.speaker = None  # a narrative paragraph about something else: the story moved on
        if not bullet:
            self.lead_in_spoken = block.text.rstrip().endswith(":") and (
                self.speaker is not None or any(s.has_own_source for s in sourcings))

    def _carries(self, block: Block, index: int, quote: Quote, subject: frozenset[str] | None) -> bool:
        """Whether the story gives this quote a speaker; a lead-in starts a run."""
        speaker = self.speaker
        if speaker is not None and (speaker.pinned or self.paragraph - speaker.paragraph <= MAX_RUN):
            return True
        lead = subject or self.previous_subject
        if lead and FIRST_PERSON.search(block.text, quote.inner_start, quote.inner_end):
            self.speaker = _Speaker(lead, self.paragraph)
            return True
        following = _next_prose(self.document.blocks, index)
        return following is not None and _is_cataphor(block, following)

    def _follow(self, sourcing: SentenceSourcing, quotes: list[Quote], subject: frozenset[str] | None) -> None:
        """Follow the speaker through one sentence: a new attribution or a new named subject changes it."""
        speaker = self.speaker
        identified = [a for a in sourcing.attributions if a.source_kind in _IDENTIFIED]
        if identified:
            names = self._source_names(sourcing.sentence.block.text, identified[0])
            if speaker is not None and speaker.matches(names):
                self.speaker = speaker._replace(paragraph=self.paragraph)
            elif speaker is None or not speaker.pinned or quotes:
                self.speaker = _Speaker(names, self.paragraph)  # a frame gives way only to another quoted speaker
        elif speaker is not None and not speaker.pinned:
            if any(a.source_kind in _OTHER_VOICES for a in sourcing.attributions):
                self.speaker = None
            elif subject:
                if speaker.matches(subject):
                    self.speaker = speaker._replace(paragraph=self.paragraph)
                else:
                    self.speaker = None  # another named person takes over the story
        if subject:
            self.last_subject = subject

    def _mentions(self, words: str) -> bool:
        """Whether narrative text refers to the current speaker: by a name word or "he"/"she"."""
        if self.speaker is None:
            return False
        return (any(w.lower() in self.speaker.names for w in _WORD.findall(words))
                or _PERSONAL_PRONOUNS.search(words) is not None)

    def _opening_frame(self, block: Block) -> None:
        frame = _OPENING_FRAME.search(block.text)
        names = self._names(frame["name"]) if frame else None
        if names:
            self.speaker = _Speaker(names, self.paragraph, pinned=True)

    def _source_names(self, text: str, attribution: Attribution) -> frozenset[str]:
        """The name words of an attributed source; "he" and "the Waterford man" are the current speaker,
        "the singer, Vic Hale" is Vic Hale."""
        current = self.speaker.names if self.speaker is not None else None
        if attribution.source_kind == "pronoun":
            return current or self.last_subject or frozenset()
        apposition = _APPOSITION.match(text, attribution.source_end)
        if apposition:
            return self._names(apposition["name"])
        phrase = clean_source(attribution.source)
        words = _WORD.findall(phrase)
        if not words:
            return frozenset()
        head = words[-1]
        if current and words[0].lower() == "the" and head.islower() and head not in _INSTITUTIONS:
            return current  # a description of somebody already in the story
        return self._names(phrase) or frozenset({head.lower()})

    def _names(self, phrase: str) -> frozenset[str]:
        """Lower-case name words of a phrase, without titles and possessive endings."""
        words = (_POSSESSIVE.sub("", w).lower() for w in _CAPITALISED.findall(phrase))
        return frozenset(w for w in words if w and w not in _NOT_NAMES and w not in _TITLES)

    def _subject(self, text: str, span: tuple[int, int] | None) -> frozenset[str] | None:
        """The name words of a named person opening a sentence ("Former union leader Sir Bill Morris has…")."""
        if span is None:
            return None
        start = _LEADING.match(text, span[0], span[1]).end()
        for at in (start, _after_comma(text, start, span[1])):
            if at is None:
                continue
            role = _ROLE.match(text, at, span[1])
            if role and not any(w in _NOT_NAMES for w in role.group(1).split()):
                at = role.end()
            m = _SUBJECT.match(text, at, span[1])
            if m is None or _POSSESSIVE.search(m["name"]):
                continue
            words = _CAPITALISED.findall(m["name"])
            names = self._names(m["name"])
            if words[0].lower() not in _NOT_NAMES and names and (len(words) > 1 or words[0] in self.proper):
                return names
        return None


def _after_comma(text: str, start: int, end: int) -> int | None:
    """Where a sentence goes on after a short opening phrase ("On this subject, Morris…")."""
    comma = text.find(",", start, min(end, start + 60))
    if comma == -1:
        return None
    i = comma + 1
    while i < end and text[i].isspace():
        i += 1
    return i


def quotes_by_sentence(block: Block) -> Iterator[list[Quote]]:
    """For each sentence of the block, in order, the quotes that overlap it (one walk over both lists)."""
    quotes, k = block.quotes, 0
    for sentence in block.sentences:
        while k < len(quotes) and quotes[k].end <= sentence.start:
            k += 1
        j = k
        while j < len(quotes) and quotes[j].start < sentence.end:
            j += 1
        yield quotes[k:j]


def narrative_ranges(text: str, sentence: Sentence, quotes: list[Quote]) -> list[tuple[int, int]]:
    """The parts of a sentence outside ``quotes`` (those overlapping it, in order) that hold words."""
    parts, at = [], sentence.start
    for q in quotes:
        if q.start > at:
            parts.append((at, q.start))
        at = max(at, q.end)
    if at < sentence.end:
        parts.append((at, sentence.end))
    return [(s, e) for s, e in parts if any(c.isalnum() for c in text[s:e])]


def _is_cataphor(block: Block, following: Block) -> bool:
    """A paragraph of quotation only, then "These are the questions Jimmy Connors will be asking…"."""
    gaps = zip([0, *(q.end for q in block.quotes)], [*(q.start for q in block.quotes), len(block.text)])
    if not block.quotes or not following.sentences or any(c.isalnum() for s, e in gaps for c in block.text[s:e]):
        return False
    first = following.sentences[0]
    if _CATAPHOR.match(following.text, first.start):
        return _TWO_NAME_WORDS.search(following.text, first.start + 1, first.end) is not None
    return _OPENING_FRAME.search(following.text, first.start, first.end) is not None


def _next_prose(blocks: list[Block], i: int) -> Block | None:
    for block in (blocks[j] for j in range(i + 1, len(blocks))):
        if block.kind is BlockKind.HEADING:
            return None
        if block.is_prose:
            return block
    return None


def _proper_words(document: Document) -> frozenset[str]:
    """Capitalised words the document uses inside sentences: names, unlike sentence openers ("Police", "Many")."""
    found = set()
    for block in document.prose_blocks():
        text = block.text
        for m in _CAPITALISED.finditer(text):
            j = m.start() - 1
            while j >= 0 and text[j] in " \t":
                j -= 1
            if j >= 0 and text[j] not in "\n.!?:\"“”‘'(-–—•*":
                found.add(_POSSESSIVE.sub("", m.group()))
    return frozenset(found)
