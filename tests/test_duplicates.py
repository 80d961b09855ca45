"""Tests of the NL1xx duplicate rules (helpers shared with test_headlines.py)."""
from __future__ import annotations

from pathlib import Path

from newslint import make_config
from newslint.runner import Session

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


def family_session(rules: dict | None = None) -> Session:
    """A session selecting NL1xx and NL2xx (other rule plugins not loaded)."""
    return Session(make_config({"select": ["NL1", "NL2"], "rules": rules or {},
                                "plugins": {"disable": ["attribution", "hedging"]}}))


def lint(session: Session, text: str, path: str = "draft.md") -> list:
    """Findings of one document, project rules included, sorted by position."""
    result = session.lint_source(path, text, keep_source=True)
    return sorted(result.findings + session.finish([result]), key=lambda f: f.sort_key)


def lint_files(session: Session, files: dict[str, str]) -> list:
    """Findings of a run over several in-memory files."""
    results = [session.lint_source(p, t, keep_source=True) for p, t in files.items()]
    findings = [f for r in results for f in r.findings] + session.finish(results)
    return sorted(findings, key=lambda f: f.sort_key)


def codes(findings, prefix: str = "NL") -> list[tuple[str, int]]:
    """``(code, line)`` of each finding whose code starts with ``prefix``."""
    return [(f.code, f.span.start.line) for f in findings if f.code.startswith(prefix)]


def apply_fixes(text: str, findings) -> str:
    """Apply every fix of the findings (edits from the end of the text backwards)."""
    edits = sorted((e for f in findings if f.fix for e in f.fix.edits), key=lambda e: -e.start)
    for e in edits:
        text = text[:e.start] + e.replacement + text[e.end:]
    return text


import pytest

KURSK = SHARED / "samples" / "kursk-draft.txt"
LONG_A = "Police closed the bridge at six in the morning after the storm damaged its railings and lamps."
LONG_B = "Engineers from the county council will inspect the structure on Monday before deciding on repairs."
LONG_C = "Drivers were told to use the ring road, adding about twenty minutes to journeys into the centre."


@pytest.fixture(scope="module")
def session():
    return family_session()


# --- NL101 ---------------------------------------------------------------------

def test_exact_repeat_is_flagged_on_later_copy_with_related_first(session):
    variant = LONG_A.replace("Police", "POLICE").replace(" the ", "  the ").replace(".", "!")
    text = f"# Storm\n\n{LONG_A}\n\n{LONG_B}\n\n{variant}\n"
    found = [f for f in lint(session, text) if f.code == "NL101"]
    assert [(f.span.start.line, f.related[0].span.start.line) for f in found] == [(7, 3)]


def test_exact_repeat_fix_deletes_the_later_copy_only(session):
    text = f"# Storm\n\n{LONG_A}\n\n{LONG_B}\n\n{LONG_A}\n\n{LONG_C}\n"
    fixed = apply_fixes(text, [f for f in lint(session, text) if f.code == "NL101"])
    assert fixed == f"# Storm\n\n{LONG_A}\n\n{LONG_B}\n\n{LONG_C}\n"


def test_fix_of_last_paragraph_leaves_no_trailing_blank_line(session):
    text = f"# Storm\n\n{LONG_A}\n\n{LONG_B}\n\n{LONG_A}\n"
    assert apply_fixes(text, lint(session, text)) == f"# Storm\n\n{LONG_A}\n\n{LONG_B}\n"


def test_short_boilerplate_list_items_and_quotes_may_repeat(session):
    item = "- Bring a torch, warm clothes and enough water for the whole of the day"
    text = (f"# Storm\n\nAdvertisement\n\n{LONG_A}\n\nAdvertisement\n\n{item}\n\n{LONG_B}\n\n{item}\n\n"
            f"> {LONG_C}\n\n> {LONG_C}\n")
    assert codes(lint(session, text), "NL1") == []


def test_lists_of_names_are_not_prose(session):
    fixtures = "France v Republic of Ireland; Israel v Switzerland; Cyprus v Faroe Islands."
    other = "Republic of Ireland v France; Cyprus v Switzerland; Faroe Islands v Israel."
    text = f"Fixtures\n\n{LONG_A}\n\n{fixtures}\n\n{other}\n\n{fixtures}\n"
    assert codes(lint(session, text, "f.txt"), "NL1") == []


