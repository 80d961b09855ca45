"""CI workflow: baselines, changed lines on a git repository, pre-commit hooks."""
from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
import yaml

from newslint.baseline import SCHEMA
from newslint.changes import ChangedLines, parse_diff
from newslint.model import Position, Span

ROOT = Path(__file__).resolve().parents[1]
SELECT = ["--isolated", "--select", "WFA,WFB,WFP", "--format", "concise", "-p", "duplicates", "-p", "headlines",
          "-p", "attribution", "-p", "hedging"]


def codes_at(out: str) -> list[str]:
    """``path:line CODE`` for each concise output line."""
    return [f"{p.split(':')[0]}:{p.split(':')[1]} {p.split(' ')[1]}" for p in out.splitlines()]


# --- baseline ------------------------------------------------------------------------

def test_baseline_round_trip_survives_edits_elsewhere(cli, tmp_path):
    draft = tmp_path / "a.md"
    draft.write_text("# Flood\n\nIt reportedly rained.\n\nAbout 40 homes flooded.\n", encoding="utf-8")
    code, _, err = cli("baseline", *SELECT, ".")
    assert code == 0 and "wrote 2 findings to .newslint-baseline.json" in err
    data = json.loads((tmp_path / ".newslint-baseline.json").read_text(encoding="utf-8"))
    assert data["schema"] == SCHEMA and {e["code"] for e in data["findings"]} == {"WFA001", "WFB001"}
    assert cli("check", *SELECT, "--baseline", ".newslint-baseline.json", ".")[:2] == (0, "")
    # unrelated edits move every line: nothing new is reported
    draft.write_text("# Flood\n\nThe river rose overnight.\n\nResidents left early.\n\nIt reportedly rained.\n\n"
                     "About 40 homes flooded.\n", encoding="utf-8")
    assert cli("check", *SELECT, "--baseline", ".newslint-baseline.json", ".")[:2] == (0, "")
    # a second copy of a recorded problem and a new problem are reported
    with draft.open("a", encoding="utf-8") as fh:
        fh.write("\nIt reportedly rained again.\n\nShops reportedly shut.\n")
    code, out, _ = cli("check", *SELECT, "--baseline", ".newslint-baseline.json", ".")
    assert code == 1 and codes_at(out) == ["a.md:11 WFA001", "a.md:13 WFA001"]
    code, out, _ = cli("check", *SELECT, ".")
    assert len(out.splitlines()) == 4


def test_baseline_custom_path_and_bad_file(cli, tmp_path):
    (tmp_path / "a.md").write_text("It reportedly rained.\n", encoding="utf-8")
    assert cli("baseline", *SELECT, "--baseline", "base.json", ".")[0] == 0
    assert json.loads((tmp_path / "base.json").read_text(encoding="utf-8"))["findings"][0]["path"] == "a.md"
    (tmp_path / "bad.json").write_text('{"findings": []}', encoding="utf-8")
    code, _, err = cli("check", *SELECT, "--baseline", "bad.json", ".")
    assert code == 2 and "not a newslint baseline" in err
    code, _, err = cli("check", *SELECT, "--baseline", "missing.json", ".")
    assert code == 2 and "cannot read baseline" in err


# --- changed lines -----------------------------------------------------------------

def git(repo: Path, *args: str) -> str:
    return subprocess.run(["git", "-c", "user.name=Test", "-c", "user.email=test@example.com",
                           "-c", "init.defaultBranch=main", "-c", "commit.gpgsign=false", *args],
                          cwd=repo, check=True, capture_output=True, text=True).stdout


@pytest.fixture
def repo(tmp_path):
    git(tmp_path, "init", "-q")
    (tmp_path / "old.md").write_text("# Bridge reopens\n\nThe bridge reportedly reopened.\n", encoding="utf-8")
    (tmp_path / "other.md").write_text("# Market day\n\nTraders reportedly came early.\n", encoding="utf-8")
    git(tmp_path, "add", ".")
    git(tmp_path, "commit", "-q", "-m", "base")
    git(tmp_path, "branch", "base")
    return tmp_path


