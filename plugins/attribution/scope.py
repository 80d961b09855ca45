"""Which text the attribution rules read, and the weak attributions they share.

Headlines, bylines and blockquoted embeds are not checked; the dateline
("HARTWELL — ") at the start of the first paragraph is skipped.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator

from newslint.model import Block, BlockKind, Document
from newslint.text.attribution import writer_voice
from newslint.text.lexicon import Lexicon
from newslint.text.sources import DATELINE, clean_source
from newslint.text.sourcing import SentenceSourcing, paragraph_sourcing

SKIPPED_ROLES = frozenset({"headline", "byline"})
#: First- and second-person words outside quotes: a column, Q&A or reader's comment speaks for its named author.
_PERSONAL = re.compile(r"\b(?:I|I'm|I've|we|We|we're|We're|my|My|our|Our|us|you|You|your|Your|you'll|You'll)\b")
#: Passive reporting verbs that hide the speaker: "it is believed", "is said to", "is widely seen as".
HEARSAY_PASSIVES = frozenset("""said believed thought understood claimed alleged reported rumoured rumored
suggested described seen regarded considered viewed feared""".split())


def checked_blocks(document: Document) -> Iterator[Block]:
    """Body prose the attribution rules check."""
    for block in document.prose_blocks():
        if block.kind is not BlockKind.BLOCKQUOTE and block.role not in SKIPPED_ROLES:
            yield block


def checked_sentences(document: Document, config) -> Iterator[tuple[Block, SentenceSourcing]]:
    """Every checked sentence with its sourcing (own attributions, carry-over)."""
    for block in checked_blocks(document):
        for sourcing in paragraph_sourcing(document, block, config):
            yield block, sourcing


def voice_ranges(document: Document, block: Block, sourcing: SentenceSourcing, config) -> list[tuple[int, int]]:
    """The writer's-voice ranges of a sentence, without a leading dateline; none in a first-person sentence."""
    ranges = writer_voice(document, sourcing.sentence, config)
    if any(_PERSONAL.search(block.text, s, e) for s, e in ranges):
        return []
    if sourcing.sentence.index == 0 and ranges:
        m = DATELINE.match(block.text, sourcing.sentence.start)
        if m:
            ranges = [(max(s, m.end()), e) for s, e in ranges if e > m.end()]
    return ranges


@dataclass(frozen=True, slots=True)
class WeakSource:
    """A vague attribution in a sentence: ``[start, end)`` and what it says."""

    start: int
    end: int
    text: str


class VagueSources:
    """Finds vague attributions: vague subjects ("critics say"), hearsay passives, weasel phrases."""

    def __init__(self, phrases):
        self.phrases = Lexicon(phrases)

    def find(self, block: Block, sourcing: SentenceSourcing) -> list[WeakSource]:
        sentence = sourcing.sentence
        found: list[WeakSource] = []
        for a in sourcing.attributions:
            if a.source_kind == "vague":
                start, end = min(a.source_start, a.cue_start), max(a.source_end, a.cue_end)
                found.append(WeakSource(start, end, f"{clean_source(a.source)} {a.cue}"))
            elif a.source_kind == "agentless" and a.cue.lower() in HEARSAY_PASSIVES:
                found.append(WeakSource(a.cue_start, a.cue_end, _passive_phrase(block.text, a.cue_start, a.cue_end)))
        for m in self.phrases.finditer(block.text, sentence.start, sentence.end):
            if not block.in_quote(m.start) and not any(w.start <= m.start < w.end or m.start <= w.start < m.end
                                                       for w in found):
                found.append(WeakSource(m.start, m.end, m.text))
        found.sort(key=lambda w: w.start)
        return found


def _passive_phrase(text: str, c0: int, c1: int) -> str:
    """ "is believed" from the cue and the auxiliary before it."""
    before = text[max(0, c0 - 20):c0].split()
    aux = [w for w in before[-3:] if w.lower() in ("is", "are", "was", "were", "has", "have", "been", "be", "widely",
                                                    "it")]
    return " ".join(aux + [text[c0:c1]])
