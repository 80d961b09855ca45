"""NL101 duplicate-paragraph and NL102 near-duplicate-paragraph."""
from __future__ import annotations

from dataclasses import dataclass, field

from newslint.edits import delete_block_fix
from newslint.model import Document, Severity
from newslint.rules import Rule, RuleContext
from newslint.text.similarity import check_threshold, near_repeat_phrase

from newslint_plugins.duplicates.matching import MIN_WORDS, NEAR_THRESHOLD, paragraph_repeats
from newslint_plugins.duplicates.units import TextUnit


def unit_range(unit: TextUnit) -> tuple[int, int]:
    """Source offsets of a paragraph or sentence unit."""
    return unit.block.source_range(unit.start, unit.end)


def report_repeat(document: Document, ctx: RuleContext, later: TextUnit, first: TextUnit,
                  message: str, suggestion: str, **kw) -> None:
    """Report ``later`` with ``related`` pointing at ``first`` ("first copy", line in the message)."""
    s, e = unit_range(first)
    line = document.position(s).line
    ctx.report(*unit_range(later), message.format(line=line), suggestion=suggestion,
               related=[ctx.related(s, e, "first copy")], **kw)


@dataclass(frozen=True)
class DuplicateParagraphOptions:
    min_words: int = field(default=MIN_WORDS, metadata={
        "help": "Shorter paragraphs (in words) are never flagged, so boilerplate such as "
                "'Advertisement' or 'Read more' may repeat."})


class DuplicateParagraph(Rule):
    """## What it does
    Flags a paragraph that repeats an earlier paragraph of the same draft, after
    normalising whitespace, case, quote style and punctuation. The finding sits on
    the later copy and points at the first; its fix deletes the later copy.

    ## Why is this bad?
    Drafts assembled from several versions, or pasted twice into a CMS, repeat whole
    paragraphs. Readers notice at once, and the repeat survives spell-checking.

    ## Example
    ```
    Police closed the bridge at 6am after the storm damaged its railings.
    Engineers will inspect it on Monday.
    Police closed the bridge at 6am after the storm damaged its railings.
    ```
    The third paragraph is flagged. Use instead: delete the repeated paragraph.
    """

    code = "NL101"
    name = "duplicate-paragraph"
    summary = "Paragraph repeats an earlier paragraph"
    default_severity = Severity.WARNING
    Options = DuplicateParagraphOptions

    def check(self, document: Document, ctx: RuleContext) -> None:
        for repeat in paragraph_repeats(document, self.options.min_words, NEAR_THRESHOLD):
            if repeat.exact:
                fix = delete_block_fix(document, repeat.later.block, "Delete the repeated paragraph")
                report_repeat(document, ctx, repeat.later, repeat.first,
                              "Paragraph repeats the paragraph on line {line}",
                              "Delete this copy of the paragraph.", fix=fix)


@dataclass(frozen=True)
class NearDuplicateParagraphOptions:
    min_words: int = field(default=MIN_WORDS, metadata={
        "help": "Shorter paragraphs (in words) are never compared."})
    threshold: float = field(default=NEAR_THRESHOLD, metadata={
        "help": "Share (0-1) of the shorter paragraph's word pairs that must also occur in the "
                "earlier paragraph; paragraphs less than half the other's length are never compared."})


class NearDuplicateParagraph(Rule):
    """## What it does
    Flags a paragraph that nearly repeats an earlier one: the same paragraph with a
    few words changed, added or dropped, or with a sentence added or removed. Two
    paragraphs match when most of the shorter one's word pairs (see `threshold`)
    also occur in the other, and neither is less than half the other's length.

    ## Why is this bad?
    Two versions of the same paragraph usually mean an earlier draft was not
    deleted; readers get the same facts twice, sometimes with contradicting details.

    ## Example
    ```
    The council approved the budget of 4.2m euros on Tuesday by nine votes to two.
    ...
    The council approved the budget of 4.5m euros on Tuesday by nine votes to three.
    ```
    The last paragraph is flagged. Use instead: keep one version with the right figures.
    """

    code = "NL102"
    name = "near-duplicate-paragraph"
    summary = "Paragraph nearly repeats an earlier paragraph"
    default_severity = Severity.WARNING
    Options = NearDuplicateParagraphOptions

    def __init__(self, options, config):
        super().__init__(options, config)
        check_threshold(options.threshold)

    def check(self, document: Document, ctx: RuleContext) -> None:
        opts = self.options
        for repeat in paragraph_repeats(document, opts.min_words, opts.threshold):
            if not repeat.exact:
                how = near_repeat_phrase(repeat.score, len(repeat.later.shingles), len(repeat.first.shingles),
                                         "the paragraph on line {line}")
                report_repeat(document, ctx, repeat.later, repeat.first, f"Paragraph {how}",
                              "Keep one version: merge any new detail into the first and delete the other.")
