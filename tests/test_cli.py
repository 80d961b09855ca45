"""The command line: exit codes, JSON contract, rich output, stdin, rules, third-party plugins."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

PLUGIN_SRC = '''
from newslint import Rule, Severity, hookimpl


class ShoutRule(Rule):
    """## What it does
    Flags the word ZAP.

    ## Why is this bad?
    Nobody likes a zap.

    ## Example
    ZAP
    """

    code = "ZAP001"
    name = "no-zap"
    summary = "Flags ZAP"

    def check(self, document, ctx):
        for block in document.prose_blocks():
            i = block.text.find("ZAP")
            if i >= 0:
                ctx.report_block(block, i, i + 3, "zap found", suggestion="remove the zap")


@hookimpl
def newslint_rules():
    return [ShoutRule]
'''


@pytest.fixture(scope="module")
def plugin_site(tmp_path_factory):
    """Install a tiny third-party plugin package from a temporary directory with pip."""
    src = tmp_path_factory.mktemp("plugin-src")
    (src / "newslint_zap.py").write_text(PLUGIN_SRC)
    (src / "pyproject.toml").write_text(textwrap.dedent('''
        [build-system]
        requires = ["setuptools"]
        build-backend = "setuptools.build_meta"
        [project]
        name = "newslint-zap"
        version = "1.2.3"
        [project.entry-points.newslint]
        zap = "newslint_zap"
        [tool.setuptools]
        py-modules = ["newslint_zap"]
    '''))
    site = tmp_path_factory.mktemp("site")
    subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--no-build-isolation",
                    "--target", str(site), str(src)], check=True, capture_output=True, timeout=300)
    return site


@pytest.fixture
def cli_env(plugin_site):
    env = dict(os.environ, PYTHONPATH=str(plugin_site), NO_COLOR="1")
    env.pop("FORCE_COLOR", None)
    return env


def test_third_party_plugin_runs(tmp_path, run_cli, cli_env):
    (tmp_path / "a.md").write_text("# Title\n\nA ZAP here.\n")
    code, out, err = run_cli("check", "--select", "ZAP", "--format", "json", "a.md", env=cli_env)
    assert code == 1, err
    data = json.loads(out)
    assert [(f["code"], f["location"], f["end_location"]) for f in data["findings"]] == \
        [("ZAP001", {"line": 3, "column": 3}, {"line": 3, "column": 6})]
    code, out, _ = run_cli("plugins", env=cli_env)
    assert "zap" in out and "newslint-zap 1.2.3" in out and "ZAP001" in out
    code, out, err = run_cli("check", "--select", "ZAP", "-p", "zap", "a.md", env=cli_env)
    assert code == 0 and "ZAP001" not in out  # the plugin is off; its selector only warns
    assert err.strip() == "newslint: warning: --select: unknown rule or prefix 'ZAP' in select (ignored)"


def test_json_snapshot(tmp_path, run_cli, cli_env):
    (tmp_path / "b.md").write_text("# Title\n\nZAP one.\n\nZAP two.\n")
    code, out, _ = run_cli("check", "--select", "ZAP", "--format", "json", "b.md", env=cli_env)
    data = json.loads(out)
    for f in data["findings"]:
        assert len(f.pop("fingerprint")) == 16
    data["tool"]["version"] = "X"
    assert data == {
        "schema": "newslint/1", "tool": {"name": "newslint", "version": "X"},
        "findings": [
            {"code": "ZAP001", "name": "no-zap", "severity": "warning", "message": "zap found", "path": "b.md",
             "location": {"line": 3, "column": 1}, "end_location": {"line": 3, "column": 4}, "related": [],
             "suggestion": "remove the zap", "fix": None},
            {"code": "ZAP001", "name": "no-zap", "severity": "warning", "message": "zap found", "path": "b.md",
             "location": {"line": 5, "column": 1}, "end_location": {"line": 5, "column": 4}, "related": [],
             "suggestion": "remove the zap", "fix": None}],
        "errors": [],
        "summary": {"files": 1, "findings": 2, "by_severity": {"error": 0, "warning": 2, "info": 0}}}


def test_exit_codes(tmp_path, run_cli, cli_env):
    (tmp_path / "clean.md").write_text("# Title\n\nAll fine.\n")
    (tmp_path / "dirty.md").write_text("# Title\n\nA ZAP.\n")
    assert run_cli("check", "--select", "ZAP", "clean.md", env=cli_env)[0] == 0
    assert run_cli("check", "--select", "ZAP", "dirty.md", env=cli_env)[0] == 1
    assert run_cli("check", "--select", "ZAP", "--exit-zero", "dirty.md", env=cli_env)[0] == 0
    assert run_cli("check", "--select", "ZAP", "--fail-level", "error", "dirty.md", env=cli_env)[0] == 0
    code, out, err = run_cli("check", "missing.md", env=cli_env)
    assert code == 2 and err.strip() == "newslint: error: missing.md: no such file or directory"
    code, _, err = run_cli("check", "--format", "nope", "clean.md", env=cli_env)
    assert code == 2 and "unknown format 'nope'" in err and "Traceback" not in err
    (tmp_path / "rules.yaml").write_text("select: [ZAP]\nbogus: 1\n")
    code, _, err = run_cli("check", "clean.md", env=cli_env)
    assert code == 2 and err.strip() == f"newslint: error: {tmp_path / 'rules.yaml'}:2:1: unknown key 'bogus'"


def test_rich_output_prints_draft_text_literally(tmp_path, run_cli, cli_env):
    (tmp_path / "c.md").write_text("# Title\n\nThe [bold]ZAP[/bold] :fire: happened.\n")
    code, out, _ = run_cli("check", "--select", "ZAP", "c.md", env=cli_env)
    assert code == 1
    assert "The [bold]ZAP[/bold] :fire: happened." in out
    assert "🔥" not in out and "\x1b[" not in out
    assert "3:11" in out and "ZAP001" in out and "help: remove the zap" in out
    assert "1 finding (0 error, 1 warning, 0 info) in 1 file" in out


def test_stdin_with_filename(run_cli, cli_env):
    code, out, _ = run_cli("check", "--select", "ZAP", "--format", "json", "--stdin-filename", "drafts/x.md", "-",
                           stdin="# T\n\nZAP\n", env=cli_env)
    assert code == 1 and json.loads(out)["findings"][0]["path"] == "drafts/x.md"


def test_directory_walk_honours_include_exclude(tmp_path, run_cli, cli_env):
    for rel in ("news/a.md", "news/b.txt", "news/c.html", "archive/d.md", ".hidden/e.md"):
        p = tmp_path / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text("# T\n\nZAP.\n")
    (tmp_path / "rules.yaml").write_text('select: [ZAP]\nexclude: ["archive/**"]\n')
    code, out, _ = run_cli("check", "--format", "json", ".", env=cli_env)
    assert sorted({f["path"] for f in json.loads(out)["findings"]}) == ["news/a.md", "news/b.txt"]


def test_rules_listing_and_docs(run_cli, cli_env):
    code, out, _ = run_cli("rules", env=cli_env)
    assert code == 0 and "ZAP001" in out and "no-zap" in out and "NL001" in out
    code, out, _ = run_cli("rules", "no-zap", env=cli_env)
    assert code == 0 and "## Why is this bad?" in out and "Nobody likes a zap." in out
    code, _, err = run_cli("rules", "NL999", env=cli_env)
    assert code == 2 and "unknown rule 'NL999'" in err


def test_lint_text_api():
    import newslint

    findings = newslint.lint_text("---\ntitle: [unclosed\n---\n# T\n\nBody.\n", path="x.md")
    assert [f.code for f in findings] == ["NL001"]
    assert newslint.lint_text("Body.\n", config={"ignore": ["NL0"]}) == []


def test_package_imports_lightly():
    """Start-up stays light: importing the CLI does not import rich or markdown-it."""
    code = ("import sys, newslint.cli, newslint.runner; "
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('rich', 'markdown_it', 'yaml', 'numpy')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_examples_exist():
    examples = Path(__file__).resolve().parents[1] / "examples"
    assert len(list(examples.glob("*.md")) + list(examples.glob("*.txt"))) >= 3


def test_colour_always_highlights_only_the_flagged_words(tmp_path, run_cli, cli_env):
    (tmp_path / "c.md").write_text("# Title\n\nThe big ZAP happened.\n")
    code, out, _ = run_cli("check", "--select", "ZAP", "--color", "always", "c.md", env=cli_env)
    excerpt_line = next(line for line in out.splitlines() if "happened" in line)
    assert "The big \x1b[1;4;33mZAP\x1b[0m happened." in excerpt_line


def test_missing_path_is_reported_and_other_files_still_linted(tmp_path, run_cli, cli_env):
    (tmp_path / "dirty.md").write_text("# Title\n\nA ZAP.\n")
    code, out, err = run_cli("check", "--select", "ZAP", "--format", "json", "gone.md", "dirty.md", env=cli_env)
    assert code == 2
    assert err.strip() == "newslint: error: gone.md: no such file or directory"
    assert [f["path"] for f in json.loads(out)["findings"]] == ["dirty.md"]


def test_unknown_command_line_selector_names_the_flag(tmp_path, run_cli, cli_env):
    (tmp_path / "a.md").write_text("# Title\n\nText.\n")
    (tmp_path / "rules.yaml").write_text("select: [ZAP]\n")
    code, _, err = run_cli("check", "--select", "ZAPP", "a.md", env=cli_env)
    assert code == 2 and err.strip() == "newslint: error: --select: unknown rule or prefix 'ZAPP' in select"


@pytest.mark.parametrize("args, flag", [(("check", "--config"), "--config"), (("rules", "--config"), "--config"),
                                        (("check", "a.md", "-p"), "-p/--disable-plugin")])
def test_a_flag_without_its_value_is_reported_by_the_command_parser(run_cli, args, flag):
    code, _, err = run_cli(*args)
    assert code == 2 and f"newslint {args[0]}: error: argument {flag}: expected one argument" in err
    assert err.startswith(f"usage: newslint {args[0]} ")
