"""Which text the attribution rules read, and the weak attributions they share.

Headlines, bylines and blockquoted embeds are not checked; the dateline
("HARTWELL — ") at the start of the first paragraph is skipped.
"""
from __future__ import annotations

import re
from typing import Iterator, NamedTuple

from newslint.model import Block, BlockKind, Document
from newslint.text.attribution import subtract, writer_voice
from newslint.text.lazy_regex import lazy_compile
from newslint.text.lexicon import Lexicon, LexiconMatch
from newslint.text.person import NARRATIVE_FIRST_PERSON_FORMS, SECOND_PERSON_FORMS, whole_words
from newslint.text.sentences import asserts, capitalised_mid_sentence
from newslint.text.sources import DATELINE, clean_source, source_end
from newslint.text.sourcing import SentenceSourcing, paragraph_sourcing

_CACHE = "newslint.attribution.checked"
SKIPPED_ROLES = frozenset({"headline", "byline"})
#: First- and second-person words outside quotes: a column, Q&A or reader's comment speaks for its named author.
#: Read only where a claim asks, not through the lexicon: "I", "we" and "us" begin so many words that they were half
#: the hits of the shared lexicon scan of every paragraph.
_PERSONAL = whole_words(NARRATIVE_FIRST_PERSON_FORMS | SECOND_PERSON_FORMS)
#: Passive reporting verbs that hide the speaker: "it is believed", "is said to", "is widely seen as".
HEARSAY_PASSIVES = frozenset("""said believed thought understood claimed alleged reported rumoured rumored
suggested described seen regarded considered viewed feared""".split())


#: A hearsay passive hides a speaker only with a complement: "is said to", "is understood that", "is seen as";
#: "once the proteins are understood fully" or "won't be described" report nothing.
_HEARSAY_FRAME = lazy_compile(r"\s+(?:to|that|as)\b|\s*,")
_IT_BEFORE = lazy_compile(r"\b[Ii]t\s+(?:is|was|has\s+been|had\s+been)\s+(?:\w+ly\s+)?$")
#: "could be said to be", "may be seen as": the writer's own hedged view, not hearsay (the hedging family reads it).
_POSSIBLY_BE = lazy_compile(r"\b(?:can|could|may|might)\s+(?:\w+ly\s+)?be\s+$", re.IGNORECASE)
#: A listed phrase that ends on an adverb runs on to the participle it modifies: "it is widely expected".
_PARTICIPLE_AFTER = lazy_compile(r"\s+[a-z]+(?:ed|en|wn|ght)\b")
_IDENTIFIED = frozenset({"named", "role", "document"})
_SPECIFIC_DETERMINERS = frozenset("the this these those his her its their our".split())


def checked_blocks(document: Document) -> Iterator[Block]:
    """Body prose the attribution rules check."""
    for block in document.prose_blocks():
        if block.kind is not BlockKind.BLOCKQUOTE and block.role not in SKIPPED_ROLES:
            yield block


class CheckedSentence:
    """A checked sentence with its sourcing and vague sources; whether it asserts anything and its writer's-voice
    ranges on demand."""

    __slots__ = ("document", "block", "sourcing", "weak", "_config", "_voice", "_asserts")

    def __init__(self, document: Document, block: Block, sourcing: SentenceSourcing, weak: list[WeakSource],
                 config):
        self.document, self.block, self.sourcing, self.weak = document, block, sourcing, weak
        self._config = config
        self._voice: list[tuple[int, int]] | None = None
        self._asserts: bool | None = None

    @property
    def asserts(self) -> bool:
        """Whether the sentence asserts anything: a question or an exclamation does not, nor does a condition."""
        if self._asserts is None:
            sentence, text = self.sourcing.sentence, self.block.text
            self._asserts = asserts(text, sentence.start, sentence.end)
        return self._asserts

    @property
    def voice(self) -> list[tuple[int, int]]:
        """The writer's-voice ranges, without a leading dateline; none in a first-person sentence."""
        if self._voice is None:
            self._voice = _voice_ranges(self.document, self.block, self.sourcing, self._config)
        return self._voice


def checked_sentences(document: Document, config, vague: "VagueSources") -> list[CheckedSentence]:
    """Every checked sentence of the document, computed once and shared by the rules of the family."""
    cached = document.meta.get(_CACHE)
    if cached is None or cached[0] is not vague:
        found = [CheckedSentence(document, block, sourcing, weak, config) for block in checked_blocks(document)
                 for sourcing, weak in vague.find_block(block, paragraph_sourcing(document, block, config))]
        cached = document.meta[_CACHE] = (vague, found)
    return cached[1]


def _voice_ranges(document: Document, block: Block, sourcing: SentenceSourcing, config) -> list[tuple[int, int]]:
    # the description of a source is not a claim: "The poll of 20,000 people found …"
    sources = [(a.source_start, a.source_end) for a in sourcing.attributions if a.has_source]
    ranges = [r for s, e in writer_voice(document, sourcing.sentence, config) for r in subtract((s, e), sources)]
    if any(_PERSONAL.search(block.text, s, e) for s, e in ranges):
        return []
    if sourcing.sentence.index == 0 and ranges:
        m = DATELINE.match(block.text, sourcing.sentence.start)
        if m:
            ranges = [(max(s, m.end()), e) for s, e in ranges if e > m.end()]
    return ranges


