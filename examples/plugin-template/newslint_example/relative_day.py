"""EX101 relative-day: "yesterday" and "tomorrow" in the writer's voice."""
from __future__ import annotations

from dataclasses import dataclass, field

from newslint import Document, Rule, RuleContext, Severity
from newslint.text.lexicon import Lexicon


WORD_LIST = "relative-days"  # declared by newslint_word_lists() in __init__.py


@dataclass(frozen=True)
class Options:
    check_quotes: bool = field(default=False, metadata={"help": "also flag them inside direct quotations"})


class RelativeDay(Rule):
    """## What it does
    Flags "yesterday", "tomorrow" and "last night" outside direct quotations.

    ## Why is this bad?
    A story is read on other days than it is written, and wire copy is
    published in other time zones: "yesterday" is wrong the moment the story is
    republished. Wire style names the day of the week instead.

    ## Example
    The council voted yesterday. → The council voted on Tuesday.
    """

    code = "EX101"  # a prefix of your own (2-5 capitals); NL is reserved for newslint
    name = "relative-day"
    summary = "Relative day ('yesterday') instead of the day of the week"
    default_severity = Severity.WARNING
    Options = Options

    def __init__(self, options: Options, config) -> None:
        super().__init__(options, config)
        # Compile once per run, never per document or sentence. The word list is the
        # plugin's default as replaced or extended under `word-lists:` in rules.yaml.
        self.lexicon = Lexicon(config.word_list(WORD_LIST))

    def check(self, document: Document, ctx: RuleContext) -> None:
        for block in document.prose_blocks():
            for m in self.lexicon.finditer(block.text):
                if block.in_quote(m.start) and not self.options.check_quotes:
                    continue
                ctx.report_block(block, m.start, m.end, f"Relative day '{m.text}'",
                                 suggestion="Name the day of the week (\"on Tuesday\").")
