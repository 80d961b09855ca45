"""The plugin authors' testing kit: the pytest11 registration, the lint fixture and RuleTester."""
from __future__ import annotations

import pytest

from newslint import Rule, hookimpl
from newslint.house.kinds import literal_fix
from newslint.testing import Expected, RuleTester, apply_fixes
from tests.support import sample_rules
from tests.support.sample_rules import FlagWord


class Apple(Rule):
    """## What it does
    Turns bananas into apples.

    ## Why is this bad?
    Test fixture.

    ## Example
    banana → apple
    """

    code = "KIT001"
    name = "apple"
    summary = "banana to apple"

    def check(self, document, ctx):
        for block in document.prose_blocks():
            i = block.text.find("banana")
            if i >= 0:
                ctx.report_block(block, i, i + 6, "a banana", fix=literal_fix(document, block, i, i + 6, "apple"))


def test_kit_is_a_registered_pytest_plugin(pytestconfig):
    import newslint.testing

    assert pytestconfig.pluginmanager.get_plugin("newslint") is newslint.testing


def test_lint_fixture_uses_config_and_installed_plugins(lint):
    text = "# Title\n\nThe mayor stated it.\n"
    config = {"house-rules": {"entries": [{"code": "HS001", "name": "said", "kind": "substitution",
                                           "swap": {"stated": "said"}}]}, "select": ["HS"]}
    assert [(f.code, f.span.start.line) for f in lint(text, config)] == [("HS001", 3)]
    assert lint(text, {"select": ["HS001"], **config}, path="x.txt")[0].path == "x.txt"


def test_lint_fixture_with_only_given_plugins(lint):
    findings = lint("# T\n\nA banana.\n", {"select": ["TST001"]}, plugins=[sample_rules])
    assert [f.code for f in findings] == ["TST001"]


def test_rule_tester_passes_a_correct_table():
    RuleTester(FlagWord).run(
        valid=["# T\n\nAn apple.\n", {"text": "# T\n\nA cherry.\n", "config": {"rules": {"TST001": {
            "options": {"words": ["banana"]}}}}}],
        invalid=[("# T\n\nA banana.\n", [("TST001", 3, 3)]),
                 {"text": "# T\n\nA banana and a BANANA.\n", "errors": [("TST001", 3, 3, "banana"),
                                                                     {"code": "TST001", "line": 3, "column": 16}]},
                 {"text": "# T\n\nA kiwi.\n", "config": {"rules": {"flag-word": {"options": {"words": ["kiwi"]}}}},
                  "errors": [Expected("TST001", 3, 3, "kiwi")]}],
    )


def test_rule_tester_reports_every_failing_case():
    tester = RuleTester(FlagWord)
    with pytest.raises(pytest.fail.Exception) as info:
        tester.run(valid=["# T\n\nA banana.\n"],
                   invalid=[("# T\n\nA banana.\n", [("TST001", 3, 4)]), ("# T\n\nNothing.\n", [("TST001", 3, 1)]),
                            ("# T\n\nA banana.\n", [])])
    text = str(info.value)
    assert "4 case(s) failed" in text
    assert "valid text gave TST001 3:3 \"word 'banana'\"" in text
    assert "expected TST001 3:4" in text and "got no finding" in text
    assert "needs at least one expected finding" in text


def test_rule_tester_checks_fixed_output():
    tester = RuleTester(Apple)
    tester.run(invalid=[{"text": "# T\n\nA banana.\n", "errors": [("KIT001", 3, 3)], "output": "# T\n\nA apple.\n"}])
    assert tester.check_invalid({"text": "# T\n\nA banana.\n", "errors": [("KIT001", 3, 3)],
                                 "output": "# T\n\nA pear.\n"}).startswith("fixed text differs")


def test_rule_tester_isolates_the_rule_from_installed_plugins():
    assert [f.code for f in RuleTester(Apple).lint("# T\n\nA banana. A banana.\n\nA banana. A banana.\n")] == \
        ["KIT001", "KIT001"]


def test_apply_fixes_skips_overlaps_and_unsafe_fixes(lint):
    config = {"house-rules": {"entries": [
        {"code": "HS001", "name": "a", "kind": "substitution", "swap": {"stated": "said"}},
        {"code": "HS002", "name": "b", "kind": "substitution", "swap": {"stated clearly": "said"}},
        {"code": "HS003", "name": "c", "kind": "substitution", "swap": {"passed away": ["died", "perished"]}}]},
        "select": ["HS"]}
    text = "# T\n\nHe stated clearly that she passed away.\n"
    assert apply_fixes(text, lint(text, config)) == "# T\n\nHe said that she passed away.\n"  # widest first


class _Broken(Rule):
    """## What it does
    Crashes.

    ## Why is this bad?
    Test fixture.

    ## Example
    anything
    """

    code = "KIT002"
    name = "broken"
    summary = "crashes"

    def check(self, document, ctx):
        raise RuntimeError("boom")


class _BrokenPlugin:
    @hookimpl
    def newslint_rules(self):
        return [_Broken]


def test_a_crashing_rule_fails_the_test_with_its_message(lint):
    with pytest.raises(pytest.fail.Exception, match="KIT002.*boom"):
        lint("# T\n\nText.\n", {"select": ["KIT002"]}, plugins=[_BrokenPlugin()])
