"""Broken plugins and bad configuration: a clear message, exit 2, and no finding of another rule lost."""
from __future__ import annotations

import json
import os
import textwrap

import pytest

from newslint import Edit, Finding, Fix, Rule, hookimpl, make_config
from newslint.errors import ConfigError, PluginError
from newslint.model import Position, Span
from newslint.runner import Session
from tests.support import sample_rules

DOC = "## What it does\nTest.\n\n## Why is this bad?\nTest.\n\n## Example\nTest.\n"
TEXT = "Title\n\nA banana and a note.\n"


def make_rule(code, name, check, init=None):
    attrs = {"__doc__": DOC, "code": code, "name": name, "summary": name, "check": check}
    if init is not None:
        attrs["__init__"] = init
    return type(name.title().replace("-", ""), (Rule,), attrs)


class Plugin:
    """An in-code plugin registering the given rules (and optionally more hooks)."""

    def __init__(self, name, *rules, **hooks):
        self.__name__ = name
        self._rules = rules
        for hook, fn in hooks.items():
            setattr(self, hook, hookimpl(fn))

    @hookimpl
    def newslint_rules(self):
        return list(self._rules)


def session(*plugins, config=None):
    return Session(make_config(config), load_entry_points=False, extra_plugins=[sample_rules, *plugins])


def codes(findings):
    return sorted(f.code for f in findings)


# --- a rule that raises -------------------------------------------------------

def test_crashing_rule_loses_no_other_finding_and_names_plugin_rule_and_file():
    def boom(self, document, ctx):
        ctx.report(0, 1, "reported before the crash")
        raise ZeroDivisionError("division by zero in the rule")

    s = session(Plugin("crashy-plugin", make_rule("CRX001", "crashy", boom)))
    result = s.lint_source("news/a.md", TEXT)
    assert codes(result.findings) == ["TST001", "TST002"]  # other rules still ran; the crasher's output dropped
    [err] = result.errors
    assert err.path == "news/a.md"
    assert "CRX001 (crashy)" in err.message and "'crashy-plugin'" in err.message
    assert "ZeroDivisionError: division by zero in the rule" in err.message
    assert "Traceback" in err.detail and "in boom" in err.detail
    again = s.lint_source("news/b.md", TEXT)  # later documents run too
    assert codes(again.findings) == ["TST001", "TST002"] and len(again.errors) == 1


def test_crashing_project_rule_keeps_document_findings(sample_session):
    def finish(self, extracts, ctx):
        raise KeyError("lost")

    rule = type("Proj", (Rule,), {"__doc__": DOC, "code": "CRX002", "name": "proj", "summary": "p",
                                  "scope": "project", "extract": lambda self, d: 1, "finish": finish})
    s = session(Plugin("proj-plugin", rule))
    result = s.lint_source("a.md", TEXT)
    assert s.finish([result]) == []
    assert codes(result.findings) == ["TST001", "TST002"]
    assert any("CRX002" in e.message and "'proj-plugin'" in e.message for e in result.errors)


def test_crashing_check_hook_of_another_plugin_keeps_rule_findings():
    def newslint_check(document):
        raise RuntimeError("hook broke")

    s = session(Plugin("hooky", newslint_check=newslint_check))
    result = s.lint_source("a.md", "Title\n\nboom banana.\n")  # TST004 crashes too: reported once
    assert codes(result.findings) == ["TST001"]
    messages = [e.message for e in result.errors]
    assert len(messages) == 2
    assert any("plugin 'hooky' crashed in newslint_check: RuntimeError: hook broke" in m for m in messages)
    assert any("TST004" in m and "kaboom" in m for m in messages)


def test_crashing_parser_plugin_is_an_error_for_that_file_only():
    def newslint_parse(path, source):
        if path.endswith(".weird"):
            raise ValueError("cannot parse weird")
        return None

    s = session(Plugin("weird-parser", newslint_parse=newslint_parse))
    bad = s.lint_source("x.weird", TEXT)
    assert bad.findings == [] and "plugin 'weird-parser' crashed in newslint_parse" in bad.errors[0].message
    assert codes(s.lint_source("x.md", TEXT).findings) == ["TST001", "TST002"]


def test_rule_whose_constructor_raises_is_a_plugin_error():
    def init(self, options, config):
        raise AttributeError("no such thing")

    with pytest.raises(PluginError, match=r"rule CRX003 from plugin 'ctor' failed to start: AttributeError"):
        session(Plugin("ctor", make_rule("CRX003", "ctor-rule", lambda *a: None, init)))


@pytest.mark.parametrize("hook", ["newslint_rules", "newslint_word_lists", "newslint_formatters"])
def test_registration_hook_that_raises_is_a_plugin_error(hook):
    def broken():
        raise ImportError("optional dependency missing")

    plugin = type("P", (), {"__name__": "reg-plugin", hook: staticmethod(hookimpl(broken))})()
    with pytest.raises(PluginError, match=rf"plugin 'reg-plugin': broken\(\) failed: ImportError: optional"):
        Session(make_config(None), load_entry_points=False, extra_plugins=[plugin])