@pytest.mark.skipif(not KURSK.exists(), reason="shared samples not available")
def test_kursk_draft_must_hold(session):
    text = KURSK.read_text(encoding="utf-8")
    found = lint(session, text, "kursk-draft.txt")
    got = sorted((f.code, f.span.start.line, tuple(r.span.start.line for r in f.related)) for f in found)
    assert got == sorted([("NL203", 1, (2,)), ("NL201", 4, (2,))]
                         + [("NL101", n, (n - 4,)) for n in range(11, 15)])
    assert all(f.fix and f.fix.applicability == "safe" for f in found if f.code in ("NL101", "NL201"))
    fixed = apply_fixes(text, [f for f in found if f.code in ("NL101", "NL201")])
    assert fixed.count("This military activity coincides") == 1
    assert fixed.count("**Russia Intensifies") == 1


# --- NL102 ---------------------------------------------------------------------

def test_near_repeat_with_a_few_words_changed(session):
    changed = LONG_A.replace("six", "seven").replace("lamps", "signs")
    text = f"# Storm\n\n{LONG_A}\n\n{LONG_B}\n\n{changed}\n"
    found = [f for f in lint(session, text) if f.code.startswith("NL1")]
    assert [(f.code, f.span.start.line, f.related[0].span.start.line) for f in found] == [("NL102", 7, 3)]
    assert "the same" in found[0].message


def test_near_repeat_plus_a_sentence(session):
    text = f"# Storm\n\n{LONG_A} {LONG_B}\n\n{LONG_C}\n\n{LONG_A} {LONG_B} {LONG_C}\n"
    assert codes(lint(session, text), "NL10") == [("NL102", 7)]


def test_paragraphs_on_one_topic_are_not_near_repeats(session):
    other = ("Police reopened the bridge at noon after engineers said the storm had only damaged "
             "its lamps, not the railings.")
    text = f"# Storm\n\n{LONG_A}\n\n{LONG_B}\n\n{other}\n"
    assert codes(lint(session, text), "NL10") == []


def test_near_threshold_option(session):
    changed = LONG_A.replace("six", "seven").replace("lamps", "signs")
    text = f"# Storm\n\n{LONG_A}\n\n{LONG_B}\n\n{changed}\n"
    strict = family_session({"NL102": {"options": {"threshold": 1.0}}})
    assert codes(lint(strict, text), "NL10") == []


def test_bad_threshold_is_a_config_error():
    from newslint.errors import ConfigError

    with pytest.raises(ConfigError):
        family_session({"near-duplicate-paragraph": {"options": {"threshold": 1.5}}})


# --- NL103 ---------------------------------------------------------------------

def test_sentence_repeated_in_another_paragraph(session):
    text = f"# Storm\n\n{LONG_A} {LONG_B}\n\n{LONG_C} {LONG_A}\n"
    assert [(f.code, f.span.start.line, f.span.start.column) for f in lint(session, text)
            if f.code.startswith("NL1")] == [("NL103", 5, len(LONG_C) + 2)]


def test_no_sentence_findings_inside_a_repeated_paragraph(session):
    text = f"# Storm\n\n{LONG_A} {LONG_B}\n\n{LONG_C}\n\n{LONG_A} {LONG_B}\n"
    assert codes(lint(session, text), "NL1") == [("NL101", 7)]


def test_short_and_quoted_sentences_may_repeat(session):
    quote = '"We will rebuild this bridge stronger than it was before the storm," the mayor said.'
    text = f"# Storm\n\nIt was a long night. {quote}\n\n{LONG_B} {LONG_C} It was a long night. {quote}\n"
    assert codes(lint(session, text), "NL1") == []


# --- NL104 ---------------------------------------------------------------------

def test_cross_file_exact_and_near_repeats_point_at_the_first_file(session):
    changed = LONG_B.replace("Monday", "Tuesday")
    files = {"a.md": f"# One\n\n{LONG_A}\n\n{LONG_B}\n", "b.md": f"# Two\n\n{LONG_C}\n\n{LONG_A}\n\n{changed}\n"}
    found = [f for f in lint_files(session, files) if f.code == "NL104"]
    assert [(f.path, f.span.start.line, f.related[0].path, f.related[0].span.start.line) for f in found] == [
        ("b.md", 5, "a.md", 3), ("b.md", 7, "a.md", 5)]
    assert "nearly" in found[1].message and "nearly" not in found[0].message


