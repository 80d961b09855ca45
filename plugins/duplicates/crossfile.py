"""NL104 cross-file-duplicate: a paragraph repeated in another file of the run."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Mapping, NamedTuple

from newslint.model import Document, Related, Severity
from newslint.rules import ProjectContext, Rule
from newslint.text.similarity import (Unit, check_threshold, cross_group_repeats, near_repeat_phrase, pack,
                                      pack_span, unpack_span)

from newslint_plugins.duplicates.matching import MIN_WORDS, NEAR_THRESHOLD
from newslint_plugins.duplicates.units import paragraph_units


class FileParagraphs(NamedTuple):
    """What NL104 keeps of one file's paragraphs, column by column: their exact keys, packed word-pair
    shingles and packed spans (see :func:`pack_span`). A few plain objects per file pickle several
    times faster than model objects for each paragraph."""

    keys: tuple[int, ...]
    shingles: tuple[bytes, ...]
    spans: tuple[tuple[int, ...], ...]


@dataclass(frozen=True)
class CrossFileDuplicateOptions:
    min_words: int = field(default=MIN_WORDS, metadata={
        "help": "Shorter paragraphs (in words) are never compared across files."})
    threshold: float = field(default=NEAR_THRESHOLD, metadata={
        "help": "Share (0-1) of the shorter paragraph's word pairs found in the other file's "
                "paragraph for a near repeat; 1 reports exact repeats only."})
    boilerplate_files: int = field(default=5, metadata={
        "help": "A paragraph found (exactly or nearly) in this many files of the run or more is "
                "boilerplate (a sign-off, a disclaimer) and not flagged; 0 flags every repeat."})


class CrossFileDuplicate(Rule):
    """## What it does
    Flags a paragraph that repeats, exactly or nearly (as NL102 measures it), a
    paragraph of another file in the same run, pointing at that file and line. Files
    are taken in path order and each repeat points at the first file that has it.
    Text found in many files of the run (`boilerplate-files`) is learned as
    boilerplate and not flagged. Exact repeats are found through a hash index and
    near repeats through MinHash-LSH, so the cost grows linearly with the run.

    ## Why is this bad?
    A paragraph copied from another story, or a story filed twice, is at best
    stale and at worst a copyright or accuracy problem.

    ## Example
    `business/sale.md` and `money/sale.md` both contain "Shares in the group rose
    4% after it agreed to sell its food division for 1.2bn euros." The second file
    is flagged, pointing at the first. Use instead: rewrite or drop the copy.
    """

    code = "NL104"
    name = "cross-file-duplicate"
    summary = "Paragraph repeats a paragraph of another file"
    default_severity = Severity.WARNING
    scope = "project"
    Options = CrossFileDuplicateOptions

    def __init__(self, options, config):
        super().__init__(options, config)
        check_threshold(options.threshold)
        if options.boilerplate_files < 0:
            raise ValueError("option 'boilerplate-files' must not be negative")

    def extract(self, document: Document) -> FileParagraphs:
        units = [u for u in paragraph_units(document) if u.words >= self.options.min_words and u.prose]
        return FileParagraphs(tuple(u.key for u in units), tuple(pack(u.shingles) for u in units),
                              tuple(pack_span(document.block_span(u.block, u.start, u.end)) for u in units))

    def finish(self, extracts: Mapping[str, FileParagraphs], ctx: ProjectContext) -> None:
        if len(extracts) < 2:
            return
        paths = sorted(extracts)
        units = [Unit(path, key, shingles) for path in paths
                 for key, shingles in zip(extracts[path].keys, extracts[path].shingles)]
        spans = [span for path in paths for span in extracts[path].spans]
        opts = self.options
        for r in cross_group_repeats(units, threshold=opts.threshold, common_groups=opts.boilerplate_files):
            later, first = units[r.later], units[r.earlier]
            first_span = unpack_span(spans[r.earlier])
            where = f"a paragraph of {first.group} (line {first_span.start.line})"
            how = f"repeats {where}" if r.exact else \
                near_repeat_phrase(r.score, len(later.shingles), len(first.shingles), where)
            ctx.report(later.group, unpack_span(spans[r.later]), f"Paragraph {how}",
                       suggestion="Check whether the copy belongs here; rewrite it or delete it.",
                       related=[Related(first.group, first_span, "earlier copy in another file")])
