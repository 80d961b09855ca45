"""First- and second-person words (newslint.text.person) and the rules that ask for them."""
from __future__ import annotations

import re

import pytest
from hypothesis import given, settings, strategies as st

from newslint import lint_text
from newslint.text.lexicon import Lexicon
from newslint.text.person import (FIRST_PERSON, FIRST_PERSON_FORMS, NARRATIVE_FIRST_PERSON, SECOND_PERSON_FORMS,
                                  whole_words)

_PIECES = st.sampled_from(list("IWwmyeoursldYu ’'-_.,\n") + ["I'm", "We’re", "we", "we'll", "our", "us", "Ive",
                                                              "my", "me", "You", "your", "Our", "My"])


def _without_lookahead(pattern: str) -> re.Pattern[str]:
    plain = re.sub(r"^\(\?=\[\w+\]\)", "", pattern)
    assert plain != pattern
    return re.compile(plain)


@settings(max_examples=300, deadline=None, derandomize=True)
@given(st.lists(_PIECES, max_size=30).map("".join))
def test_the_lookahead_changes_no_match(text):
    for lazy in (FIRST_PERSON, NARRATIVE_FIRST_PERSON):
        plain = _without_lookahead(lazy.pattern)
        assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_forms_match_as_whole_words_exactly_as_written():
    forms = FIRST_PERSON_FORMS | SECOND_PERSON_FORMS
    pattern = whole_words(forms)
    # a reference: whole-word, case-insensitive matching, filtered by the exact form (either apostrophe)
    lexicon = Lexicon(forms | {f.replace("'", "’") for f in forms})

    def by_lexicon(text, s, e):
        return any(m.text.replace("’", "'") in forms for m in lexicon.finditer(text, s, e))

    texts = ["I left", "we’ll", "We'll go", "WE'LL go", "We'LL", "the US said", "Us and them", "use it", "weekly",
             "in-house we", "-we", "x_we", "our-time", "O'our", "“I” said", "(you) and", "you've", "You'Ve", "my,my",
             "I’d", "I'd'", "tell us.", "Iraq", "i am", "mywe", "we\u00a0do"]
    for text in texts:
        for s in range(len(text) + 1):
            for e in range(s, len(text) + 1):
                assert bool(pattern.search(text, s, e)) == by_lexicon(text, s, e), (text, s, e)


@pytest.mark.parametrize("text", ["I think so", "I’m here", "we’re ready", "We've won", "tell us", "give me one",
                                  "my view", "My concern is", "Our team won", "ourselves"])
def test_first_person(text):
    assert FIRST_PERSON.search(text)


@pytest.mark.parametrize("text", ["the US said", "Us and Them", "a copper mine", "Get Me Out of Here", "Iraq",
                                  "WE DID", "in-house", "Sure", "museum"])
def test_not_first_person(text):
    assert not FIRST_PERSON.search(text)


@pytest.mark.parametrize("text, narrative", [
    ("Our correspondent says the vote was close.", False),  # the outlet's own voice
    ("The sitcom My Family returns.", False),  # a title
    ("In my view the vote was close.", True),
    ("We were there when it happened.", True),
])
def test_narration_does_not_count_a_capitalised_our_or_my(text, narrative):
    assert bool(NARRATIVE_FIRST_PERSON.search(text)) is narrative


def test_a_first_person_quote_has_its_speaker_after_a_lead_in():
    text = ("Mara Voss runs the shelter.\n\n"
            "“My concern is that nobody funds it. We have asked for years.”\n")
    assert not [f for f in lint_text(text, "draft.md", config={"select": ["NL306"]})]


def test_a_song_title_does_not_make_narration_first_person():
    text = "The Doors were one of the most influential bands of the 1960s, with hits including Light My Fire.\n"
    found = [f.message for f in lint_text(text, "draft.md", config={"select": ["NL302"]})]
    assert found == ["Unattributed judgement: the most influential"]


def test_the_outlets_own_voice_keeps_a_hedge_flagged():
    text = "Our correspondent says the film is controversial. The girl apparently goes to him for help.\n"
    found = [f.code for f in lint_text(text, "draft.md", config={"select": ["NL4"]})]
    assert found == ["NL403"]


def test_a_column_in_the_first_person_is_not_the_news_voice():
    text = "I think the council will probably lose the vote. In my view it was the most chaotic year.\n"
    assert not lint_text(text, "draft.md", config={"select": ["NL302", "NL4"]})
