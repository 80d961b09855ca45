"""House rules in rules.yaml: errors at file:line:col, extends (paths and packages), guarded regexes."""
from __future__ import annotations

import sys
import textwrap

import pytest

import newslint
from newslint.config import load_config
from newslint.errors import ConfigError
from newslint.house import regex_problem
from newslint.runner import Session


def write(tmp_path, name: str, text: str):
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text).lstrip())
    return path


def error_of(tmp_path, text: str, name: str = "rules.yaml") -> ConfigError:
    path = write(tmp_path, name, text)
    with pytest.raises(ConfigError) as info:
        Session(load_config(path), load_entry_points=False)
    return info.value


@pytest.mark.parametrize("body, line, col, words", [
    ("  entries:\n    - code: hs1\n      name: x\n      kind: existence\n", 4, 13, "invalid code 'hs1'"),
    ("  entries:\n    - code: NL900\n      name: x\n      kind: existence\n", 4, 13, "prefix NL is reserved"),
    ("  entries:\n    - code: HS001\n      name: Bad_Name\n      kind: existence\n", 5, 13, "kebab-case"),
    ("  entries:\n    - code: HS001\n      name: x\n      kind: vibes\n", 6, 13, "unknown kind 'vibes'"),
    ("  entries:\n    - code: HS001\n      name: x\n      kind: existence\n      tokenz: [a]\n", 7, 7,
     "unknown key 'tokenz'"),
    ("  entries:\n    - code: HS001\n      name: x\n      kind: existence\n      tokens: yes\n", 7, 15,
     "'tokens' must be a list"),
    ("  entries:\n    - code: HS001\n      name: x\n      kind: existence\n", 4, 7, "needs tokens"),
    ("  entries:\n    - code: HS001\n      name: x\n      kind: existence\n      tokens: [a]\n      scope: [title]\n",
     8, 14, "must be one of headline, body, quotes"),
    ("  entries:\n    - code: HS001\n      name: x\n      kind: existence\n      tokens: [a]\n      severity: loud\n",
     8, 17, "unknown severity"),
    ("  entries:\n    - code: HS001\n      name: x\n      kind: existence\n      tokens: [a]\n"
     "      message: 'Bad {thing}'\n", 8, 16, "unknown placeholder {thing}"),
    ("  entries:\n    - code: HS001\n      name: x\n      kind: substitution\n      swap: {a: [1]}\n", 7, 17,
     "replacement for 'a'"),
    ("  entries:\n    - code: HS001\n      name: x\n      kind: occurrence\n      count: words\n", 4, 7, "needs max"),
    ("  entries:\n    - code: HS001\n      name: x\n      kind: occurrence\n      count: sentences\n      max: 2\n",
     4, 7, "per paragraph"),
    ("  entries:\n    - code: HS001\n      name: x\n      kind: existence\n      tokens: [a]\n"
     "    - code: HS001\n      name: y\n      kind: existence\n      tokens: [b]\n", 8, 13,
     "already defined at"),
    ("  entries:\n    - code: HS001\n      name: x\n      kind: existence\n      tokens: ['@nope']\n", 7, 15,
     "unknown word list '@nope'"),
    ("  entries:\n    - code: NL101\n      name: x\n      kind: existence\n      tokens: [a]\n", 4, 13, "reserved"),
    ("  extends: missing.yaml\n", 3, 12, "not found"),
    ("  extends: pkg:no_such_package_xyz/s.yaml\n", 3, 12, "cannot find"),
    ("  bogus: 1\n", 3, 3, "unknown key 'bogus'"),
])
def test_errors_point_at_file_line_col(tmp_path, body, line, col, words):
    err = error_of(tmp_path, "select: [ALL]\nhouse-rules:\n" + body)
    assert (err.line, err.column) == (line, col), str(err)
    assert words in err.message
    assert err.path.endswith("rules.yaml")


def test_code_taken_by_a_plugin_rule_is_an_error_at_the_entry(tmp_path):
    from tests.support import sample_rules

    path = write(tmp_path, "rules.yaml", """
        house-rules:
          entries:
            - {code: TST001, name: mine, kind: existence, tokens: [a]}
        """)
    with pytest.raises(ConfigError, match="TST001 is already used by plugin") as info:
        Session(load_config(path), load_entry_points=False, extra_plugins=[sample_rules])
    assert (info.value.line, info.value.column) == (3, 14)


