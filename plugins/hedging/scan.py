"""Find the hedges of a document in the writer's own voice, once per document.

One compiled lexicon holds every hedge list, so a block is scanned once
whatever the list sizes. Each match is then checked, cheapest test first: not
inside a quotation or a fixed non-hedge phrase, a hedge in its context
(:mod:`.context`, :mod:`.legal`), not after a stance cue ("critics believe it
could…"), and in the writer's voice (not attributed:
:func:`newslint.text.attribution.writer_voice`). The result is cached in
``document.meta`` and shared by every NL4xx rule.
"""
from __future__ import annotations

import bisect
from typing import Mapping, NamedTuple, Sequence

from newslint.model import Block, BlockKind, Document, Sentence
from newslint.text.attribution import attributions, finder_for
from newslint.text.lazy_regex import lazy_compile
from newslint.text.lexicon import Lexicon
from newslint.text.person import NARRATIVE_FIRST_PERSON
from newslint.text.sentences import asserts

from .context import Candidate, ContextRules
from .legal import LegalRules
from .lexicons import WORD_LISTS

#: Word list → hedge kind, in priority order (an entry in two lists keeps the first kind).
LIST_KINDS = (
    ("hedge-allegations", "alleged"), ("hedge-verbs", "verb"), ("hedge-modals", "modal"),
    ("hedge-adverbs", "adverb"), ("hedge-adjectives", "adjective"), ("hedge-weak", "weak"),
)
#: Kinds reported on their own (weak hedges count only in stacks).
STRONG = frozenset({"alleged", "verb", "modal", "adverb", "adjective"})
#: At most this many words between two hedges of a stack ("could possibly", "may well potentially").
STACK_GAP = 3
#: Characters around a match searched for a fixed phrase that contains it ("as soon as possible").
EXCEPTION_REACH = 40
_WORD = lazy_compile(r"\w+")
#: A source named after the hedge in its sentence: at the end ("…, the trial was told by a witness",
#: "…, as the report predicts", "…, the panel recognised"), before a closing subordinate clause ("…, analysts
#: say, especially as…"), or as "with X saying" ("…, with analysts saying that…", "with many expecting…").
_TRAILING_SOURCE = lazy_compile(
    r"[,—–]\s*(?:as\s+)?[^,;:]{0,80}?\b(?:said|says|say|told|tells|reported|reports|recogni[sz]ed|warned|warns|"
    r"predicts|predicted|added|adds|admitted|conceded|argued|argues|insisted|believes|believe|according\s+to)\b"
    r"[^,;:]{0,80}"
    r"(?:[.!?\"”’']*\s*$|,\s*(?:although|though|especially|while|whereas|but)\b)|"
    r"[,—–]\s*with\s+[^,;:]{0,40}?\b(?:saying|expecting|predicting|warning|arguing|claiming|believing)\b")
_CACHE_KEY = "newslint_plugins.hedging"


class Hedge(NamedTuple):
    """A hedge in the writer's voice, in block-text coordinates.

    ``[start, end)`` is the hedge itself (reported); ``phrase_end`` may run on to
    the verb it qualifies ("may have been"), for the message. ``reason``
    explains an "alleged".
    """

    kind: str
    block: Block
    sentence: Sentence
    start: int
    end: int
    entry: str
    phrase_end: int
    reason: str = ""

    @property
    def text(self) -> str:
        """The hedge as written, with the verb it qualifies."""
        return " ".join(self.block.text[self.start:max(self.end, self.phrase_end)].split())


class Scan(NamedTuple):
    """The hedges of one document in the writer's voice, and their stacks."""

    hedges: list[Hedge]  # strong hedges, in document order
    stacks: list[tuple[Hedge, ...]]

    def stacked(self, hedge: Hedge) -> bool:
        return any(hedge in s for s in self.stacks)