# --- findings that break the contract -------------------------------------------

def _finding(code, name, span, message="m", fix=None):
    return Finding(code, name, None, message, "a.md", span, fix=fix)


BAD_FINDINGS = {
    "outside": (lambda d: _finding("BAD001", "bad", Span(d.position(0), Position(4, 50, len(d.source) + 50))),
                "outside the document"),
    "negative": (lambda d: _finding("BAD001", "bad", Span(Position(1, 0, -1), Position(1, 1, 0))), "offsets -1..0"),
    "line-lies": (lambda d: _finding("BAD001", "bad", Span(Position(9, 1, 2), Position(9, 2, 3))),
                  "does not agree with its offset 2"),
    "unknown-code": (lambda d: _finding("ZZZ999", "nope", d.span(0, 1)), "unknown code 'ZZZ999'"),
    "wrong-name": (lambda d: _finding("BAD001", "other", d.span(0, 1)), "name 'other' does not belong to BAD001"),
    "not-a-finding": (lambda d: {"code": "BAD001"}, "is not a Finding"),
    "no-span": (lambda d: _finding("BAD001", "bad", None), "span None is not a Span"),
    "no-message": (lambda d: _finding("BAD001", "bad", d.span(0, 1), message=""), "has no message"),
    "bad-fix": (lambda d: _finding("BAD001", "bad", d.span(0, 1), fix=Fix("x", (Edit(0, 10_000, ""),))),
                "fix edits lie outside the document"),
}


@pytest.mark.parametrize("kind", sorted(BAD_FINDINGS))
def test_invalid_finding_is_rejected_naming_the_plugin(kind):
    make, words = BAD_FINDINGS[kind]

    def check(self, document, ctx):
        return [make(document)]

    s = session(Plugin("liar-plugin", make_rule("BAD001", "bad", check)))
    result = s.lint_source("a.md", TEXT)
    assert codes(result.findings) == ["TST001", "TST002"]
    [err] = result.errors
    assert "plugin 'liar-plugin' emitted an invalid finding" in err.message or \
        "plugin '?' emitted an invalid finding" in err.message  # an unknown code has no plugin
    assert words in err.message


def test_valid_findings_from_ctx_pass_validation_at_every_offset():
    def check(self, document, ctx):
        for i in range(len(document.source) + 1):
            ctx.report(i, i, f"at {i}")

    s = session(Plugin("every", make_rule("EVR001", "every", check)))
    text = "Title\r\n\r\nLine one\rline two\n\n\n"
    result = s.lint_source("a.md", text)
    assert result.errors == []
    assert len([f for f in result.findings if f.code == "EVR001"]) == 28  # 27 characters once normalised


# --- through the command line: entry points that fail ---------------------------------

