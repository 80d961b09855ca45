"""NL306 quote-without-speaker."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from newslint.model import Document, Quote, Severity
from newslint.rules import Rule, RuleContext
from newslint.text.quotes import quote_words
from newslint.text.sourcing import quote_has_speaker

from newslint_plugins.attribution.scope import checked_blocks

_INSIDE_SENTENCE = re.compile(r"[\w,]\s+$")
_PARTICIPLE_INTRO = re.compile(r"\b(?:saying|adding|declaring|claiming|arguing|insisting|warning|stating|writing|"
                               r"describing\s+\w+\s+as|calling\s+\w+)\s*:?\s*$")
_TITLE_WORD = re.compile(r"[A-Z0-9]|(?:a|an|the|of|and|in|on|at|to|for|or|with|from|by)$")


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
    in its paragraph or the paragraph before, no "Name: “…”" introduction, and
    not the continuation of an attributed multi-paragraph quote. Scare quotes,
    titles ("Perhaps Tomorrow") and nicknames are short or title-cased and are
    not checked.

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
            for quote in block.quotes:
                if self._needs_speaker(block.text, quote) and not quote_has_speaker(document, block, quote,
                                                                                    self.config):
                    inner = " ".join(block.text[quote.inner_start:quote.inner_end].split())
                    shown = inner if len(inner) <= 60 else inner[:57].rstrip() + "…"
                    ctx.report_block(block, quote.start, quote.end, f"Quote without speaker: \u201c{shown}\u201d",
                                     suggestion="Say who said it: add an attribution (\u201c…,\u201d she said) "
                                                "in this sentence or next to it.")

    def _needs_speaker(self, text: str, quote: Quote) -> bool:
        count = quote_words(text, quote)
        if count < self.options.min_words:
            return False
        if count < self.options.fragment_min_words and _INSIDE_SENTENCE.search(text, max(0, quote.start - 3),
                                                                              quote.start):
            return False  # a short fragment woven into the writer's sentence
        if _PARTICIPLE_INTRO.search(text, max(0, quote.start - 30), quote.start):
            return False  # "…, declaring “today Brent South, tomorrow Soweto”": the sentence's subject speaks
        words = text[quote.inner_start:quote.inner_end].split()
        return not all(_TITLE_WORD.match(w.strip("\"“”‘’'.,;:!?()")) for w in words)  # a title