def test_boilerplate_in_many_files_is_learned(session):
    sign_off = "This story was updated with comments from the regional transport authority on Friday."
    own = [LONG_A, LONG_B, LONG_C, LONG_A[::-1], LONG_B[::-1]]
    files = {f"{n}.md": f"# Story {n}\n\n{own[n]}\n\n{sign_off}\n" for n in range(5)}
    assert codes(lint_files(session, files), "NL104") == []
    few = dict(list(files.items())[:3])
    assert len(codes(lint_files(session, few), "NL104")) == 2


def test_single_file_never_imports_numpy(session):
    import subprocess
    import sys

    code = ("import sys; from tests.test_duplicates import *; "
            "lint(family_session(), '# One\\n\\n' + LONG_A + '\\n'); print('numpy' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         cwd=Path(__file__).resolve().parents[1]).stdout
    assert out.strip() == "False"


def test_containment_is_worded_as_such(session):
    files = {"a.md": f"# One\n\n{LONG_A} {LONG_B}\n", "b.md": f"# Two\n\n{LONG_A} {LONG_B} {LONG_C}\n"}
    found = [f for f in lint_files(session, files) if f.code == "NL104"]
    assert [f.message for f in found] == ["Paragraph contains the whole of a paragraph of a.md (line 3)"]
    text = f"# One\n\n{LONG_A} {LONG_B} {LONG_C}\n\nSomething else happened on the other side of town today.\n\n{LONG_A} {LONG_B}\n"
    assert [f.message for f in lint(session, text) if f.code == "NL102"] == [
        "Paragraph is wholly contained in the paragraph on line 3"]


def test_lsh_finds_near_sets_and_skips_unrelated_ones():
    import random

    from newslint.text.similarity import lsh_candidates, pack

    rnd = random.Random(3)
    base = [rnd.getrandbits(32) for _ in range(40)]
    near = base[:34] + [rnd.getrandbits(32) for _ in range(6)]          # Jaccard about 0.74
    sets = [base] + [[rnd.getrandbits(32) for _ in range(40)] for _ in range(50)] + [near]
    later, earlier = lsh_candidates([pack(s) for s in sets])
    assert (51, 0) in set(zip(later.tolist(), earlier.tolist()))
    assert len(later) < 5


def test_words_of_spans_matches_words_on_each_span():
    from newslint.text.normalize import words, words_of_spans

    for text in ["Don't stop \u2013 it\u2019s \u201cfine\u201d, O'Neill said. Stra\u00dfe \u03a3\u0391\u03a3 \ufb01ne",
                 "'Quoted' words '' a'b c\u2019s. ASCII only here"]:
        spans = [(i, j) for i in range(0, len(text), 7) for j in range(i, len(text) + 1, 5)]
        assert words_of_spans(text, spans) == [words(text[i:j]) for i, j in spans]


# --- NL105 ---------------------------------------------------------------------

@pytest.mark.parametrize("text, flagged", [
    ("Volunteers met in the the parish hall.", True),
    ("She wanted to to go home.", True),
    ("She wanted to\nto go home after the match.", True),
    ("He had had enough of the delays.", False),
    ("He said that that decision was wrong.", False),
    ("They played Walla Walla on Sunday.", False),
    ("It was over. Over the weekend it rained.", False),
    ("It was the, the best day of all.", False),
    ("Rooms 12 12 and 14 were shut.", False),
])
def test_repeated_word(session, text, flagged):
    found = [f for f in lint(session, f"# Title\n\n{text}\n") if f.code == "NL105"]
    assert bool(found) == flagged


def test_repeated_word_fix_deletes_second_copy(session):
    text = "# Title\n\nVolunteers met in the the parish hall.\n"
    assert apply_fixes(text, lint(session, text)) == "# Title\n\nVolunteers met in the parish hall.\n"


def test_allowed_doubled_words_can_be_extended():
    s = family_session()
    s.config.word_list_settings["allowed-doubled-words"] = {"extend": ["the"]}
    s.config._word_cache.clear()
    s._active_cache.clear()
    s.global_rules = s.active_rules_for_overrides(())
    assert codes(lint(s, "# Title\n\nVolunteers met in the the parish hall.\n"), "NL105") == []
