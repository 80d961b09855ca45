"""Sentence splitting, quotes, lexicon matching and normalisation."""
from __future__ import annotations

import pytest

from newslint.text.lexicon import Lexicon
from newslint.text.normalize import normalize
from newslint.text.quotes import find_quotes, quote_words
from newslint.text.sentences import asserts, capitalised_mid_sentence, split_sentences


def sents(text):
    return [text[s:e] for s, e in split_sentences(text)]


@pytest.mark.parametrize("text", [
    "Sen. Jane Doe met Gov. Bill Roe and Dr. Ann Poe on Jan. 5 at 9 a.m. in the capital.",
    "The U.S. economy grew 2.5 percent, said J. K. Rowling of Acme Corp. in London.",
    "Lt. Col. Smith arrived at 10 p.m. on Sept. 3 with No. 10 officials.",
])
def test_no_split_inside_abbreviations_initials_decimals(text):
    assert sents(text) == [text]


def test_splits_on_real_boundaries_including_quotes():
    text = 'He left. "We are done," she said. Was it over? Yes! It ended in the U.S. The end.'
    assert sents(text) == ["He left.", '"We are done," she said.', "Was it over?", "Yes!",
                           "It ended in the U.S.", "The end."]


def test_quote_closing_after_punctuation():
    text = "“Time is running out.” The talks resumed."
    assert sents(text) == ["“Time is running out.”", "The talks resumed."]


def test_quotes_straight_curly_single_and_apostrophes():
    text = "She said \"yes\" and “no” and 'maybe so' but didn't say the players' union was 'sure'."
    quotes, open_ = find_quotes(text)
    assert [text[q.start:q.end] for q in quotes] == ['"yes"', "“no”", "'maybe so'", "'sure'"]
    assert not open_
    assert quote_words(text, quotes[2]) == 2


def test_unclosed_quote_continues():
    quotes, open_ = find_quotes("“It will take time.")
    assert open_ and quotes[0].unclosed
    quotes2, open2 = find_quotes("“And money.” He left.", continued=True)
    assert quotes2[0].continued and not open2
    quotes3, _ = find_quotes("No quote here.", continued=True)
    assert quotes3 == []


def test_lexicon_whole_words_longest_match_and_case():
    lex = Lexicon(["may", "may have", "so-called", "according to"])
    text = "It may have been the so-called plan, according  to May and mayhem."
    got = [(m.entry, m.text) for m in lex.finditer(text)]
    assert got == [("may have", "may have"), ("so-called", "so-called"), ("according to", "according  to"),
                   ("may", "May")]
    assert "MAY HAVE" in lex and "mayhem" not in lex
    assert Lexicon(["May"], case_sensitive=True).search("may") is None


def test_lexicon_scales_to_hundreds_of_entries():
    words = [f"word{i}" for i in range(800)] + ["needle phrase"]
    lex = Lexicon(words)
    assert [m.entry for m in lex.finditer("a needle phrase and word799 but not word8000")] == \
        ["needle phrase", "word799"]


def test_normalize_unifies_quotes_case_punctuation_space():
    assert normalize("“Hello,”  WORLD — it’s\nfine!") == normalize('"hello" world - its fine')


@pytest.mark.parametrize("text, word, expected", [
    ("the shop Crucial shared the award", "Crucial", True),
    ("Figures from Continental Research show", "Continental", True),
    ("Crucial shared the award", "Crucial", False),  # opens the text
    ("It rained. Crucial shared the award", "Crucial", False),
    ("He said: Crucial shared it", "Crucial", False),
    ("He said “Crucial shared it”", "Crucial", False),
    ("the shop (Crucial) won", "Crucial", False),
    ("the shop — Crucial — won", "Crucial", False),
    ("the shop crucial won", "crucial", False),  # not capitalised
])
def test_a_capitalised_word_mid_sentence_is_a_name(text, word, expected):
    assert capitalised_mid_sentence(text, text.index(word)) is expected


def test_mid_sentence_is_judged_from_the_given_start():
    text = "x. Then Crucial won"
    assert capitalised_mid_sentence(text, text.index("Crucial"))
    assert not capitalised_mid_sentence(text, text.index("Crucial"), start=text.index("Crucial"))


@pytest.mark.parametrize("sentence, expected", [
    ("The storm may reach the coast.", True),
    ("The storm may reach the coast if winds shift.", True),  # a trailing condition: still a prediction
    ("If winds shift, the storm may reach the coast.", False),
    ("“Unless the talks resume, we strike.”", False),
    ("Were the plan approved, prices might fall.", False),
    ("However, if the talks fail, prices might fall.", False),
    ("And unless the rain stops, the match may be called off.", False),
    ("But the talks may fail if the rain stops.", True),
    ("Could this be the end?", False),
    ("What a finish!", False),
    ("Iffy weather may follow.", True),
])
def test_questions_and_conditions_assert_nothing(sentence, expected):
    text = f"Before. {sentence} After."
    start = text.index(sentence)
    assert asserts(text, start, start + len(sentence)) is expected
