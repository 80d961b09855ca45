"""House-style rules from rules.yaml: every kind, scoping, suppression, severities and fixes."""
from __future__ import annotations

from pathlib import Path

import pytest

import newslint

ROOT = Path(__file__).resolve().parents[1]


def lint(text: str, *entries: dict, **config) -> list:
    cfg = {"house-rules": {"entries": list(entries)}, "select": ["HS"], **config}
    return newslint.lint_text(text, path="draft.md", config=cfg)


def where(findings) -> list[tuple[str, int, int]]:
    return [(f.code, f.span.start.line, f.span.start.column) for f in findings]


def apply_fixes(text: str, findings) -> str:
    edits = sorted((e for f in findings if f.fix for e in f.fix.edits), key=lambda e: -e.start)
    for e in edits:
        text = text[:e.start] + e.replacement + text[e.end:]
    return text


EXISTENCE = {"code": "HS001", "name": "no-slammed", "kind": "existence", "tokens": ["slammed", "lashed out"],
             "exceptions": ["slammed into"]}
SUBSTITUTION = {"code": "HS002", "name": "said-not-stated", "kind": "substitution",
                "swap": {"stated": "said", "lost their lives": ["died", "were killed"]}}


# --- existence --------------------------------------------------------------------

def test_existence_flags_whole_words_and_phrases_in_any_case():
    found = lint("# Title\n\nThe mayor Slammed the plan and lashed\nout at critics.\n", EXISTENCE)
    assert where(found) == [("HS001", 3, 11), ("HS001", 3, 32)]
    assert found[0].message == "'Slammed' is against house style"
    assert found[0].suggestion == "Rephrase without 'Slammed'."
    assert found[0].fix is None


def test_existence_skips_parts_of_words_exceptions_and_code():
    text = "# Title\n\nThe unslammed door. A car slammed into a wall.\n\n```\nslammed\n```\n"
    assert lint(text, EXISTENCE) == []


def test_existence_case_sensitive_option():
    entry = {**EXISTENCE, "tokens": ["US"], "case-sensitive": True, "exceptions": []}
    assert where(lint("# T\n\nLet us go to the US.\n", entry)) == [("HS001", 3, 18)]


def test_existence_marks_match_after_words():
    entry = {"code": "HS003", "name": "no-double-bang", "kind": "existence", "tokens": ["!!"]}
    assert where(lint("# T\n\nWow!! Great.\n", entry)) == [("HS003", 3, 4)]


def test_existence_word_list_reference():
    entry = {**EXISTENCE, "tokens": ["@banned"], "exceptions": []}
    found = lint("# T\n\nIt was a fiasco.\n", entry, **{"word-lists": {"banned": ["fiasco"]}})
    assert where(found) == [("HS001", 3, 10)]


# --- substitution -----------------------------------------------------------------

def test_substitution_single_replacement_is_a_safe_fix_keeping_case():
    text = "# Mayor Stated Plan\n\nThe mayor stated it. STATED again.\n"
    found = lint(text, SUBSTITUTION)
    assert [f.message for f in found] == ["Use 'Said' instead of 'Stated'", "Use 'said' instead of 'stated'",
                                          "Use 'SAID' instead of 'STATED'"]
    assert all(f.fix and f.fix.applicability == "safe" for f in found)
    assert apply_fixes(text, found) == "# Mayor Said Plan\n\nThe mayor said it. SAID again.\n"


def test_substitution_with_alternatives_has_no_fix():
    found = lint("# T\n\nTen people lost their lives.\n", SUBSTITUTION)
    assert [f.message for f in found] == ["Use 'died' or 'were killed' instead of 'lost their lives'"]
    assert found[0].fix is None


def test_substitution_across_markup_reports_without_fix():
    found = lint("# T\n\nThe mayor **stated** it and *lost their* lives.\n", SUBSTITUTION)
    assert where(found) == [("HS002", 3, 13), ("HS002", 3, 30)]
    assert found[0].fix is not None and found[1].fix is None


def test_substitution_fix_replacement_with_capitals_is_verbatim():
    entry = {"code": "HS004", "name": "ok", "kind": "substitution", "swap": {"okay": "OK"}}
    text = "# T\n\nIt is okay. Okay then.\n"
    assert apply_fixes(text, lint(text, entry)) == "# T\n\nIt is OK. OK then.\n"


