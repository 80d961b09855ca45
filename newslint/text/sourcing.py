"""Who is speaking: attribution carried over between sentences, and the speakers of quotes.

AP asks for attribution in the same sentence as a disputable fact, or "perfectly
clear from the context". :func:`paragraph_sourcing` implements the bounded
carry-over: a sentence without a source of its own continues the source of the
sentence before it, in the same paragraph, only when it opens with a
continuation ("He…", "They…", "Also…") and the chain is at most
``MAX_CARRY`` sentences long. A new subject, a new paragraph or a plain
writer's statement ends it.

:func:`quote_has_speaker` decides whether a direct quotation has a speaker: an
attribution in its paragraph (before or after it, as Reuters puts the speaker
after the first quoted sentence), in the paragraph before, a "Name: “…”"
colon introduction or a "- Club boss Name “…”" speaker label, the attributed
opening of a quote continued across paragraphs, or the quote just before it
when nothing but a space separates them ("…crucial. “We started well…").
Speakers carried further through a story are in :mod:`newslint.text.speakers`.
"""
from __future__ import annotations

from typing import NamedTuple

from newslint.model import Block, BlockKind, Document, Quote, Sentence
from newslint.text.attribution import Attribution, block_attributions, subtract
from newslint.text.lazy_regex import lazy_compile

MAX_CARRY = 2
#: After "This" or "That", words that make the sentence the writer's own: a time ("This year…") or a forecast
#: ("This is bound to please…"); after "That" also a subject, which makes it a conjunction ("That they recovered…").
_NOT_POINTING_BACK = (r"year|week|month|morning|afternoon|evening|night|day|weekend|season|summer|winter|spring|"
                      r"autumn|time|years|weeks|months|days|is\s+(?:expected|likely|thought|believed|bound|set|sure|"
                      r"certain)")
_SUBJECTS = r"he|she|they|it|we|I|you|the|a|an|his|her|their|its|this|these|such"
#: How a sentence that goes on with the previous sentence's source opens: a pronoun, an additive ("Also",
#: "Moreover"), a demonstrative that points back ("That was 26% more…", "These figures…") or the figure just
#: reported ("The figure was…", "The rise came…").
CONTINUATION = lazy_compile(
    r"[\s“\"‘']*(?:He|She|They|His|Her|Their|Also|In\s+addition|Moreover|Furthermore|"
    r"It(?!\s+(?:is|was|has\s+been|had\s+been|will|would|remains|seems|appears)\b)|"
    rf"That(?!\s+(?:{_NOT_POINTING_BACK}|{_SUBJECTS})\b)|(?:This|These|Those)(?!\s+(?:{_NOT_POINTING_BACK})\b)|"
    r"The\s+(?:figures?|numbers?|totals?|rise|fall|increase|decrease|drop|jump|growth|decline)(?=\s+(?:is|are|was|"
    r"were|has|have|had|would|will|could|compares?|represents?|means?|follows?|comes?|came|brings?|took|takes)\b))\b")
_COLON_INTRO = lazy_compile(r"\b[A-Z][\w’'-]+(?:[^.!?:]|\.(?=\S))*:\s*$")  # "Gavin Cox of example.org put it:"
#: A bulleted line that opens with its speaker's name and goes straight into the quote: "- Bolton boss Sam Allardyce “…"
_SPEAKER_LABEL = lazy_compile(r"(?m)^[ \t]*[-–•*][ \t]+[A-Z][^\n.!?:\"“”]{0,80}?\b[A-Z][\w’'-]+[ \t]*$")
_INTRO_REACH = 120


class SentenceSourcing(NamedTuple):
    """A sentence with its own attributions and, if it has none, the sentence it continues."""

    sentence: Sentence
    attributions: tuple[Attribution, ...]
    carried_from: Sentence | None = None
    depth: int = 0
    has_own_source: bool = False
    #: Attributed in the sentence itself or carried over from the one before.
    sourced: bool = False


def paragraph_sourcing(document: Document, block: Block, config=None) -> list[SentenceSourcing]:
    """The sourcing of each sentence of a block, computed once per document."""
    cache = document.meta.setdefault("newslint.sourcing", {})
    found = cache.get(block.index)
    if found is None:
        found = cache[block.index] = _sourcing(document, block, config)
    return found


def _sourcing(document: Document, block: Block, config) -> list[SentenceSourcing]:
    out: list[SentenceSourcing] = []
    text = block.text
    for sentence, found in zip(block.sentences, block_attributions(document, block, config)):
        atts = tuple(found)
        # attributed to the end of the sentence: not just a "who said" clause
        own = bool(atts) and any(a.has_source and a.content_end >= sentence.end for a in atts)
        prev = out[-1] if out else None
        if (not own and prev is not None and prev.depth < MAX_CARRY and CONTINUATION.match(text, sentence.start)
                and (prev.sourced or _quoted_only(prev.sentence))):
            out.append(SentenceSourcing(sentence, atts, prev.sentence, prev.depth + 1, False, True))
        else:
            out.append(SentenceSourcing(sentence, atts, has_own_source=own, sourced=own))
    return out


def _quoted_only(sentence: Sentence) -> bool:
    """Whether a sentence is all quotation ("“We will rebuild.”"): the next "He…" goes on with its speaker."""
    quotes = sentence.quotes()
    if not quotes:
        return False
    text = sentence.block.text
    rest = subtract((sentence.start, sentence.end), [(q.start, q.end) for q in quotes])
    return not any(c.isalnum() for r0, r1 in rest for c in text[r0:r1])


def block_has_speaker(document: Document, block: Block, config=None) -> bool:
    """Whether any sentence of the block is attributed to a source (computed once per block)."""
    cache = document.meta.setdefault("newslint.block-speakers", {})
    found = cache.get(block.index)
    if found is None:
        found = cache[block.index] = any(s.has_own_source for s in paragraph_sourcing(document, block, config))
    return found


def quote_has_speaker(document: Document, block: Block, quote: Quote, config=None) -> bool:
    """Whether a direct quotation in ``block`` has a speaker nearby (see the module docstring)."""
    if block_has_speaker(document, block, config):
        return True
    quote = quote_run_head(document, block, quote)
    reach = max(0, quote.start - _INTRO_REACH)
    if _COLON_INTRO.search(block.text, reach, quote.start) or _SPEAKER_LABEL.search(block.text, reach, quote.start):
        return True
    previous = previous_prose_block(document, block)
    if previous is None:
        return False
    if block_has_speaker(document, previous, config):
        return True
    if quote.continued and previous.quotes and previous.quotes[-1].unclosed:
        return quote_has_speaker(document, previous, previous.quotes[-1], config)
    return False


def quote_run_head(document: Document, block: Block, quote: Quote) -> Quote:
    """The first quote of the run ``quote`` belongs to: quotes of one block separated only by spaces
    (“…crucial. “We started well…”) are one speaker's."""
    heads = document.meta.setdefault("newslint.quote-run-heads", {})
    found = heads.get(block.index)
    if found is None:
        found = heads[block.index] = {}
        head = None
        for before, q in zip([None, *block.quotes], block.quotes):
            if before is None or block.text[before.end:q.start].strip():
                head = q
            found[q.start] = head
    return found.get(quote.start, quote)


def previous_prose_block(document: Document, block: Block) -> Block | None:
    """The prose block just before ``block``, skipping comments and boilerplate, not crossing a heading."""
    for i in range(block.index - 1, -1, -1):
        other = document.blocks[i]
        if other.is_prose:
            return other
        if other.kind is BlockKind.HEADING:
            return None
    return None
