"""NL103 duplicate-sentence."""
from __future__ import annotations

from dataclasses import dataclass, field

from newslint.model import Document, Severity
from newslint.rules import Rule, RuleContext

from newslint_plugins.duplicates.matching import paragraph_repeats
from newslint_plugins.duplicates.paragraphs import report_repeat
from newslint_plugins.duplicates.units import mostly_quoted, sentence_repeats


@dataclass(frozen=True)
class DuplicateSentenceOptions:
    min_words: int = field(default=8, metadata={
        "help": "Shorter sentences (in words) may repeat without a finding."})


class DuplicateSentence(Rule):
    """## What it does
    Flags a sentence that repeats, after normalisation, a sentence of an earlier
    paragraph. Sentences of a paragraph already flagged as a whole (NL101, NL102)
    are not flagged again, and neither are sentences that are mostly a direct
    quotation (a quote may be recalled later in a story).

    ## Why is this bad?
    A sentence given twice usually means text was moved without deleting the
    original, and the story reads as padded.

    ## Example
    ```
    The leak is the most serious breach in the board's history. It is not clear how it happened.

    The inquiry will report in August. The leak is the most serious breach in the board's history.
    ```
    The second copy is flagged. Use instead: delete one of the two sentences.
    """

    code = "NL103"
    name = "duplicate-sentence"
    summary = "Sentence repeats a sentence of an earlier paragraph"
    default_severity = Severity.WARNING
    Options = DuplicateSentenceOptions

    def check(self, document: Document, ctx: RuleContext) -> None:
        covered = {r.later.block.index for r in paragraph_repeats(document)}
        for unit, earlier in sentence_repeats(document, self.options.min_words):
            if unit.block.index not in covered and not mostly_quoted(unit) and unit.prose:
                report_repeat(document, ctx, unit, earlier, "Sentence repeats a sentence on line {line}",
                              "Delete one of the two copies.")
