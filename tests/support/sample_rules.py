"""A test-only plugin: simple rules that exercise the runner, selection and suppression."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from newslint import Rule, Severity, hookimpl


@dataclass(frozen=True)
class WordOptions:
    words: tuple[str, ...] = field(default=("banana",), metadata={"help": "words to flag"})
    limit: int = field(default=3, metadata={"help": "an integer option"})


class FlagWord(Rule):
    """## What it does
    Flags listed words.

    ## Why is this bad?
    Tests need something to flag.

    ## Example
    banana
    """

    code = "TST001"
    name = "flag-word"
    summary = "Flags a listed word"
    Options = WordOptions

    def check(self, document, ctx):
        rx = re.compile(r"\b(?:%s)\b" % "|".join(map(re.escape, self.options.words)), re.IGNORECASE)
        for block in document.prose_blocks():
            for m in rx.finditer(block.text):
                ctx.report_block(block, m.start(), m.end(), f"word {m.group()!r}", suggestion="remove it")


class InfoRule(Rule):
    """## What it does
    Flags the word "note" at info level.

    ## Why is this bad?
    It is not; tests need an info finding.

    ## Example
    note
    """

    code = "TST002"
    name = "info-note"
    summary = "Info-level test rule"
    default_severity = Severity.INFO

    def check(self, document, ctx):
        for block in document.prose_blocks():
            for m in re.finditer(r"\bnote\b", block.text):
                ctx.report_block(block, m.start(), m.end(), "a note")


class OffByDefault(Rule):
    """## What it does
    Flags every heading; off unless selected.

    ## Why is this bad?
    Test only.

    ## Example
    # Title
    """

    code = "TST003"
    name = "off-by-default"
    summary = "Disabled unless selected"
    enabled_by_default = False

    def check(self, document, ctx):
        for h in document.headings:
            ctx.report(h.start, h.end, "heading")


class Crashes(Rule):
    """## What it does
    Raises on documents containing "boom".

    ## Why is this bad?
    Test only.

    ## Example
    boom
    """

    code = "TST004"
    name = "crashes"
    summary = "Raises on boom"

    def check(self, document, ctx):
        if "boom" in document.source:
            raise RuntimeError("kaboom")


@hookimpl
def newslint_rules():
    return [FlagWord, InfoRule, OffByDefault, Crashes]