def test_substitution_templates_and_link():
    entry = {**SUBSTITUTION, "message": "Write {replacement}, not {match}", "suggestion": "Prefer {replacements}.",
             "link": "https://style.example/said"}
    found = lint("# T\n\nShe stated it.\n", entry)
    assert found[0].message == "Write said, not stated"
    assert found[0].suggestion == "Prefer 'said'. See https://style.example/said"


# --- capitalization ---------------------------------------------------------------

CAPS = {"code": "HS005", "name": "names", "kind": "capitalization", "terms": ["iPhone", "NATO", "internet"]}


def test_capitalization_flags_other_spellings_with_fix():
    text = "# T\n\nNato allies bought Iphones? No, an IPHONE and the Internet.\n"
    found = lint(text, CAPS)
    assert [f.message for f in found] == ["Write 'NATO', not 'Nato'", "Write 'iPhone', not 'IPHONE'",
                                          "Write 'internet', not 'Internet'"]
    assert apply_fixes(text, found) == "# T\n\nNATO allies bought Iphones? No, an iPhone and the internet.\n"


def test_capitalization_allows_capital_at_sentence_start():
    text = "# T\n\nIPhone sales rose. \"Internet use fell,\" she said. Internet use fell.\n"
    assert lint(text, {**CAPS, "scope": ["headline", "body", "quotes"]}) == []


# --- occurrence ---------------------------------------------------------------------

LONG = {"code": "HS006", "name": "long-sentence", "kind": "occurrence", "count": "words", "per": "sentence", "max": 5}


def test_occurrence_words_per_sentence_reports_the_sentence():
    found = lint("# T\n\nOne two three four five. One two three four five six - seven.\n", LONG)
    assert where(found) == [("HS006", 3, 26)]
    assert found[0].message == "This sentence has 7 words; house style allows at most 5"
    assert found[0].span.end.column == 62


def test_occurrence_does_not_count_quoted_words_by_default():
    text = '# T\n\nHe said: "one two three four five six seven."\n'
    assert lint(text, LONG) == []
    assert where(lint(text, {**LONG, "scope": ["body", "quotes"]})) == [("HS006", 3, 1)]


def test_occurrence_tokens_per_document_reports_first_over_limit():
    entry = {"code": "HS007", "name": "bangs", "kind": "occurrence", "tokens": ["!"], "per": "document", "max": 1}
    text = "# Wow!\n\nGreat! \"Yes!\" she said.\n\nAmazing!\n"
    found = lint(text, entry)
    assert where(found) == [("HS007", 3, 6)]
    assert found[0].message == "This document has 3 uses of '!'; house style allows at most 1"


def test_occurrence_sentences_per_paragraph():
    entry = {"code": "HS008", "name": "long-paragraph", "kind": "occurrence", "count": "sentences",
             "per": "paragraph", "max": 2}
    found = lint("# T\n\nOne. Two. Three.\n\nOne. Two.\n", entry)
    assert where(found) == [("HS008", 3, 11)]


# --- repetition ---------------------------------------------------------------------

REP = {"code": "HS009", "name": "also-again", "kind": "repetition", "tokens": ["also", "however"], "within": 4}


def test_repetition_flags_a_quick_repeat_and_points_at_the_first():
    found = lint("# T\n\nIt also rose and also fell. However, it also held.\n", REP)
    assert where(found) == [("HS009", 3, 18), ("HS009", 3, 41)]
    assert found[0].related[0].span.start.column == 4
    assert found[0].message == "'also' again, 2 words after the last one"


def test_repetition_ignores_far_repeats_and_other_paragraphs():
    text = "# T\n\nIt also rose on Monday and then fell on Tuesday and also.\n\nAlso this.\n"
    assert lint(text, REP) == []


# --- scope, selection, suppression, severity -----------------------------------------

def test_scope_headline_only_and_body_only():
    text = "# Mayor slammed\n\nThe mayor slammed it.\n"
    assert where(lint(text, {**EXISTENCE, "scope": ["headline"]})) == [("HS001", 1, 9)]
    assert where(lint(text, {**EXISTENCE, "scope": ["body"]})) == [("HS001", 3, 11)]


