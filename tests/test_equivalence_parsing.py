"""The fast scans of parsing agree with the plain patterns they replace.

The sentence splitter's boundary pattern opens with a character class, the
Markdown inline scan tries a match only where one can start, and plain Markdown
is read line by line instead of by markdown-it; each must find exactly what the
straightforward form finds.
"""
from __future__ import annotations

import re
import subprocess
import sys

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


LINE_STARTS = st.sampled_from(["", " ", "   ", "    ", "\t", "# ", "## ", "###### ", "####### ", "#x", "> ", "- ", "* ",
                               "+ ", "1. ", "1) ", "2005 ", "1.5 ", "===", "---", "***", "___", "```", "~~~", "<div>",
                               "| a | b |", ":--|--:", "[x]: /u", "\\# x", "\x0c", "    \x0c", "!", "&amp; ", "“"])
LINE_WORDS = st.sampled_from(["alpha", "The", "said.", "| x", " #", "  ", "\t", "*", "<b>", "—", ""])
MARKDOWN_LINES = st.lists(st.one_of(st.just(""), st.tuples(LINE_STARTS, st.lists(LINE_WORDS, max_size=3))), max_size=8)


@settings(max_examples=400, deadline=None, derandomize=True)
@given(MARKDOWN_LINES, st.sampled_from(["", "\n", "\n\n"]))
def test_plain_markdown_tokens_are_markdown_its(lines, end):
    """Where the line-by-line reading of paragraphs and ATX headings applies, it gives markdown-it's tokens."""
    from newslint.parsing.markdown import _parser, _plain_tokens

    body = "\n".join(line if isinstance(line, str) else line[0] + " ".join(line[1]) for line in lines) + end
    tokens = _plain_tokens(body)
    if tokens is not None:
        expected = [(t.type, t.map, t.tag, t.markup) for t in _parser().parse(body)
                    if t.map is not None and t.type != "inline"]
        assert [(t.type, t.map, t.tag, t.markup) for t in tokens] == expected


def test_plain_markdown_is_read_without_markdown_it():
    """A draft of headings and paragraphs does not import markdown-it (start-up); a list does."""
    code = ("import sys; from newslint.parsing.markdown import parse_markdown; "
            "parse_markdown('a.md', '# Title\\n\\nOne paragraph.\\n## Sub\\nAnother one.\\n'); "
            "print('markdown_it' in sys.modules); parse_markdown('b.md', '- a list\\n'); print('markdown_it' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert out == ["False", "True"]
