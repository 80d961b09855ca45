"""NL205 headline-style."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from newslint.model import Document, Severity
from newslint.rules import Rule, RuleContext
from newslint.text.lazy_regex import lazy_compile
from newslint.text.sentences import TITLE_ABBREVIATIONS

# A final period that is not part of an ellipsis.
_FINAL_PERIOD = re.compile(r"(?<!\.)\.[\"'”’)]*\s*$")
_LAST_WORD = lazy_compile(r"([\w.]+)\.[\"'”’)]*\s*$")


@dataclass(frozen=True)
class HeadlineStyleOptions:
    max_length: int = field(default=100, metadata={
        "help": "Headlines longer than this many characters are reported; 0 turns the length check off."})


class HeadlineStyle(Rule):
    """## What it does
    Reports a headline that ends with a period, is set in capitals, or is longer
    than `max-length` characters. A final abbreviation ("U.S.", "Inc.") is not a
    period, and a headline of acronyms with fewer than two words is not "in capitals".

    ## Why is this bad?
    News style drops the final period, capitals read as shouting and defeat the
    CMS's own styling, and long headlines are cut off in feeds and search results.

    ## Example
    `COUNCIL APPROVES BUDGET.` Use instead: `Council approves budget`.
    """

    code = "NL205"
    name = "headline-style"
    summary = "Headline ends with a period, is in capitals or is too long"
    default_severity = Severity.INFO
    Options = HeadlineStyleOptions

    def check(self, document: Document, ctx: RuleContext) -> None:
        headline = document.headline
        if headline is None or not headline.text.strip():
            return
        text = headline.text
        problems = []
        if _FINAL_PERIOD.search(text) and not _abbreviation_at_end(text):
            problems.append("ends with a period")
        letters = [c for c in text if c.isalpha()]
        if len(text.split()) >= 2 and len(letters) >= 8 and all(c.isupper() for c in letters):
            problems.append("is in capitals")
        if self.options.max_length and len(text) > self.options.max_length:
            problems.append(f"is {len(text)} characters long (more than {self.options.max_length})")
        if problems:
            ctx.report_block(headline, 0, len(text), f"Headline {', '.join(problems)}",
                             suggestion="Drop the final period, use sentence case and keep it short.")


def _abbreviation_at_end(text: str) -> bool:
    m = _LAST_WORD.search(text)
    if not m:
        return False
    word = m.group(1)
    return "." in word or word.casefold() in TITLE_ABBREVIATIONS
