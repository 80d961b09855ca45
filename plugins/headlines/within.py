"""NL201 repeated-headline, NL202 headline-in-body and NL203 text-before-headline."""
from __future__ import annotations

from dataclasses import dataclass, field

from newslint.edits import delete_block_fix
from newslint.model import Block, BlockKind, Document, Severity
from newslint.parsing.structure import BYLINE
from newslint.rules import Rule, RuleContext
from newslint.text.similarity import check_threshold

from newslint_plugins.headlines.similarity import (MIN_SIZE_RATIO, NEAR_THRESHOLD, HeadingText, heading_text,
                                                   same_heading)


def _line(document: Document, block: Block) -> int:
    return document.position(block.start).line


def _related(ctx: RuleContext, block: Block, message: str):
    return ctx.related(*block.source_range(0, len(block.text)), message)


@dataclass(frozen=True)
class RepeatedHeadlineOptions:
    threshold: float = field(default=NEAR_THRESHOLD, metadata={
        "help": "Share (0-1) of character 4-grams two headings of three or more words must share to "
                "count as the same heading; 1 flags exact repeats only."})


class RepeatedHeadline(Rule):
    """## What it does
    Flags the headline, or any heading, given again later in the draft, whatever
    its markup (`# Title`, Setext, an all-bold line, a plain title line), exactly or
    near-identically (case, punctuation, a word added or dropped). The finding sits
    on the later copy and points at the first; its fix deletes the later copy.

    ## Why is this bad?
    A CMS shows the headline itself; a second copy in the text, often pasted in
    another markup, is printed twice.

    ## Example
    ```
    **Rents rise faster than wages for fourth year**

    # Rents rise faster than wages for fourth year
    ```
    The second heading is flagged. Use instead: keep one headline.
    """

    code = "NL201"
    name = "repeated-headline"
    summary = "Heading repeats an earlier heading"
    default_severity = Severity.WARNING
    Options = RepeatedHeadlineOptions

    def __init__(self, options, config):
        super().__init__(options, config)
        check_threshold(options.threshold)

    def check(self, document: Document, ctx: RuleContext) -> None:
        seen: list[tuple[Block, HeadingText]] = []
        for block in document.headings:
            text = heading_text(document, block)
            if not text.text:
                continue
            first = next((b for b, t in seen if same_heading(text, t, self.options.threshold)), None)
            if first is None:
                seen.append((block, text))
                continue
            what = "headline" if first is document.headline else "heading"
            ctx.report_block(block, 0, len(block.text), f"Heading repeats the {what} on line {_line(document, first)}",
                             suggestion="Delete the repeated heading.",
                             fix=delete_block_fix(document, block, "Delete the repeated heading"),
                             related=[_related(ctx, first, f"first {what}")])


class HeadlineInBody(Rule):
    """## What it does
    Flags a body paragraph, or one line of a body paragraph, whose text is the
    headline's (exactly or near-identically, as NL201 compares headings).

    ## Why is this bad?
    A headline pasted again as the first line of the text is printed twice once
    the CMS adds the headline.

    ## Example
    ```
    # Rail line to close for six weeks from May

    Rail line to close for six weeks from May
    ```
    The second line is flagged. Use instead: delete it.
    """

    code = "NL202"
    name = "headline-in-body"
    summary = "Headline text repeated in the body"
    default_severity = Severity.WARNING

    def check(self, document: Document, ctx: RuleContext) -> None:
        headline = document.headline
        if headline is None or not headline.text:
            return
        target = heading_text(document, headline)
        after = False
        for block in document.blocks:
            after = after or block is headline
            if not after or not block.is_prose:
                continue
            for start, end in _lines(block.text):
                if not MIN_SIZE_RATIO <= (end - start) / len(headline.text) <= 1 / MIN_SIZE_RATIO:
                    continue  # much shorter or longer: cannot be the headline (cheap pre-check)
                if same_heading(HeadingText.of(block.text[start:end]), target):
                    whole = start == 0 and end == len(block.text)
                    fix = delete_block_fix(document, block, "Delete the repeated headline") if whole else None
                    ctx.report_block(block, start, end, f"Body text repeats the headline (line {_line(document, headline)})",
                                     suggestion="Delete the copy of the headline from the body.", fix=fix,
                                     related=[_related(ctx, headline, "headline")])


def _lines(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each non-empty line of a block's text."""
    spans, pos = [], 0
    for line in text.split("\n"):
        if line.strip():
            spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    return spans


@dataclass(frozen=True)
class TextBeforeHeadlineOptions:
    min_words: int = field(default=4, metadata={
        "help": "Shorter text above the headline (a kicker such as 'EXCLUSIVE') is not flagged."})


class TextBeforeHeadline(Rule):
    """## What it does
    Flags body text above the headline: a paragraph of `min-words` words or more
    before the first heading of the draft (a byline is not flagged). The headline
    is the first heading among the first three blocks; a plain-text draft's first
    short line without a final period counts as one.

    ## Why is this bad?
    A stray lede line above the title is usually left over from an earlier version,
    and a CMS would publish it above the headline.

    ## Example
    ```
    The talks are seen as the last chance for a deal.

    # Border talks resume after two-year pause
    ```
    The first line is flagged. Use instead: move it into the story or delete it.
    """

    code = "NL203"
    name = "text-before-headline"
    summary = "Body text above the headline"
    default_severity = Severity.WARNING
    Options = TextBeforeHeadlineOptions

    def check(self, document: Document, ctx: RuleContext) -> None:
        headline = document.headline
        for block in document.blocks:
            if block.role != "before-headline" or block.kind is BlockKind.HEADING or headline is None:
                continue
            if len(block.text.split()) < self.options.min_words or BYLINE.match(block.text):
                continue
            ctx.report_block(block, 0, len(block.text),
                             f"Text above the headline (line {_line(document, headline)})",
                             suggestion="Move this text below the headline or delete it.",
                             related=[_related(ctx, headline, "headline")])
