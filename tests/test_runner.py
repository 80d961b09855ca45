"""Selection, severities, per-path overrides, suppression, fingerprints, crash isolation."""
from __future__ import annotations

from newslint.model import Severity

TEXT = "Title\n\nA banana and a note.\n"


def codes(findings):
    return [f.code for f in findings]


def lint(session, text=TEXT, path="draft.md"):
    return session.lint_source(path, text).findings


def test_defaults_select_enabled_rules_only(sample_session):
    assert codes(lint(sample_session())) == ["TST001", "TST002"]


def test_select_ignore_prefix_name_and_specificity(sample_session):
    assert codes(lint(sample_session({"ignore": ["TST"]}))) == []
    assert codes(lint(sample_session({"ignore": ["TST"], "select": ["TST001"]}))) == ["TST001"]
    assert codes(lint(sample_session({"ignore": ["info-note"]}))) == ["TST001"]
    assert codes(lint(sample_session({"select": ["TST003"]}))) == ["TST003"]  # off by default: exact only
    assert "TST003" not in codes(lint(sample_session({"select": ["TST"]})))


def test_severity_override_and_per_path(sample_session):
    s = sample_session({"rules": {"flag-word": {"severity": "error"}},
                        "per-path": [{"paths": ["opinion/**"], "ignore": ["TST001"]},
                                     {"paths": ["opinion/loud/**"], "select": ["TST001"],
                                      "rules": {"TST001": {"severity": "info"}}}]})
    assert [f.severity for f in lint(s) if f.code == "TST001"] == [Severity.ERROR]
    assert "TST001" not in codes(lint(s, path="opinion/a.md"))
    assert [f.severity for f in lint(s, path="opinion/loud/a.md") if f.code == "TST001"] == [Severity.INFO]


def test_suppression_comments(sample_session):
    s = sample_session()
    text = ("Title\n\n<!-- newslint-disable TST001 -->\nbanana one.\n\n<!-- newslint-enable TST001 -->\n"
            "banana two.\n\n<!-- newslint-disable-next flag-word -->\nbanana three.\n\nbanana four.\n")
    found = [(f.code, f.span.start.line) for f in lint(s, text)]
    assert found == [("TST001", 7), ("TST001", 12)]
    assert lint(s, "<!-- newslint-disable-file -->\nA banana note.\n") == []
    assert codes(lint(s, "<!-- newslint-disable-file info-note -->\nA banana note.\n", "d.txt")) == ["TST001"]


def test_front_matter_ignore(sample_session):
    text = "---\nnewslint: {ignore: [TST001]}\n---\n# Title\n\nbanana note.\n"
    assert codes(lint(sample_session(), text)) == ["TST002"]


def test_directive_inside_code_is_ignored(sample_session):
    text = "# T\n\n```\n<!-- newslint-disable-file -->\n```\n\nbanana.\n"
    assert codes(lint(sample_session(), text)) == ["TST001"]


def test_fingerprint_survives_edits_elsewhere(sample_session):
    s = sample_session()
    a = lint(s, "Title\n\nA banana here.\n")
    b = lint(s, "Title\n\nA new paragraph first.\n\nAnother one.\n\nA banana here.\n")
    assert a[0].fingerprint == b[0].fingerprint and a[0].span.start.line != b[0].span.start.line
    two = lint(s, "Title\n\nbanana banana.\n")
    assert two[0].fingerprint != two[1].fingerprint


def test_crashing_rule_is_isolated_and_reported(sample_session):
    s = sample_session()
    result = s.lint_source("d.md", "Title\n\nboom banana.\n")
    assert codes(result.findings) == ["TST001"]
    assert len(result.errors) == 1 and "TST004" in result.errors[0].message and "kaboom" in result.errors[0].message


def test_crlf_positions(sample_session):
    s = sample_session()
    [f] = [f for f in lint(s, "Title\r\n\r\nA banana.\r\n") if f.code == "TST001"]
    assert (f.span.start.line, f.span.start.column, f.span.end.column) == (3, 3, 9)