def test_extends_relative_path_chain_and_errors_in_the_stylebook(tmp_path):
    write(tmp_path, "style/base.yaml", """
        entries:
          - {code: HS001, name: no-slammed, kind: existence, tokens: [slammed]}
        """)
    write(tmp_path, "style/house.yaml", """
        extends: base.yaml
        entries:
          - {code: HS002, name: said, kind: substitution, swap: {stated: said}}
        """)
    path = write(tmp_path, "rules.yaml", """
        house-rules:
          extends: [style/house.yaml]
          entries:
            - {code: HS003, name: ok, kind: substitution, swap: {okay: OK}}
        """)
    cfg = load_config(path)
    assert [e.code for e in cfg.house_rules] == ["HS001", "HS002", "HS003"]
    found = newslint.lint_text("# T\n\nHe slammed, stated, okay.\n", config=cfg)
    assert [f.code for f in found if f.code.startswith("HS")] == ["HS001", "HS002", "HS003"]
    write(tmp_path, "style/base.yaml", """
        entries:
          - {code: HS001, name: no-slammed, kind: existance, tokens: [slammed]}
        """)
    with pytest.raises(ConfigError) as info:
        load_config(path)
    assert info.value.path.endswith("base.yaml") and (info.value.line, info.value.column) == (2, 43)


def test_extends_cycle_is_an_error(tmp_path):
    write(tmp_path, "a.yaml", "extends: b.yaml\n")
    write(tmp_path, "b.yaml", "extends: a.yaml\n")
    path = write(tmp_path, "rules.yaml", "house-rules:\n  extends: a.yaml\n")
    with pytest.raises(ConfigError, match="includes itself") as info:
        load_config(path)
    assert info.value.path.endswith("b.yaml")


def test_extends_from_an_installed_package(tmp_path, monkeypatch):
    write(tmp_path, "site/acme_style/__init__.py", "")
    write(tmp_path, "site/acme_style/stylebook.yaml", """
        entries:
          - {code: ACME001, name: no-utilize, kind: substitution, swap: {utilize: use}}
        """)
    monkeypatch.syspath_prepend(str(tmp_path / "site"))
    sys.modules.pop("acme_style", None)
    path = write(tmp_path, "rules.yaml", "house-rules:\n  extends: pkg:acme_style/stylebook.yaml\n")
    found = newslint.lint_text("# T\n\nWe utilize it.\n", config=load_config(path))
    assert [(f.code, f.fix.edits[0].replacement) for f in found] == [("ACME001", "use")]


# --- regular expressions ------------------------------------------------------------

@pytest.mark.parametrize("pattern", [
    r"(a+)+$",              # the classic exponential ReDoS
    r"(\w+\s?)*$",
    r"(a|aa)+b",
    r"(.*a){12}",
    r"(?:x*y*)*z",
    r"(a)\1",
    "[unclosed",
    "a" * 1001,             # longer than the core limit
])
def test_dangerous_or_invalid_regexes_are_refused(pattern):
    assert regex_problem(pattern)


@pytest.mark.parametrize("pattern", [
    r"\b\d{1,2}(?::\d\d)? ?(?:am|pm)\b", r"colou?r", r"(?:\s|-)+", r"\d+%", r"(?:Mr|Mrs)\.? [A-Z]\w+",
])
def test_ordinary_regexes_are_accepted(pattern):
    assert regex_problem(pattern) is None


def test_redos_pattern_in_config_is_rejected_at_its_position(tmp_path):
    err = error_of(tmp_path, """
        house-rules:
          entries:
            - code: HS001
              name: evil
              kind: existence
              regex: true
              tokens: ['(a+)+$']
        """)
    assert (err.line, err.column) == (7, 15) and "nested quantifier" in err.message


def test_regex_tokens_match_as_written():
    entry = {"code": "HS001", "name": "times", "kind": "existence", "regex": True,
             "tokens": [r"\b\d{1,2} ?(?:am|pm)\b"], "message": "Time '{match}'"}
    found = newslint.lint_text("# T\n\nAt 10am and 3 PM, not in a camp.\n",
                               config={"house-rules": {"entries": [entry]}, "select": ["HS"]})
    assert [f.message for f in found] == ["Time '10am'", "Time '3 PM'"]