class WeakSource(NamedTuple):
    """A vague attribution in a sentence: ``[start, end)`` and what it says."""

    start: int
    end: int
    text: str


class VagueSources:
    """Finds vague attributions: vague subjects ("critics say"), hearsay passives, weasel phrases.

    Build with :func:`vague_sources`, so that the rules of one configuration share one instance (and its cache).
    """

    def __init__(self, phrases: tuple[str, ...]):
        self.words = phrases
        self.phrases = Lexicon(phrases)

    def find_block(self, block: Block, sourcings: list[SentenceSourcing]
                   ) -> Iterator[tuple[SentenceSourcing, list[WeakSource]]]:
        """Each sentence's sourcing with its vague attributions (one phrase scan of the block)."""
        text = block.text
        phrases = [_listed(text, m) for m in self.phrases.finditer(text)
                   if not block.in_quote(m.start) and not _specific(text, m.start)]
        for sourcing in sourcings:
            sentence = sourcing.sentence
            weak = [w for w in phrases if sentence.start <= w.start and w.end <= sentence.end] if phrases else []
            if weak or any(a.source_kind in ("vague", "agentless") for a in sourcing.attributions):
                weak = self._add_sources(block, sourcing, weak)
                # a weasel frame inside what a named source said is theirs: "It is thought …, a Reuters report said"
                named = [a for a in sourcing.attributions if a.source_kind in _IDENTIFIED]
                weak = [w for w in weak if not any(a.content_start <= w.start < a.content_end
                                                   and not a.source_start <= w.start < a.source_end for a in named)]
            yield sourcing, weak

    def _add_sources(self, block: Block, sourcing: SentenceSourcing, found: list[WeakSource]) -> list[WeakSource]:
        """``found`` (listed phrases) with the vague subjects and hearsay passives of the sentence's attributions."""
        for a in sourcing.attributions:
            if a.source_kind == "vague":
                source, cue = clean_source(a.source), block.text[a.cue_start:a.cue_end]
                end = max(source_end(block.text, a.source_start, a.source_end), a.cue_end)
                weak = WeakSource(min(a.source_start, a.cue_start), end,
                                  _vague_phrase(source, cue, a.position))
            elif (a.source_kind == "agentless" and a.cue.lower() in HEARSAY_PASSIVES
                  and (_HEARSAY_FRAME.match(block.text, a.cue_end)
                       or _IT_BEFORE.search(block.text, max(0, a.cue_start - 30), a.cue_start))
                  and not _POSSIBLY_BE.search(block.text, max(0, a.cue_start - 30), a.cue_start)):
                weak = WeakSource(a.cue_start, a.cue_end, _passive_phrase(block.text, a.cue_start, a.cue_end))
            else:
                continue
            if not any(w.start < weak.end and weak.start < w.end for w in found):  # a listed phrase says it better
                found.append(weak)
        found.sort(key=lambda w: w.start)
        return found


def _vague_phrase(source: str, cue: str, position: str) -> str:
    """A vague source and its cue in the order the text has them: "critics say", "according to analysts",
    "criticised by campaigners"."""
    if position == "according":
        return f"{cue} {source}"
    if position == "passive":
        return f"{cue} by {source}"
    return f"{source} {cue}"


def _listed(text: str, m: LexiconMatch) -> WeakSource:
    """A listed vague phrase, run on to the participle after it when it ends on an adverb."""
    end = m.end
    if m.text.endswith("ly"):
        participle = _PARTICIPLE_AFTER.match(text, end)
        end = participle.end() if participle else end
    return WeakSource(m.start, end, text[m.start:end])


def _specific(text: str, i: int) -> bool:
    """Whether the word before ``i`` makes a weasel phrase specific: a name ("Continental Research shows") or a
    definite or possessive determiner ("the research shows", "their studies show")."""
    head = text[max(0, i - 40):i]
    before = head.split()
    if not before or not text[i - 1:i].isspace():
        return False
    word = before[-1]
    word_start = max(0, i - 40) + len(head.rstrip()) - len(word)
    return word.lower() in _SPECIFIC_DETERMINERS or capitalised_mid_sentence(text, word_start)


def _passive_phrase(text: str, c0: int, c1: int) -> str:
    """ "is believed" from the cue and the auxiliary before it."""
    before = text[max(0, c0 - 20):c0].split()
    aux = [w for w in before[-3:] if w.lower() in ("is", "are", "was", "were", "has", "have", "been", "be", "widely",
                                                    "it")]
    return " ".join(aux + [text[c0:c1]])


_VAGUE: dict[int, VagueSources] = {}


def vague_sources(phrases: tuple[str, ...]) -> VagueSources:
    """The shared :class:`VagueSources` of a word list (a configuration keeps its lists: identity is the key)."""
    found = _VAGUE.get(id(phrases))
    if found is None or found.words is not phrases:
        found = _VAGUE[id(phrases)] = VagueSources(phrases)
    return found
