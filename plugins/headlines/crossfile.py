"""NL204 cross-file-headline: the same headline in two files of the run."""
from __future__ import annotations

import functools
from dataclasses import dataclass, field
from typing import Mapping, NamedTuple

from newslint.model import Document, Related, Severity
from newslint.rules import ProjectContext, Rule
from newslint.text.similarity import (Unit, check_threshold, cross_group_repeats, near_repeat_phrase, pack,
                                      pack_span, unpack, unpack_span)

from newslint_plugins.headlines.similarity import NEAR_MIN_WORDS, NEAR_THRESHOLD, HeadingText, heading_text, similarity


class HeadlineSummary(NamedTuple):
    """What NL204 keeps of one file, as plain data (which pickles several times faster than model
    objects): its headline's normalised text and exact key, its packed character shingles when it is
    long enough to be compared for near repeats (else empty), and its packed span."""

    text: str
    key: int
    shingles: bytes
    span: tuple[int, ...]

    def heading(self) -> HeadingText:
        """The headline as the similarity functions compare it."""
        return HeadingText(self.text, self.key, unpack(self.shingles))


@dataclass(frozen=True)
class CrossFileHeadlineOptions:
    threshold: float = field(default=NEAR_THRESHOLD, metadata={
        "help": "Share (0-1) of character 4-grams two headlines of three or more words must share "
                "to count as the same; 1 flags exact repeats only."})
    common_files: int = field(default=5, metadata={
        "help": "A headline found in this many files or more is a recurring title (a column name) "
                "and not flagged; 0 flags every repeat."})


class CrossFileHeadline(Rule):
    """## What it does
    Flags a headline used, exactly or near-identically (as NL201 compares
    headings), by another file of the same run, pointing at the first such file in
    path order. Titles that recur in many files (`common-files`), such as a column
    name, are not flagged. Uses a hash index and MinHash-LSH, so it scales linearly.

    ## Why is this bad?
    Two stories with one headline confuse readers and search engines, and often
    mean a story was filed twice.

    ## Example
    `sport/a.md` and `news/b.md` are both headed "Ministers back new stadium plan":
    `news/b.md` is flagged. Use instead: give each story its own headline.
    """

    code = "NL204"
    name = "cross-file-headline"
    summary = "Headline used by another file"
    default_severity = Severity.WARNING
    scope = "project"
    Options = CrossFileHeadlineOptions

    def __init__(self, options, config):
        super().__init__(options, config)
        check_threshold(options.threshold)
        if options.common_files < 0:
            raise ValueError("option 'common-files' must not be negative")

    def extract(self, document: Document) -> HeadlineSummary | None:
        headline = document.headline
        if headline is None:
            return None
        text = heading_text(document, headline)
        if not text.text:
            return None
        shingles = pack(text.shingles) if text.words >= NEAR_MIN_WORDS else b""
        return HeadlineSummary(text.text, text.key, shingles, pack_span(document.block_span(headline)))

    def finish(self, extracts: Mapping[str, HeadlineSummary | None], ctx: ProjectContext) -> None:
        if len(extracts) < 2:
            return
        found = [(path, extracts[path]) for path in sorted(extracts) if extracts[path] is not None]
        units = [Unit(path, h.key, h.shingles) for path, h in found]

        @functools.cache
        def heading(unit: int) -> HeadingText:
            return found[unit][1].heading()

        for r in cross_group_repeats(units, threshold=self.options.threshold,
                                     similarity=lambda i, j: similarity(heading(i), heading(j)),
                                     common_groups=self.options.common_files):
            (path, later), (other, first) = found[r.later], found[r.earlier]
            how = f"is the headline of {other}" if r.exact else near_repeat_phrase(
                r.score, len(later.shingles), len(first.shingles), f"the headline of {other}")
            ctx.report(path, unpack_span(later.span), f"Headline {how}",
                       suggestion="Give this story a headline of its own, or check it was not filed twice.",
                       related=[Related(other, unpack_span(first.span), "same headline in another file")])
