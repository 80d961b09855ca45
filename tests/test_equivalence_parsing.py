"""The fast scans of parsing agree with the plain patterns they replace.

The sentence splitter's boundary pattern opens with a character class and the
Markdown inline scan tries a match only where one can start; both must find
exactly what the straightforward forms find.
"""
from __future__ import annotations

import re

from hypothesis import given, settings, strategies as st

from newslint.parsing.inline import _INLINE, _markup
from newslint.text.sentences import _BOUNDARY

#: The boundary pattern as first written: a look-behind at every position.
PLAIN_BOUNDARY = re.compile(r"""(?<![.!?…])[.!?…]++[\"'”’)\]»]*+(?=\s+[\"'“‘(\[«]*[A-Z0-9])"""
                            r"""|(?<![.!?…])[.!?…]++[\"'”’)\]»]*+\s*$""")

SENTENCE_PIECES = st.sampled_from(list(".!?…\"'“”‘’()[]«» \n\taZ9") + ["U.S.", "Mr", "...", ". The", "?!"])
MARKUP_PIECES = st.sampled_from(list("ab <>![]()\\&*_`-:/ \n") + [
    "<!--", "-->", "](http://x.y)", "&amp;", "&#123;", "**", "__", "<https://a.b>", "<b>", "x_y", "a*b"])


def texts(pieces):
    return st.lists(pieces, max_size=30).map("".join)


@settings(max_examples=300, deadline=None, derandomize=True)
@given(texts(SENTENCE_PIECES))
def test_boundary_pattern_matches_the_plain_pattern(text):
    assert [m.span() for m in _BOUNDARY.finditer(text)] == [m.span() for m in PLAIN_BOUNDARY.finditer(text)]


@settings(max_examples=300, deadline=None, derandomize=True)
@given(texts(MARKUP_PIECES), st.data())
def test_markup_scan_matches_finditer(text, data):
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    assert [m.span() for m in _markup(text, start, end)] == [m.span() for m in _INLINE.finditer(text, start, end)]


def test_boundary_pattern_reports_the_punctuation_run():
    text = "It ended... Then?! “Yes.” The end"
    assert [m.group(1) for m in _BOUNDARY.finditer(text)] == ["...", "?!", "."]