def test_diff_reports_only_changed_lines(cli, repo):
    with (repo / "old.md").open("a", encoding="utf-8") as fh:
        fh.write("\nDrivers reportedly cheered.\n")
    (repo / "new.md").write_text("# Bridge reopens\n\nCrowds were reportedly large.\n", encoding="utf-8")
    code, out, _ = cli("check", *SELECT, "--diff", "base", ".")
    # old.md:3 is unchanged; new.md is untracked, so wholly new. The project rule compared new.md's
    # headline with the unchanged old.md and reported it on old.md, related to new.md: kept.
    assert code == 1 and codes_at(out) == ["new.md:3 WFA001", "old.md:1 WFP001", "old.md:5 WFA001"]
    git(repo, "add", ".")
    git(repo, "commit", "-q", "-m", "change")
    assert codes_at(cli("check", *SELECT, "--changed-since", "base", ".")[1]) == codes_at(out)
    assert cli("check", *SELECT, "--diff", "HEAD", ".")[:2] == (0, "")


def test_diff_uses_the_merge_base(cli, repo):
    git(repo, "checkout", "-q", "-b", "feature")
    (repo / "old.md").write_text("# Bridge reopens\n\nThe bridge reopened at noon, reportedly.\n", encoding="utf-8")
    git(repo, "commit", "-q", "-am", "feature edit")
    git(repo, "checkout", "-q", "base")
    with (repo / "other.md").open("a", encoding="utf-8") as fh:
        fh.write("\nStalls reportedly sold out.\n")
    git(repo, "commit", "-q", "-am", "target moved on")
    git(repo, "checkout", "-q", "feature")
    # other.md changed on the target branch only: not this branch's change
    assert codes_at(cli("check", *SELECT, "--diff", "base", ".")[1]) == ["old.md:3 WFA001"]


def test_diff_outside_a_repository_is_an_error(cli, tmp_path):
    (tmp_path / "a.md").write_text("Text.\n", encoding="utf-8")
    code, _, err = cli("check", *SELECT, "--diff", "main", ".")
    assert code == 2 and "git rev-parse failed" in err


def test_parse_diff_hunks_and_odd_names():
    diff = "\n".join([
        "diff --git a/a.md b/a.md", "--- a/a.md", "+++ b/a.md",
        "@@ -3 +3,2 @@", "-old", "+++ not a header", "+new",
        "@@ -10,2 +11,0 @@", "-gone", "-gone",
        'diff --git "a/tab\\there.md" "b/tab\\there.md"', '--- "a/tab\\there.md"', '+++ "b/tab\\there.md"',
        "@@ -0,0 +1 @@", "+x",
        "diff --git a/caf\\303\\251.md b/caf\\303\\251.md", '+++ "b/caf\\303\\251.md"', "@@ -1 +1 @@",
        "diff --git a/gone.md b/gone.md", "+++ /dev/null", "@@ -1 +0,0 @@",
    ])
    assert parse_diff(diff) == {"a.md": {3, 4}, "tab\there.md": {1}, "café.md": {1}}


def test_changed_lines_keep_spans_and_related_locations(tmp_path):
    from newslint.model import Finding, Related, Severity

    def span(a, b, col=5):
        return Span(Position(a, 1, 0), Position(b, col, 0))

    changed = ChangedLines({str(tmp_path / "a.md"): {4}, str(tmp_path / "new.md"): None})
    a, new, b = (str(tmp_path / n) for n in ("a.md", "new.md", "b.md"))
    assert changed.touches(a, span(3, 4)) and not changed.touches(a, span(3, 4, col=1))
    assert changed.touches(new, span(90, 90)) and not changed.touches(b, span(4, 4))
    f = Finding("X001", "x", Severity.WARNING, "m", b, span(1, 1), related=(Related(a, span(4, 4), "first"),))
    assert changed.keeps(f)


# --- pre-commit ------------------------------------------------------------------------

def test_pre_commit_hooks_run_newslint(cli, tmp_path):
    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    by_id = {h["id"]: h for h in hooks}
    assert set(by_id) == {"newslint", "newslint-fix"}
    for hook in hooks:
        assert hook["language"] == "python" and hook["entry"].startswith("newslint check")
        assert set(hook["types_or"]) == {"markdown", "plain-text"}
    (tmp_path / "a.md").write_text("Police said the the road was shut.\n", encoding="utf-8")
    entry = by_id["newslint-fix"]["entry"].split()[1:]
    code, out, err = cli(*entry, *SELECT, "a.md")  # pre-commit appends the staged file names
    assert code == 0 and "Fixed 1 finding in 1 file" in err
    assert (tmp_path / "a.md").read_text(encoding="utf-8") == "Police said the road was shut.\n"
