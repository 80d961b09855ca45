"""Tests of the NL2xx headline rules."""
from __future__ import annotations

import pytest

from tests.test_duplicates import LONG_A, LONG_B, LONG_C, apply_fixes, codes, family_session, lint, lint_files

TITLE = "Rents in Brackwater rise faster than wages for fourth year"


@pytest.fixture(scope="module")
def session():
    return family_session()


# --- NL201 ---------------------------------------------------------------------

@pytest.mark.parametrize("first, again", [
    (f"**{TITLE}**", f"# {TITLE}"),
    (f"# {TITLE}", f"{TITLE}\n" + "=" * len(TITLE)),
    (f"# {TITLE}", f"## {TITLE.upper()}!"),
    (f"# {TITLE}", f"**{TITLE.replace('fourth', 'a fourth')}**"),
])
def test_repeated_headline_any_markup(session, first, again):
    text = f"{first}\n\n{LONG_A}\n\n{again}\n\n{LONG_B}\n"
    found = [f for f in lint(session, text) if f.code.startswith("NL2")]
    assert [(f.code, f.span.start.line, f.related[0].span.start.line) for f in found] == [("NL201", 5, 1)]


def test_repeated_headline_fix_deletes_the_heading_and_its_underline(session):
    text = f"# {TITLE}\n\n{LONG_A}\n\n{TITLE}\n{'-' * len(TITLE)}\n\n{LONG_B}\n"
    assert apply_fixes(text, lint(session, text)) == f"# {TITLE}\n\n{LONG_A}\n\n{LONG_B}\n"


def test_different_headings_and_short_subheads(session):
    text = (f"# {TITLE}\n\n{LONG_A}\n\n## Rents in Brackwater fall behind wages in the north\n\n{LONG_B}\n\n"
            f"## Background\n\n{LONG_C}\n\n## Backgrounds\n")
    assert codes(lint(session, text), "NL2") == []


def test_threshold_one_flags_exact_repeats_only():
    strict = family_session({"NL201": {"options": {"threshold": 1.0}}})
    text = f"# {TITLE}\n\n{LONG_A}\n\n**{TITLE.replace('fourth', 'a fourth')}**\n"
    assert codes(lint(strict, text), "NL2") == []


# --- NL202 ---------------------------------------------------------------------

def test_headline_repeated_as_body_line(session):
    text = f"# {TITLE}\n\n{TITLE}\n\n{LONG_A}\n"
    found = [f for f in lint(session, text) if f.code.startswith("NL2")]
    assert [(f.code, f.span.start.line) for f in found] == [("NL202", 3)]
    assert apply_fixes(text, found) == f"# {TITLE}\n\n{LONG_A}\n"


def test_headline_as_a_body_line_below_a_paragraph(session):
    text = f"# {TITLE}\n\n{LONG_A}\n{TITLE.lower()}\n"
    assert codes(lint(session, text), "NL2") == [("NL202", 4)]


def test_lede_that_mentions_the_headline_words_is_not_flagged(session):
    text = f"# {TITLE}\n\n{TITLE} as a fresh survey of landlords in the county shows a record jump.\n"
    assert codes(lint(session, text), "NL2") == []


# --- NL203 ---------------------------------------------------------------------

def test_text_before_headline(session):
    text = f"The talks are widely seen as the last chance for a deal.\n\n# {TITLE}\n\n{LONG_A}\n"
    found = [f for f in lint(session, text) if f.code.startswith("NL2")]
    assert [(f.code, f.span.start.line, f.related[0].span.start.line) for f in found] == [("NL203", 1, 3)]


@pytest.mark.parametrize("above", ["EXCLUSIVE", "By Jane Doe and Tom Smith"])
def test_kicker_and_byline_above_headline_are_fine(session, above):
    assert codes(lint(session, f"{above}\n\n# {TITLE}\n\n{LONG_A}\n"), "NL2") == []


# --- NL204 ---------------------------------------------------------------------

def test_cross_file_headline_exact_and_near(session):
    files = {"a.md": f"# {TITLE}\n\n{LONG_A}\n", "b.md": f"# {TITLE.replace('fourth', 'a fourth')}\n\n{LONG_B}\n",
             "c.txt": f"{TITLE}\n\n{LONG_C}\n", "d.md": f"# Council approves new bridge\n\n{LONG_A[::-1]}\n"}
    found = [f for f in lint_files(session, files) if f.code == "NL204"]
    assert [(f.path, f.related[0].path) for f in found] == [("b.md", "a.md"), ("c.txt", "a.md")]


def test_headlines_that_differ_by_a_name_are_different(session):
    files = {"a.md": "# Blair backs Brown on tax plans\n", "b.md": "# Blair backs Howard on tax plans\n"}
    assert codes(lint_files(session, files), "NL204") == []


def test_recurring_title_is_not_flagged(session):
    files = {f"{n}.md": f"# Letters to the editor\n\n{n}\n" for n in range(5)}
    assert codes(lint_files(session, files), "NL204") == []


# --- NL205 ---------------------------------------------------------------------

@pytest.mark.parametrize("headline, problem", [
    ("Council approves budget.", "period"),
    ("COUNCIL APPROVES NEW BUDGET", "capitals"),
    ("Council " + "approves budget " * 8, "characters"),
    ("Council approves budget", None),
    ("Ministers meet in the U.S.", None),
    ("Wait for it...", None),
    ("NATO meets", None),
])
def test_headline_style(session, headline, problem):
    found = [f for f in lint(session, f"# {headline}\n\n{LONG_A}\n") if f.code == "NL205"]
    if problem is None:
        assert found == []
    else:
        assert len(found) == 1 and problem in found[0].message and str(found[0].severity) == "info"
