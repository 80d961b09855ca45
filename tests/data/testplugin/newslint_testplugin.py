"""A test-only newslint plugin: four small rules with predictable findings and fixes.

Tests put this directory on ``sys.path``; the ``*.dist-info`` beside it declares
the ``newslint`` entry point, so the CLI loads it like any installed plugin.
"""
from __future__ import annotations

import re

from newslint import Edit, Fix, Related, Rule, Severity, hookimpl
from newslint.text.normalize import normalize

DOC = """## What it does
Test rule.

## Why is this bad?
It is a test.

## Example
See the tests.
"""


class Reportedly(Rule):
    __doc__ = DOC
    code = "WFA001"
    name = "test-reportedly"
    summary = "The hedge \"reportedly\""

    def __init__(self, options, config):
        super().__init__(options, config)
        self.pattern = re.compile(r"\breportedly\b", re.IGNORECASE)

    def check(self, document, ctx):
        for block in document.prose_blocks():
            for m in self.pattern.finditer(block.text):
                s, e = block.source_range(m.start(), m.end())
                ctx.report(s, e, f"Hedge \"{m.group()}\": who reports it, and where?",
                           suggestion="Name the source: police said, the council said.",
                           fix=Fix("Delete the hedge", (Edit(s, e, ""),), "unsafe"))


class DoubledWord(Rule):
    __doc__ = DOC
    code = "WFA002"
    name = "test-doubled-word"
    summary = "A word typed twice"
    default_severity = Severity.INFO

    def __init__(self, options, config):
        super().__init__(options, config)
        self.pattern = re.compile(r"\b(\w+)(\s+)(\1)\b", re.IGNORECASE)

    def check(self, document, ctx):
        for block in document.prose_blocks():
            for m in self.pattern.finditer(block.text):
                s, e = block.source_range(m.start(2), m.end(3))
                ctx.report(*block.source_range(m.start(3), m.end(3)), f"Doubled word \"{m.group(3)}\"",
                           suggestion="Delete the second copy.",
                           fix=Fix("Delete the second copy", (Edit(s, e, ""),)))


class Figure(Rule):
    __doc__ = DOC
    code = "WFB001"
    name = "test-figure"
    summary = "A sentence with a figure"
    default_severity = Severity.ERROR

    def __init__(self, options, config):
        super().__init__(options, config)
        self.pattern = re.compile(r"\d[\d,.]*%?")

    def check(self, document, ctx):
        for sentence in document.sentences():
            m = self.pattern.search(sentence.text)
            if m:
                ctx.report_block(sentence.block, sentence.start, sentence.end,
                                 f"Figure \"{m.group()}\" needs a source: who counted, and when?")


class SameHeadline(Rule):
    __doc__ = DOC
    code = "WFP001"
    name = "test-same-headline"
    summary = "Two files share a headline"
    scope = "project"

    def extract(self, document):
        h = document.headline
        return None if h is None else (normalize(h.text), document.block_span(h))

    def finish(self, extracts, ctx):
        first: dict[str, tuple[str, object]] = {}
        for path in sorted(extracts):
            if extracts[path] is None:
                continue
            text, span = extracts[path]
            if text in first:
                other, other_span = first[text]
                ctx.report(path, span, f"Headline also used by {other}",
                           related=[Related(other, other_span, "first use")])
            else:
                first[text] = (path, span)


@hookimpl
def newslint_rules():
    return [Reportedly, DoubledWord, Figure, SameHeadline]