class Scanner:
    """Compiled hedge lexicons and context rules for one set of word lists."""

    def __init__(self, lists: Mapping[str, Sequence[str]]):
        self.kinds: dict[str, str] = {}
        for name, kind in LIST_KINDS:
            for phrase in lists[name]:
                self.kinds.setdefault(" ".join(phrase.casefold().split()), kind)
        # Case-insensitive, like the attribution lexicons: one scan of a paragraph serves both families.
        self.hedge_words = Lexicon(list(self.kinds))
        self.approximator_words = Lexicon([p.casefold() for p in lists["hedge-approximators"]])
        self.exceptions = Lexicon(lists["hedge-exceptions"])
        self.stance = Lexicon(lists["stance-cues"])
        self.context = ContextRules(lists)
        self.legal = LegalRules(lists)

    def scan(self, document: Document, config) -> Scan:
        """The document's hedges and stacks (computed once per document and scanner)."""
        cached = document.meta.get(_CACHE_KEY)
        if cached is not None and cached[0] is self:
            return cached[1]
        found = self._find(document, config, self.hedge_words, self.kinds.__getitem__)
        result = Scan([h for h in found if h.kind != "weak"], _stacks(found))
        document.meta[_CACHE_KEY] = (self, result)
        return result

    def approximators(self, document: Document, config) -> list[Hedge]:
        """Approximators before figures, in the writer's voice (only NL407 asks, so not cached)."""
        return self._find(document, config, self.approximator_words, lambda entry: "approximator")

    def _find(self, document: Document, config, words: Lexicon, kind_of) -> list[Hedge]:
        found: list[Hedge] = []
        for block in document.prose_blocks():
            if block.role != "body" or block.kind is BlockKind.BLOCKQUOTE:
                continue
            text = block.text
            starts = [s.start for s in block.sentences]
            first_person = None
            for m in words.finditer(text):
                if block.in_quote(m.start) or self._fixed_phrase(text, m.start, m.end):
                    continue
                if first_person is None:
                    first_person = _first_person(block)
                sentence = block.sentences[max(0, bisect.bisect_right(starts, m.start) - 1)]
                if first_person or not asserts(text, sentence.start, sentence.end):
                    continue  # "I" or "we" is someone's own words; a question or a condition asserts nothing
                entry = " ".join(m.entry.split())
                c = Candidate(text, m.start, m.end, entry, sentence.start, sentence.end)
                hedge = self._judge(kind_of(entry), c, document, block, sentence)
                if hedge is None or self.stance.search(text, sentence.start, hedge.start) is not None \
                        or _TRAILING_SOURCE.search(text, hedge.end, sentence.end):
                    continue  # not a hedge, or someone's: "critics believe it could…", "…, as the report predicts"
                if _in_voice(document, sentence, hedge, config):
                    found.append(hedge)
        return found

    def _fixed_phrase(self, text: str, start: int, end: int) -> bool:
        """Whether the match lies inside a fixed non-hedge phrase ("as soon as possible")."""
        reach = EXCEPTION_REACH
        return any(e.start <= start and end <= e.end
                   for e in self.exceptions.finditer(text, max(0, start - reach), min(len(text), end + reach)))

    def _judge(self, kind: str, c: Candidate, document: Document, block: Block, sentence: Sentence) -> Hedge | None:
        reason = ""
        if kind == "modal":
            span = self.context.modal(c)
        elif kind == "verb":
            verdict = self.context.verb(c)
            kind, span = verdict if verdict else (kind, None)
        elif kind == "adjective":
            span = self.context.adjective(c)
        elif kind == "approximator":
            span = self.context.approximator(c)
        elif kind == "alleged":
            verdict = self.legal.judge(c, block, document)
            span, reason = verdict if verdict else (None, "")
        elif kind == "weak" and not c.entry.endswith("ly") and c.before(1) != ["to"]:
            span = None  # "suggest" and "indicate" stack only after a hedging verb: "appears to suggest"
        else:  # adverbs need no context beyond the exceptions
            span = (c.start, c.end)
        if span is None:
            return None
        end = span[1] if kind in ("alleged", "approximator") else c.end  # else report the hedge word alone
        return Hedge(kind, block, sentence, span[0], end, c.entry, span[1], reason)


def _first_person(block: Block) -> bool:
    """Whether the paragraph speaks in the first person outside quotation marks ("I", "we", "our"): an
    unmarked quote, a letter or a reader's comment, not the reporter's news voice."""
    return any(not block.in_quote(m.start()) for m in NARRATIVE_FIRST_PERSON.finditer(block.text))


def _in_voice(document: Document, sentence: Sentence, hedge: Hedge, config) -> bool:
    """Whether the hedge is outside quotations and attributed content.

    An attribution whose cue *is* the hedge ("the timing suggests that") does
    not count: the hedge cannot be its own source.
    """
    atts = attributions(document, sentence, config)
    own = [a for a in atts if a.cue_start < hedge.end and hedge.start < a.cue_end]
    if own:
        atts = [a for a in atts if a not in own]
    voice = finder_for(config).writer_voice(sentence, atts)
    return any(a <= hedge.start < b for a, b in voice)


def _stacks(hedges: list[Hedge]) -> list[tuple[Hedge, ...]]:
    """Runs of hedges in one sentence at most STACK_GAP words apart, with at least one strong hedge."""
    stacks: list[tuple[Hedge, ...]] = []
    run: list[Hedge] = []
    for h in hedges:
        if run and run[-1].sentence is h.sentence and h.start >= run[-1].end and \
                len(_WORD.findall(h.block.text, run[-1].end, h.start)) <= STACK_GAP:
            run.append(h)
            continue
        if len(run) > 1 and any(x.kind in STRONG for x in run):
            stacks.append(tuple(run))
        run = [h]
    if len(run) > 1 and any(x.kind in STRONG for x in run):
        stacks.append(tuple(run))
    return stacks


_SCANNERS: dict[tuple, Scanner] = {}


def scanner_for(config) -> Scanner:
    """The scanner for a configuration's word lists (built once per distinct set of lists)."""
    lists = {name: _word_list(config, name) for name in WORD_LISTS}
    key = tuple(lists.values())
    scanner = _SCANNERS.get(key)
    if scanner is None:
        scanner = _SCANNERS[key] = Scanner(lists)
    return scanner


def _word_list(config, name: str) -> tuple[str, ...]:
    try:
        return config.word_list(name)
    except (KeyError, AttributeError):
        return WORD_LISTS[name]
