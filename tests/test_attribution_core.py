"""Core attribution machinery: cues and sources, carry-over, quote speakers, numbers and claim triggers."""
from __future__ import annotations

import pytest

from newslint.parsing.markdown import parse_markdown
from newslint.text.attribution import attributions, writer_voice
from newslint.text.claims import ClaimFinder
from newslint.text.numbers import find_figures
from newslint.text.sources import anonymity, classify_source, source_end
from newslint.text.sourcing import paragraph_sourcing, quote_has_speaker


def doc(text):
    return parse_markdown("t.md", text)


def first_attribution(sentence_text):
    d = doc(sentence_text + "\n")
    s = d.blocks[0].sentences[0]
    atts = [a for a in attributions(d, s) if a.has_source]
    return atts[0] if atts else None


@pytest.mark.parametrize("text, source, kind", [
    ("Education Minister Corinne May said the government would pay.", "Education Minister Corinne May", "named"),
    ("May said insurance alone had cost more than the budget.", "May", "named"),
    ("“It is strange to hear it so quiet,” said Annika Vale, 58, who lives nearby.", "Annika Vale", "named"),
    ("Teachers say the episode has shaken confidence.", "Teachers", "vague"),
    ("Western diplomats said the sides remain far apart.", "Western diplomats", "vague"),
    ("Officials said the hospital has enough beds.", "Officials", "anonymous"),
    ("A source at the club said Marlow had been offered a contract.", "A source at the club", "anonymous"),
    ("About 38,000 passengers use it, according to the authority's annual report.",
     "the authority's annual report.", "document"),
    ("They emphasized that their units are not under threat.", "They", "pronoun"),
    # the source starts at its own noun phrase, not at the words before it
    ("The result surprised some bankers who had expected a cut.", "some bankers", "vague"),
    ("Prices fell less than analysts expected.", "analysts", "vague"),
    ("Last year the company said prices would rise.", "the company", "role"),
    ("Lawyers for the pair denied the charges.", "Lawyers for the pair", "vague"),
    ("Many of those questioned said they would move.", "Many of those questioned", "vague"),
    ("The survey of more than 1,000 people found that 43% shop online.",
     "The survey of more than 1,000 people", "document"),
    ("The WHO said 700 clinics had closed.", "The WHO", "named"),
    ("Some 64% said the mayor had acted too late.", "Some 64%", "role"),
    # an inverted speaker whose reported speech goes on
    ("Search was only helping readers, said Ms Okafor and that more would follow.", "Ms Okafor", "named"),
])
def test_cue_and_source(text, source, kind):
    a = first_attribution(text)
    assert a is not None and a.source == source and a.source_kind == kind


def test_a_relative_clause_that_is_the_subjects_own_stays_in_the_source():
    a = first_attribution("Minutes of the meeting which raised rates to 2.25% showed unease.")
    assert a.source == "Minutes of the meeting which raised rates to 2.25%"


@pytest.mark.parametrize("text", [
    "The housing office's next quarterly report is due in January.",  # "report" as a noun
    "She added that a ceasefire could be signed if both sides showed flexibility.",  # only "added" counts
    "The timing of the walkout suggests that the union planned it.",  # inference, not a source
    "It was a dominant performance that showed the full extent of their might.",
    "Rescuers could not say how many were trapped.",
])
def test_not_a_sourced_cue_or_only_the_real_one(text):
    d = doc(text + "\n")
    atts = [a for a in attributions(d, d.blocks[0].sentences[0]) if a.has_source]
    assert [a.cue for a in atts] in ([], ["added"])


def test_passive_hearsay_is_agentless_and_stays_in_the_writers_voice():
    d = doc("Damage is estimated at 90 million euros.\n")
    s = d.blocks[0].sentences[0]
    assert [a.source_kind for a in attributions(d, s)] == ["agentless"]
    assert writer_voice(d, s) == [(s.start, s.end)]


def test_a_passive_trailer_attributes_the_whole_sentence():
    d = doc("The bullet may not have come from the fatal shot, the trial was told by a forensic expert.\n")
    s = d.blocks[0].sentences[0]
    assert writer_voice(d, s) == []
    d = doc("The bullet was found by a forensic expert, and the trial may not finish this week.\n")
    s = d.blocks[0].sentences[0]
    voice = "".join(d.blocks[0].text[b:e] for b, e in writer_voice(d, s))
    assert "may not finish" in voice


@pytest.mark.parametrize("text", [
    "Entry rules could also be made tougher, she told a Commons inquiry.",
    "Flooding could be out of control within decades, the agency is warning a committee of MPs.",
])
def test_a_trailer_that_names_its_listener_attributes_the_whole_sentence(text):
    d = doc(text + "\n")
    assert writer_voice(d, d.blocks[0].sentences[0]) == []


def test_carry_over_needs_a_continuation_opener():
    d = doc("Ruiz said crews arrived within minutes. They rescued 14 residents. Rebuilding will take a decade.\n")
    sourcing = paragraph_sourcing(d, d.blocks[0])
    assert [s.sourced for s in sourcing] == [True, True, False]
    assert sourcing[1].carried_from is sourcing[0].sentence