def test_quotes_and_blockquotes_are_out_of_scope_by_default():
    text = '# T\n\n"They slammed us," he said.\n\n> She slammed them.\n\nBy Jane Doe\n'
    assert lint(text, EXISTENCE) == []
    found = lint(text, {**EXISTENCE, "scope": ["quotes"]})
    assert where(found) == [("HS001", 3, 7), ("HS001", 5, 7)]


def test_quote_scope_in_headline():
    text = "# 'We were slammed,' says mayor\n\nBody.\n"
    assert lint(text, EXISTENCE) == []
    assert where(lint(text, {**EXISTENCE, "scope": ["headline", "quotes"]})) == [("HS001", 1, 12)]


def test_house_rules_are_selected_ignored_and_suppressed_like_any_rule():
    text = "# T\n\nThe mayor slammed it.\n\n<!-- newslint-disable-next no-slammed -->\nHe slammed it.\n"
    assert where(lint(text, EXISTENCE)) == [("HS001", 3, 11)]
    assert lint(text, EXISTENCE, ignore=["HS001"]) == []
    assert lint(text, EXISTENCE, select=["NL001"]) == []


def test_severity_from_entry_and_from_rules_section():
    text = "# T\n\nThe mayor slammed it.\n"
    assert str(lint(text, {**EXISTENCE, "severity": "error"})[0].severity) == "error"
    assert str(lint(text, EXISTENCE, rules={"no-slammed": {"severity": "info"}})[0].severity) == "info"


def test_disabled_entry_runs_only_when_selected_by_code():
    text = "# T\n\nThe mayor slammed it.\n"
    entry = {**EXISTENCE, "enabled": False}
    assert lint(text, entry) == []
    assert where(lint(text, entry, select=["HS001"])) == [("HS001", 3, 11)]


def test_per_path_ignore():
    text = "# T\n\nThe mayor slammed it.\n"
    cfg = {"house-rules": {"entries": [EXISTENCE]}, "per-path": [{"paths": ["opinion/**"], "ignore": ["HS"]}]}
    assert newslint.lint_text(text, path="opinion/a.md", config=cfg) == []
    assert [f.code for f in newslint.lint_text(text, path="news/a.md", config=cfg)] == ["HS001"]


def test_generated_rule_metadata_and_docs():
    from newslint import make_config
    from newslint.runner import Session

    session = Session(make_config({"house-rules": {"entries": [
        {**SUBSTITUTION, "description": "Said is neutral.", "link": "https://style.example/said"}]}}))
    rule = session.registry.resolve("said-not-stated")
    assert rule.code == "HS002" and rule.family() == "HS" and rule.url == "https://style.example/said"
    assert rule.summary == "House style: said not stated"
    doc = rule.documentation()
    for section in ("## What it does", "## Why is this bad?", "## Example", "Said is neutral.", "'stated' → 'said'"):
        assert section in doc
    info = session.registry.plugins["house-rules"]
    assert info.origin == "config" and info.rules == ["HS002"]


def test_example_stylebook_loads_and_flags_a_wire_draft():
    cfg = {"house-rules": {"extends": str(ROOT / "examples" / "stylebook.yaml")}, "select": ["HS"]}
    text = ("# Minister slams plan\n\nThe minister stated on March 5th that three people lost their lives "
            "in Kiev, prior to talks at 10am.\n")
    codes = {f.code for f in newslint.lint_text(text, config=cfg)}
    assert {"HS001", "HS002", "HS003", "HS009", "HS014", "HS015", "HS016"} <= codes
    from newslint import make_config

    assert len(make_config(cfg).house_rules) >= 20


@pytest.mark.skipif(not (ROOT.parent / "shared" / "corpora" / "bbc").is_dir(), reason="shared corpus not present")
def test_example_stylebook_is_quiet_on_a_few_real_articles():
    files = sorted((ROOT.parent / "shared" / "corpora" / "bbc").rglob("*.txt"))[:20]
    cfg = {"house-rules": {"extends": str(ROOT / "examples" / "stylebook.yaml")}, "select": ["HS"],
           "ignore": ["HS017", "HS018", "HS013"]}  # length and AP-vs-BBC spelling rules fire by design
    findings = [f for p in files for f in newslint.lint_text(p.read_text(encoding="utf-8", errors="replace"),
                                                             path=p.name, config=cfg)]
    assert len(findings) <= len(files)