def install_plugin(tmp_path, module, source, name="broken"):
    """A plugin module with a dist-info declaring it under the ``newslint`` entry-point group."""
    site = tmp_path / "site"
    (site / f"{module}-0.1.dist-info").mkdir(parents=True)
    (site / f"{module}.py").write_text(textwrap.dedent(source))
    (site / f"{module}-0.1.dist-info" / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {module}\nVersion: 0.1\n")
    (site / f"{module}-0.1.dist-info" / "entry_points.txt").write_text(f"[newslint]\n{name} = {module}\n")
    env = dict(os.environ, PYTHONPATH=str(site), NO_COLOR="1")
    env.pop("FORCE_COLOR", None)
    return env


def test_plugin_that_fails_to_import_exits_2_naming_the_entry_point(tmp_path, run_cli):
    env = install_plugin(tmp_path, "nl_broken_import", "import no_such_module_for_newslint\n")
    (tmp_path / "a.md").write_text("# T\n\nText.\n")
    code, out, err = run_cli("check", "--isolated", "a.md", env=env)
    assert code == 2 and "Traceback" not in err
    assert "plugin 'broken' (nl_broken_import) failed to load: ModuleNotFoundError" in err
    assert "no_such_module_for_newslint" in err
    code, _, _ = run_cli("check", "--isolated", "-p", "broken", "--exit-zero", "a.md", env=env)
    assert code == 0  # disabling it by name gets the run going again


CRASH_PLUGIN = '''
from newslint import Rule, hookimpl

DOC = """## What it does\nx\n\n## Why is this bad?\nx\n\n## Example\nx\n"""


class Explodes(Rule):
    __doc__ = DOC
    code = "CRZ001"
    name = "explodes"
    summary = "Raises on drafts mentioning dynamite"

    def check(self, document, ctx):
        if "dynamite" in document.source:
            helper(document)


def helper(document):
    raise RuntimeError("the rule blew up")


class Flags(Rule):
    __doc__ = DOC
    code = "CRZ002"
    name = "flags-fuse"
    summary = "Flags the word fuse"

    def check(self, document, ctx):
        i = document.source.find("fuse")
        if i >= 0:
            ctx.report(i, i + 4, "fuse found", suggestion="remove the fuse")


@hookimpl
def newslint_rules():
    return [Explodes, Flags]
'''


@pytest.mark.parametrize("fmt", ["rich", "json"])
def test_crashing_rule_through_the_cli(tmp_path, run_cli, fmt):
    env = install_plugin(tmp_path, "nl_crashy", CRASH_PLUGIN, name="crashy")
    (tmp_path / "a.md").write_text("# T\n\nA fuse and dynamite.\n")
    (tmp_path / "b.md").write_text("# T\n\nOnly a fuse.\n")
    args = ["check", "--isolated", "--select", "CRZ", "--no-cache", "--format", fmt, "a.md", "b.md"]
    code, out, err = run_cli(*args, env=env)
    assert code == 2
    both = out + err
    assert "CRZ001 (explodes) from plugin 'crashy' crashed: RuntimeError: the rule blew up" in both
    assert "a.md" in both and "Traceback" not in both
    if fmt == "json":
        data = json.loads(out)
        assert sorted((f["path"], f["code"]) for f in data["findings"]) == [("a.md", "CRZ002"), ("b.md", "CRZ002")]
        assert [e["path"] for e in data["errors"]] == ["a.md"]
    code, out, err = run_cli(*args, "--verbose", env=env)
    assert code == 2 and "Traceback" in out + err and "in helper" in out + err


# --- configuration errors through the command line ------------------------------------

@pytest.mark.parametrize("text, where, words", [
    ("select: [NL1\n", "2:1", "invalid YAML"),
    ("fail-level: [warning]\n", "1:13", "unknown severity"),
    ("ignore: {NL1: true}\n", "1:9", "list of strings"),
    ("select: [NL999]\n", "1:10", "unknown rule or prefix 'NL999'"),
    ("rules:\n  NL999: {severity: info}\n", "2:3", "unknown rule 'NL999'"),
    ("version: 2024-02-30\n", "1:10", "day is out of range"),
    ("ignore: [NL1]\nignore: [NL2]\n", "2:1", "duplicate key 'ignore'"),
    ("x: !!python/object/apply:os.system [echo pwned]\n", "1:4", "is not allowed"),
    ("house-rules:\n  entries:\n    - {code: HS001, name: redos, kind: existence, regex: true, tokens: ['(a+)+$']}\n",
     "3:", "backtrack catastrophically"),
])
def test_config_errors_exit_2_with_file_line_col(tmp_path, run_cli, text, where, words):
    (tmp_path / "rules.yaml").write_text(text)
    (tmp_path / "a.md").write_text("# T\n\nText.\n")
    code, out, err = run_cli("check", "a.md")
    assert code == 2 and "Traceback" not in err, err
    assert f"{tmp_path / 'rules.yaml'}:{where}" in err and words in err


def test_word_list_with_yaml_11_booleans_keeps_words(tmp_path):
    cfg = tmp_path / "rules.yaml"
    cfg.write_text("word-lists:\n  attribution-verbs: {extend: [no, on, off, yes]}\n")
    from newslint.config import load_config

    s = Session(load_config(cfg), load_entry_points=False)
    assert s.config.word_list("attribution-verbs")[-4:] == ("no", "on", "off", "yes")


def test_unreadable_config_is_a_config_error(tmp_path, run_cli):
    (tmp_path / "rules.yaml").write_bytes(b"select: [\xff\xfe]\n")
    (tmp_path / "a.md").write_text("# T\n\nText.\n")
    code, _, err = run_cli("check", "a.md")
    assert code == 2 and "cannot read config" in err and "Traceback" not in err


def test_regex_option_that_does_not_compile_points_at_the_option(tmp_path):
    from newslint.config import load_config
    from newslint.text.safe_regex import compile_option

    def init(self, options, config):
        super(type(self), self).__init__(options, config)
        self.pattern = compile_option("pattern", options.pattern)

    from dataclasses import dataclass, field

    @dataclass(frozen=True)
    class Opts:
        pattern: str = field(default="x", metadata={"help": "a regular expression"})

    rule = make_rule("RGX001", "regex-rule", lambda *a: None, init)
    rule.Options = Opts
    cfg = tmp_path / "rules.yaml"
    for pattern, words in (("[unclosed", "unterminated character set"), ("(\\w+\\s?)+$", "catastrophically")):
        cfg.write_text(f"rules:\n  RGX001:\n    options:\n      pattern: '{pattern}'\n")
        with pytest.raises(ConfigError) as info:
            session(Plugin("rgx", rule), config=load_config(cfg))
        assert (info.value.line, info.value.column) == (4, 16) and words in info.value.message