@pytest.mark.parametrize("follower, carried", [
    ("That was 26% more than a year earlier.", True),
    ("These figures are the highest since 1990.", True),
    ("That scheme has paid out £25m.", True),
    ("The figure compares with 12% in France.", True),
    ("This year the index rose 4%.", False),  # a time: the writer's own
    ("This is bound to please investors.", False),  # a forecast
    ("That they recovered at all was remarkable.", False),  # "that" opening a clause, not pointing back
    ("The figures of the rival agency differ.", False),
    ("Thatcher cut the rate to 5%.", False),
])
def test_a_demonstrative_or_the_figure_just_given_carries_the_source_over(follower, carried):
    d = doc(f"Sales rose 20% last year, the agency said. {follower}\n")
    assert paragraph_sourcing(d, d.blocks[0])[1].sourced is carried


def test_quote_speaker_in_paragraph_before_or_missing():
    d = doc("Marlow said the pitches were frozen.\n\n“It was miserable, but nobody complained.”\n\n"
            "The line opened in 1911.\n\n“Nobody asked the people who ride these trains.”\n")
    spoken = [quote_has_speaker(d, b, b.quotes[0]) for b in d.blocks if b.quotes]
    assert spoken == [True, False]


def test_continued_quote_inherits_its_opening_speaker():
    d = doc("“We will rebuild,” the mayor said. “It will take years.\n\n“But we will do it.”\n\n"
            "Nothing else happened here today.\n")
    b = d.blocks[1]
    assert b.quotes[0].continued and quote_has_speaker(d, b, b.quotes[0])


@pytest.mark.parametrize("text, kinds", [
    ("launching two missiles and 178 drones", ["count", "count"]),
    ("a budget of 48 million euros and $1.13bn (£600m)", ["money", "money", "money"]),
    ("fell 12 percent since 2019 in its 40-year history", ["percent", "year", "modifier"]),
    ("Gerald Fenwick, 56, arrived at 6 a.m. on May 4", ["age", "time", "date"]),
    ("won 3-1 in the 12th minute, 200 kilometres away, for three weeks", ["score", "ordinal", "distance", "duration"]),
    ("The Game left 50 Cent's collective", ["count"]),
    ("cut the waiting list by half", ["proportion"]),
])
def test_figure_kinds(text, kinds):
    assert [f.kind for f in find_figures(text)] == kinds


def finder():
    return ClaimFinder(count_nouns=["drones", "missiles", "people", "homes"], casualty_words=["injured", "killed"],
                       judgements=["considerable", "remains fluid"], motives=["in a bid to"],
                       predictions=["are expected to", "are likely to"])


@pytest.mark.parametrize("text, labels", [
    ("Russia fired 178 drones.", ["figure: 178 drones"]),
    ("The storm left at least three people dead and 11 injured.", ["figure: three people", "figure: 11 injured"]),
    ("Some games cost £5 and there were nine clinics.", []),
    ("The leak is the most serious breach in its history.", ["judgement: the most serious"]),
    ("The situation remains fluid.", ["judgement: remains fluid"]),
    ("They moved troops in a bid to gain leverage.", ["motive: in a bid to"]),
    ("Rents are expected to climb, but you are likely to find a flat.", ["prediction: are expected to"]),
    ("Perhaps no painter of her generation was so closely tied to the coast.",
     ["judgement: no painter of her generation was so closely"]),
])
def test_claim_triggers(text, labels):
    f = finder()
    claims = f.figures(text, [(0, len(text))]) + f.judgements(text, [(0, len(text))])
    assert [c.label() for c in claims] == labels


@pytest.mark.parametrize("source, sentence, grade", [
    ("Sources", "Sources say the chief will resign.", "bare"),
    ("people familiar with the matter", "People familiar with the matter said a sale was likely.", "described"),
    ("Two Veldmark officials", "Two Veldmark officials, who spoke on condition of anonymity because they were not "
                               "authorised to discuss the talks, said the session went well.", "explained"),
])
def test_anonymity_grades(source, sentence, grade):
    assert classify_source(source, True) == "anonymous"
    assert anonymity(source, sentence) == grade


def test_lexicon_engine_windows_and_whitespace():
    """The Aho-Corasick engine keeps the regex semantics the attribution scans rely on."""
    from newslint.text.lexicon import Lexicon

    lex = Lexicon(["said", "according to", "s&p", "at least"])
    text = "He said\nit, according\n  to the S&P index (said-so: a hyphen may follow) and \u201csaid\u201d at least"
    assert [m.text for m in lex.finditer(text)] == ["said", "according\n  to", "S&P", "said", "said", "at least"]
    assert [m.text for m in lex.finditer("unsaid saying", 0, 4)] == []
    assert [m.text for m in lex.finditer("sayings", 0, 3)] == []
    assert [m.entry for m in Lexicon(["say"]).finditer("saying", 0, 3)] == ["say"]  # a window ends the text
    assert Lexicon(["at least"]).search("at least", 0, 5) is None



@pytest.mark.parametrize("phrase, kept", [
    ("US officials have also", "US officials"),
    ("a Treasury official.", "a Treasury official"),
    ("Acme Inc.", "Acme Inc."),
    ("officials", "officials"),
    ("have", "have"),  # never empty
])
def test_source_end_drops_trailing_auxiliaries_and_the_full_stop(phrase, kept):
    text = f"x {phrase}"
    assert text[2:source_end(text, 2, len(text))] == kept
