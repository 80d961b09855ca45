"""NL306 quote-without-speaker."""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from newslint.model import Block, Document, Quote, Severity
from newslint.rules import Rule, RuleContext
from newslint.text.lazy_regex import lazy_compile
from newslint.text.person import FIRST_PERSON
from newslint.text.quotes import quote_words
from newslint.text.sourcing import block_has_speaker
from newslint.text.speakers import narrative_ranges, quote_is_spoken, quotes_by_sentence

from newslint_plugins.attribution.scope import checked_blocks

_INSIDE_SENTENCE = lazy_compile(r"[\w,]\s+$")
_PARTICIPLE_INTRO = lazy_compile(r"\b(?:saying|adding|declaring|claiming|arguing|insisting|warning|stating|writing|"
                                 r"describing\s+\w+\s+as|calling\s+\w+|quoted\s+as\s+\w+ing(?:\s+(?:a|an|the))?)"
                                 r"\s*:?\s*$")
#: A characterisation in the passive with its author after the quote: "was called “…” by the sentencing judge".
_PASSIVE_NAMING = lazy_compile(r"\b(?:called|branded|dubbed|labelled|labeled|termed|(?:described|hailed|condemned|"
                               r"praised|criticised|criticized)\s+as)\s*$")
_BY_AGENT = lazy_compile(r"[\s,]*by\s+(?:the\s+|a\s+|an\s+|his\s+|her\s+|their\s+)?\w")
#: The words of a poster, sign or slogan: "a poster trumpeting “…”", "“…” is this year's official talking point".
_WRITTEN_BEFORE = lazy_compile(r"\b(?:posters?|banners?|slogans?|signs?|placards?|billboards?|messages?|mottos?|"
                               r"captions?|inscriptions?|headlines?|straplines?|taglines?|written|reads?|reading|"
                               r"emblazoned|printed|trumpeting)\b[^.!?]{0,30}$")
_WRITTEN_AFTER = lazy_compile(r"[\s,]*(?:is|was|are|were)\s+(?:[\w'’]+\s+){0,4}?(?:slogan|motto|theme|talking\s+point|"
                              r"catchphrase|message|title|tagline|strapline)s?\b")
_TITLE_WORD = lazy_compile(r"[A-Z0-9]|(?:a|an|the|of|and|in|on|at|to|for|or|with|from|by)$")


@dataclass(frozen=True)
class QuoteOptions:
    min_words: int = field(default=4, metadata={
        "help": "Shortest quote (in words) that needs a speaker; shorter ones are scare quotes or phrases."})
    fragment_min_words: int = field(default=6, metadata={
        "help": "Shortest quoted fragment inside the writer's sentence (\"attacked the package as a \u201cbad piece of "
                "legislation\u201d\") that needs a speaker; shorter ones are phrases the sentence itself attributes."})


class QuoteWithoutSpeaker(Rule):
    """## What it does
    Flags a direct quotation of several words with no speaker: no attribution
    in its paragraph or the paragraph before, no "Name: “…”" introduction or
    "- Club boss Name “…”" label, not the continuation of an attributed
    multi-paragraph quote, and no speaker the story carries to it (a run of one
    speaker's quote paragraphs, a first-person quote after a sentence about a
    named person, a single-speaker piece named in the headline or opening, a
    list after its speaker's lead-in). Scare quotes, titles ("Perhaps
    Tomorrow"), nicknames, slogans and signs, sayings in the writer's own first
    person and apostrophes are not checked.

    ## Why is this bad?
    A quote is somebody's words; without a speaker the reader cannot tell whose
    (Reuters: identify the speaker "as quickly as possible").

    ## Example
    "“Every day without a deal costs lives.”" alone in its paragraph → add
    "said Ruth May, Veldmark's foreign minister".
    """

    code = "NL306"
    name = "quote-without-speaker"
    summary = "Direct quote with no speaker"
    default_severity = Severity.WARNING
    Options = QuoteOptions

    def check(self, document: Document, ctx: RuleContext) -> None:
        for block in checked_blocks(document):
            if not block.quotes or block_has_speaker(document, block, self.config):
                continue  # every quote of a paragraph with an attributed sentence has its speaker
            first_person: _FirstPerson | None = None
            for quote in block.quotes:
                if not self._needs_speaker(block.text, quote):
                    continue
                if first_person is None:
                    first_person = _FirstPerson(block)
                if not first_person.covers(quote.start) and not quote_is_spoken(document, block, quote, self.config):
                    inner = " ".join(block.text[quote.inner_start:quote.inner_end].split())
                    shown = inner if len(inner) <= 60 else inner[:57].rstrip() + "…"
                    ctx.report_block(block, quote.start, quote.end, f"Quote without speaker: \u201c{shown}\u201d",
                                     suggestion="Say who said it: add an attribution (\u201c…,\u201d she said) "
                                                "in this sentence or next to it.")

    def _needs_speaker(self, text: str, quote: Quote) -> bool:
        count = quote_words(text, quote)
        if count < self.options.min_words or _mispaired(text, quote):
            return False
        if count < self.options.fragment_min_words and _INSIDE_SENTENCE.search(text, max(0, quote.start - 3),
                                                                              quote.start):
            return False  # a short fragment woven into the writer's sentence
        if _PARTICIPLE_INTRO.search(text, max(0, quote.start - 30), quote.start):
            return False  # "…, declaring “today Brent South, tomorrow Soweto”": the sentence's subject speaks
        if _PASSIVE_NAMING.search(text, max(0, quote.start - 30), quote.start) and _BY_AGENT.match(text, quote.end):
            return False  # "was called “…” by the sentencing judge"
        if _WRITTEN_BEFORE.search(text, max(0, quote.start - 60), quote.start) or _WRITTEN_AFTER.match(text, quote.end):
            return False  # the words of a poster or a slogan
        words = text[quote.inner_start:quote.inner_end].split()
        return not all(_TITLE_WORD.match(w.strip("\"“”‘’'.,;:!?()")) for w in words)  # a title


def _mispaired(text: str, quote: Quote) -> bool:
    """Whether the marks around a "quote" are not a quotation: an opening mark followed by a space or a closing
    mark after one (a pair read the wrong way round), or an apostrophe ('em, '03, 's) taken for a single quote."""
    if text[quote.inner_start:quote.inner_start + 1].isspace():
        return True
    if quote.inner_end < quote.end and quote.inner_end > quote.inner_start and text[quote.inner_end - 1].isspace():
        return True
    first = text[quote.inner_start:quote.inner_start + 1]
    return quote.unclosed and text[quote.start] in "'‘" and (first.islower() or first.isdigit())


class _FirstPerson:
    """Which sentences of a block the writer speaks in the first person, outside any quote: a column or a reader's
    comment quoting a saying ("My advice is “…”"). Each sentence is read only when a quote in it asks."""

    def __init__(self, block: Block):
        self.block = block
        self.starts = [s.start for s in block.sentences]
        self.quotes = list(quotes_by_sentence(block))
        self.known: dict[int, bool] = {}

    def covers(self, i: int) -> bool:
        """Whether offset ``i`` lies in a first-person sentence."""
        k = bisect.bisect_right(self.starts, i) - 1
        if k < 0 or i >= self.block.sentences[k].end:
            return False
        found = self.known.get(k)
        if found is None:
            text, sentence = self.block.text, self.block.sentences[k]
            found = self.known[k] = any(FIRST_PERSON.search(text, s, e)
                                        for s, e in narrative_ranges(text, sentence, self.quotes[k]))
        return found
