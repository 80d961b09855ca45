"""Fast paths of the text helpers give what their general paths give."""
from __future__ import annotations

from hypothesis import given, settings, strategies as st

from newslint.text.lexicon import Lexicon

LEXICON = Lexicon(["may", "may have", "i", "no", "u.s.", "so-called", "according to", "it's", "co.", "a&b"])
ASCII_PIECES = st.sampled_from(list("aimyonsu .,;-'&_()\t\n\x0b\x1c\"") + [
    "May", "may have", "I", "No", "U.S.", "so-called", "according  to", "It's", "Co.", "A&B", "  "])


@settings(max_examples=300, deadline=None, derandomize=True)
@given(st.lists(ASCII_PIECES, max_size=30).map("".join), st.data())
def test_lexicon_reads_ascii_text_as_it_reads_any_text(text, data):
    """ASCII text is prepared for the automaton by one table look-up per character; a non-ASCII
    character after it sends the same text down the general path (lower, then regexes)."""
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    assert text.isascii()
    ascii_matches = [(m.start, m.end, m.entry) for m in LEXICON.finditer(text, start, end)]
    general_matches = [(m.start, m.end, m.entry) for m in LEXICON.finditer(text + " é", start, end)]
    assert ascii_matches == general_matches
