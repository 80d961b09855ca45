"""Fast paths of the text helpers give what their general paths give."""
from __future__ import annotations

from hypothesis import given, settings, strategies as st

from newslint.text.lexicon import Lexicon

LEXICON = Lexicon(["may", "may have", "i", "no", "u.s.", "so-called", "according to", "it's", "co.", "a&b",
                   "café", "süß"])
WORDS = ["May", "may have", "I", "No", "U.S.", "so-called", "according  to", "It's", "Co.", "A&B", "  "]
ASCII_PIECES = st.sampled_from(list("aimyonsu .,;-'&_()\t\n\x0b\x1c\"") + WORDS)
LATIN1_PIECES = st.sampled_from(list("aimyonsu .,;-'&_()\t\n\x0b\x1c\"£éÉß×ÿ\xa0\x85") + WORDS + ["CAFÉ", "Süß"])
#: A character outside Latin-1: text ending in it is read the general way (lower, then regexes).
GENERAL = " ā"


@settings(max_examples=300, deadline=None, derandomize=True)
@given(st.one_of(st.lists(ASCII_PIECES, max_size=30), st.lists(LATIN1_PIECES, max_size=30)).map("".join),
       st.data())
def test_lexicon_reads_latin1_text_as_it_reads_any_text(text, data):
    """Latin-1 text (ASCII included) is prepared for the automaton by one table look-up per character;
    a character outside Latin-1 after it sends the same text down the general path."""
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    assert max(text, default="a") <= "\xff"
    for window in ((0, len(text)), (start, end)):
        table_matches = [(m.start, m.end, m.entry) for m in LEXICON.finditer(text, *window)]
        general_matches = [(m.start, m.end, m.entry) for m in LEXICON.finditer(text + GENERAL, *window)]
        assert table_matches == general_matches


NEWS_PIECES = st.sampled_from(list("aZ09_ .,;:'’‘“”—–-\t\n\x0b\x1c£€°·()") + [
    "don't", "rock 'n' roll", "U.S.", "  ", "It’s", "“Yes,” she said.", "£5m"])


@settings(max_examples=300, deadline=None, derandomize=True)
@given(st.lists(NEWS_PIECES, max_size=30).map("".join), st.data())
def test_normalising_known_characters_one_by_one_matches_the_general_path(text, data):
    """Text made only of ASCII, quote marks, dashes and a few symbols is normalised through one
    translation table; an "é" after it sends the same text down the general path (NFKC, casefold,
    regexes)."""
    from newslint.text.normalize import normalize, words_of_spans

    cuts = sorted(data.draw(st.lists(st.integers(0, len(text)), max_size=6)))
    spans = list(zip(cuts[::2], cuts[1::2]))
    assert words_of_spans(text, spans) == words_of_spans(text + " é", spans)
    assert normalize(text + " é") == f"{normalize(text)} é".lstrip()
