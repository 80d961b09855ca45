"""Tests for EX101, written with newslint's testing kit (the `lint` fixture and RuleTester)."""
from __future__ import annotations

import newslint_example
from newslint.testing import RuleTester
from newslint_example.relative_day import RelativeDay

# The rule alone, with this plugin's word lists, whatever else is installed.
tester = RuleTester(RelativeDay, plugins=[newslint_example])


def test_relative_day_table():
    tester.run(
        valid=[
            "# Council votes\n\nThe council voted on Tuesday.\n",
            '# Council votes\n\n"We decided yesterday," the mayor said.\n',   # a source's words
            "# Council votes\n\nThe exhibition is called All Our Yesterdays.\n",  # part of a word
        ],
        invalid=[
            ("# Council votes\n\nThe council voted yesterday.\n", [("EX101", 3, 19, "yesterday")]),
            ("# Council votes\n\nIt meets again Tomorrow. Last night it met.\n",
             [("EX101", 3, 16), ("EX101", 3, 26, "Last night")]),
            {"text": '# Council votes\n\n"We decided yesterday," she said.\n',
             "config": {"rules": {"EX101": {"options": {"check-quotes": True}}}},
             "errors": [("EX101", 3, 13)]},
            {"text": "# Council votes\n\nThe vote is today.\n",
             "config": {"word-lists": {"relative-days": {"extend": ["today"]}}},
             "errors": [("EX101", 3, 13, "today")]},
        ],
    )


def test_the_installed_plugin_is_loaded_by_newslint(lint):
    """Through the entry point in pyproject.toml, as `newslint check` would load it."""
    findings = lint("# Council votes\n\nThe council voted yesterday.\n", {"select": ["EX"]})
    assert [(f.code, f.name, f.span.start.line, f.span.start.column) for f in findings] == \
        [("EX101", "relative-day", 3, 19)]
    assert findings[0].suggestion == 'Name the day of the week ("on Tuesday").'


def test_rule_metadata_follows_the_contract():
    from newslint.rules import validate_rule_class

    assert validate_rule_class(RelativeDay) is None
    doc = RelativeDay.documentation()
    assert all(section in doc for section in ("## What it does", "## Why is this bad?", "## Example"))
