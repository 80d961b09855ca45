"""Attribution recall causes found by the blind held-out evaluation, tested on our own paraphrases.

Each cause has true positives and the tricky negatives that must stay quiet; the held-out drafts
themselves are never read here.
"""
from __future__ import annotations

import pytest

from newslint import lint_text

CONFIG = {"select": ["NL3"]}


def flagged(text, code):
    return [f.message for f in lint_text(text + "\n", "draft.md", config=CONFIG) if f.code == code]


@pytest.mark.parametrize("text, message", [
    # intensifier + adjective, evaluative adjectives and nouns
    ("Work on the new bridge has been painfully slow.", "Unattributed judgement: painfully"),
    ("The audit was a damning verdict on the council's finances.", "Unattributed judgement: damning"),
    ("The result was a major disappointment for the club.", "Unattributed judgement: a major disappointment"),
    ("The signing is a statement of intent from the owners.", "Unattributed judgement: statement of intent"),
    ("The inquiry exposed serious failings in the care home.", "Unattributed judgement: serious failings"),
    # morphological superlatives with a record scope
    ("The council imposed the strictest parking rules ever seen in the county.",
     "Unattributed judgement: the strictest"),
    ("It was the harshest winter in living memory.", "Unattributed judgement: the harshest"),
    # plain "will" forecasts with a duration or an outcome
    ("The fire will burn for at least another fortnight.",
     "Unattributed prediction: will burn for at least another"),
    ("The next big storm will arrive before the repairs are finished.",
     "Unattributed prediction: will arrive before the"),
    # unstated causes
    ("The scandal hastened her resignation.", "Unattributed judgement: hastened"),
])
def test_judgement_causes(text, message):
    assert flagged(text, "NL302") == [message]


@pytest.mark.parametrize("text", [
    "He is an honest man from the west of the town who loves the forest.",
    "The tallest of the three towers was the latest to open.",  # no record scope
    "The committee will meet on 4 May to discuss the plan.",
    "The committee will meet before the end of the month.",  # a schedule verb
    "Members will now vote for their favourites before the shortlist is announced.",
    "The fire will burn for at least another fortnight, the fire chief said.",
    "She shrugged off the disappointment of losing the first set.",
])
def test_judgement_cause_negatives(text):
    assert flagged(text, "NL302") == []


def test_counts_of_cancelled_services():
    assert flagged("The hospital cancelled 2,300 appointments last month.", "NL301") == [
        "Unattributed figure: 2,300 appointments"]
    assert flagged("The Cray-1 managed 80 million operations a second.", "NL301") == []  # a machine's rate


def test_declared_with_a_state_is_not_a_reporting_verb():
    assert flagged("The ballot papers were declared invalid after 140 voters were turned away.", "NL301") == [
        "Unattributed figure: 140 voters"]
    assert flagged("The mayor declared that 140 voters were turned away.", "NL301") == []


def test_who_clause_attributes_only_itself():
    text = "The brokers, who testified for the defence, allegedly paid kickbacks to at least six inspectors."
    assert flagged(text, "NL301") == ["Unattributed figure: six inspectors"]
    # at the end of the sentence the clause runs to its end
    assert flagged("The jury heard from Ms Vale, who testified that at least six inspectors were paid.", "NL301") == []


@pytest.mark.parametrize("text, message", [
    ("Many in the farming community believe the scheme is doomed.",
     "Vague attribution: \u201cMany in the farming community believe\u201d names nobody"),
    ("Economic analysts say the currency is overvalued.",
     "Vague attribution: \u201cEconomic analysts say\u201d names nobody"),
])
def test_vague_groups_in_other_orders(text, message):
    assert flagged(text, "NL303") == [message]


def test_named_group_is_not_vague():
    assert flagged("Barclays analysts say the currency is overvalued.", "NL303") == []


def test_counting_officials_are_not_a_bare_source():
    assert flagged("Officials counted 340 postal votes.", "NL304") == []
    assert flagged("Officials said 340 postal votes were rejected.", "NL304") == [
        "Bare anonymous source: \u201cOfficials\u201d"]
