"""Legal "alleged"/"allegedly": tell the required use from the hedge.

AP style requires "alleged" for an unproven crime ("the alleged fraud") and for
what a charged suspect is said to have done ("he allegedly stole"). It is a
hedge to flag when it labels a person ("alleged killer John Smith"), casts
doubt on a victim ("alleged victim"), doubles an accusation ("accused of
allegedly"), or qualifies something that is no crime, with no charge, court or
police in the paragraph and no court case in the story ("an alleged error").
"""
from __future__ import annotations

import re
from typing import Mapping, Sequence

from newslint.model import Block, Document
from newslint.text.lazy_regex import lazy_compile
from newslint.text.lexicon import Lexicon

from .context import BE_FORMS, Candidate, Span

#: Why an "alleged" is flagged; the rule turns the reason into a message.
LABEL, VICTIM, REDUNDANT, ROUTINE = "label", "victim", "redundant", "routine"
_NOT_ATTRIBUTIVE = frozenset({"that", "to", "by", "in", "on", "against", "with", "of", "and", "or"})
_ACCUSED_OF = lazy_compile(r"\baccused\s+(?:\w+\s+){0,2}of\s+$", re.IGNORECASE)
_PHRASE_STOP = lazy_compile(r"[,;:.!?()—–\"“”]|\b(?:who|which|that|when|while|because|but|and|after|before)\b",
                            re.IGNORECASE)


class LegalRules:
    """Judge "alleged"/"allegedly" against the offence, label and anchor word lists."""

    def __init__(self, lists: Mapping[str, Sequence[str]]):
        self.offences = Lexicon(lists["legal-offences"])
        self.labels = Lexicon(lists["legal-labels"])
        self.anchors = Lexicon(lists["legal-anchors"])
        self.court = Lexicon(lists["court-anchors"])

    def judge(self, c: Candidate, block: Block, document: Document) -> tuple[Span, str] | None:
        """The span and reason when the use is a hedge, None when it is legal (or not attributive)."""
        if c.entry == "allegedly":
            if _ACCUSED_OF.search(c.text, max(c.s0, c.start - 40), c.start):
                return (c.start, c.end), REDUNDANT
            return self._qualifier(c, block, document, self._phrase_end(c, 4))
        before, after = c.before(1), c.after(1)
        if (before and before[0] in BE_FORMS | {"has", "have", "had"}) or not after \
                or not after[0].group()[0].isalpha() or after[0].group().casefold() in _NOT_ATTRIBUTIVE:
            return None  # "it is alleged that", "prosecutors alleged": the attribution family's business
        end = self._phrase_end(c, 5)
        label = self.labels.search(c.text, c.end, end)
        if label is not None:
            if label.entry.casefold() in ("victim", "victims"):
                return (c.start, label.end), VICTIM
            name = c.after(1, label.end)
            if name and name[0].group()[0].isupper():
                return (c.start, label.end), LABEL
            return None  # "the alleged attacker": the crime is named by the label
        return self._qualifier(c, block, document, end)

    def _qualifier(self, c: Candidate, block: Block, document: Document, end: int) -> tuple[Span, str] | None:
        if self.offences.search(c.text, c.end, end) is not None or self.anchors.search(block.text) is not None:
            return None  # "the alleged fraud", "allegedly stole"; a charge, court or police in the paragraph
        if any(self.court.search(b.text) is not None for b in document.prose_blocks()):
            return None  # a court case anywhere in the story: the suspect is charged
        return (c.start, c.end), ROUTINE

    @staticmethod
    def _phrase_end(c: Candidate, words: int) -> int:
        """End of the next ``words`` words after the match, stopping at punctuation or a new clause."""
        end = c.end
        for tok in c.after(words):
            if _PHRASE_STOP.fullmatch(tok.group()):
                break
            end = tok.end()
        return end