def test_invalid_finding_is_rejected_naming_plugin():
    from newslint import Finding, Position, Rule, Severity, Span, hookimpl, make_config
    from newslint.runner import Session

    class Bad(Rule):
        code, name, summary = "BAD001", "bad", "emits a finding outside the document"

        def check(self, document, ctx):
            p = Position(99, 1, 10_000)
            return [Finding("BAD001", "bad", Severity.WARNING, "x", document.path, Span(p, p))]

    class Plugin:
        __name__ = "bad-plugin"

        @hookimpl
        def newslint_rules(self):
            return [Bad]

    s = Session(make_config(None), load_entry_points=False, extra_plugins=[Plugin()])
    result = s.lint_source("d.md", "Hello.\n")
    assert result.findings == [] and "bad-plugin" in result.errors[0].message


def test_plugin_parser_claims_other_formats_first(sample_session):
    from newslint import Block, BlockKind, Document, hookimpl, make_config
    from newslint.parsing.structure import finish_document
    from newslint.runner import Session
    from tests.support import sample_rules

    class HtmlParser:
        __name__ = "html-parser"

        @hookimpl
        def newslint_parse(self, path, source):
            if not path.endswith(".html"):
                return None
            start = source.index("<p>") + 3
            end = source.index("</p>")
            doc = Document(path=path, source=source, format="html")
            doc.blocks.append(Block(BlockKind.PARAGRAPH, start, end, source[start:end], [0], [start]))
            return finish_document(doc)

    s = Session(make_config(None), load_entry_points=False, extra_plugins=[sample_rules, HtmlParser()])
    [f] = [f for f in s.lint_source("a.html", "<html><p>A banana.</p></html>").findings if f.code == "TST001"]
    assert f.span.start.offset == len("<html><p>A ")
    assert s.lint_source("a.md", "Title\n\nA banana.\n").findings  # markdown still parsed by the core


def test_plugins_disabled_from_config(tmp_path):
    from newslint.config import load_config
    from newslint.runner import Session

    p = tmp_path / "rules.yaml"
    p.write_text("plugins:\n  disable: [duplicates, headlines, attribution, hedging]\n")
    s = Session(load_config(p))
    assert s.registry.rules and all(code.startswith("NL0") for code in s.registry.rules)


def test_findings_inside_text_a_safe_fix_deletes_are_dropped():
    from newslint import Edit, Finding, Fix, Position, Severity, Span
    from newslint.runner import drop_inside_deletions

    def finding(code, start, end, fix=None):
        return Finding(code, code.lower(), Severity.WARNING, "m", "d.md",
                       Span(Position(1, start + 1, start), Position(1, end + 1, end)), fix=fix)

    dup = finding("NL101", 10, 50, Fix("delete", (Edit(9, 51, ""),)))
    inside, overlapping, outside = finding("NL301", 20, 30), finding("NL302", 45, 60), finding("NL401", 60, 70)
    unsafe = finding("NL101", 60, 80, Fix("delete", (Edit(59, 81, ""),), applicability="unsafe"))
    kept = drop_inside_deletions([dup, inside, overlapping, outside, unsafe])
    assert kept == [dup, overlapping, outside, unsafe]


def test_kursk_repeated_paragraphs_report_only_the_duplication():
    import pytest

    from newslint import lint_text
    from tests.conftest import KURSK

    if not KURSK.exists():
        pytest.skip("shared samples not present")
    findings = lint_text(KURSK.read_text(encoding="utf-8"), path="kursk-draft.txt")
    late = sorted({(f.span.start.line, f.code) for f in findings if f.span.start.line >= 11})
    assert late == [(11, "NL101"), (12, "NL101"), (13, "NL101"), (14, "NL101")]
    assert {f.span.start.line for f in findings if f.code.startswith("NL3")} >= {1, 9, 10}
