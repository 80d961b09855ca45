"""Output formats: golden files on the sample drafts, SARIF schema, GitHub escaping, HTML escaping, outputs."""
from __future__ import annotations

import json
import os
from html.parser import HTMLParser
from pathlib import Path

import pytest

from newslint import __version__
from newslint.cli import main
from newslint.formatters.github import escape_data, escape_property

DATA = Path(__file__).resolve().parent / "data"
SCHEMA = DATA / "sarif-schema-2.1.0.json"
# Only the test plugin's rules run; first-party plugins are not loaded, so their work cannot move the goldens.
SELECT = ["--isolated", "--select", "WFA,WFB,WFP", "-p", "duplicates", "-p", "headlines", "-p", "attribution",
          "-p", "hedging"]
GOLDEN_FORMATS = ["rich", "concise", "json", "json-lines", "sarif", "github", "gitlab", "html", "statistics"]


@pytest.fixture
def cli(monkeypatch, capsys):
    """Run ``newslint`` in-process with the test plugin installed; return (code, stdout, stderr)."""
    monkeypatch.syspath_prepend(str(DATA / "testplugin"))

    def run(*args, cwd=DATA):
        monkeypatch.chdir(cwd)
        code = main([str(a) for a in args])
        out, err = capsys.readouterr()
        return code, out, err

    return run


def sample_output(cli, fmt: str, *extra) -> str:
    code, out, err = cli("check", *SELECT, "--format", fmt, *extra, "drafts")
    assert code == 1, err
    return out


@pytest.mark.parametrize("fmt", GOLDEN_FORMATS)
def test_golden(cli, fmt):
    out = sample_output(cli, fmt).replace(__version__, "<version>")
    golden = DATA / "golden" / f"drafts.{fmt}"
    if os.environ.get("NEWSLINT_UPDATE_GOLDEN"):
        golden.write_text(out, encoding="utf-8")
    assert out == golden.read_text(encoding="utf-8")


def test_concise_columns_count_code_points(cli):
    out = sample_output(cli, "concise")
    line = (DATA / "drafts" / "storm.md").read_text(encoding="utf-8").splitlines()[5]
    assert "🌊" in line  # an astral character before the flagged word
    assert f"drafts/storm.md:6:{line.index('reportedly') + 1}: WFA001 " in out


def test_sarif_validates_against_the_official_schema(cli):
    jsonschema = pytest.importorskip("jsonschema")
    doc = json.loads(sample_output(cli, "sarif"))
    jsonschema.Draft7Validator(json.loads(SCHEMA.read_text(encoding="utf-8"))).validate(doc)
    run = doc["runs"][0]
    assert run["columnKind"] == "unicodeCodePoints"
    rules = run["tool"]["driver"]["rules"]
    assert [r["id"] for r in rules] == ["WFA001", "WFA002", "WFB001", "WFP001"]
    assert rules[0]["shortDescription"]["text"] == 'The hedge "reportedly"'
    assert rules[0]["fullDescription"]["text"] == "Test rule."
    assert rules[2]["defaultConfiguration"]["level"] == "error"
    for result in run["results"]:
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]
        assert len(result["partialFingerprints"]["newslint/v1"]) == 16
    prints = [r["partialFingerprints"]["newslint/v1"] for r in run["results"]]
    assert len(set(prints)) == len(prints)
    doubled = next(r for r in run["results"] if r["ruleId"] == "WFA002"
                   and r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "drafts/storm.md")
    region = doubled["fixes"][0]["artifactChanges"][0]["replacements"][0]["deletedRegion"]
    assert (region["startLine"], region["startColumn"], region["endColumn"]) == (6, 33, 37)  # " the"
    headline = next(r for r in run["results"] if r["ruleId"] == "WFP001")
    assert headline["relatedLocations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "drafts/storm-update.md"


def test_sarif_reports_run_errors_as_notifications(cli, tmp_path):
    jsonschema = pytest.importorskip("jsonschema")
    (tmp_path / "bad.md").write_bytes(b"caf\xe9 au lait\n")
    code, out, _ = cli("check", *SELECT, "--format", "sarif", "bad.md", cwd=tmp_path)
    doc = json.loads(out)
    jsonschema.Draft7Validator(json.loads(SCHEMA.read_text(encoding="utf-8"))).validate(doc)
    invocation = doc["runs"][0]["invocations"][0]
    assert code == 2 and invocation["executionSuccessful"] is False
    assert "invalid UTF-8" in invocation["toolExecutionNotifications"][0]["message"]["text"]


@pytest.mark.parametrize("raw, data, prop", [
    ("Storm: 40%, then calm", "Storm: 40%25, then calm", "Storm%3A 40%25%2C then calm"),
    ("line one\nline two\r\n", "line one%0Aline two%0D%0A", "line one%0Aline two%0D%0A"),
    ("100%3A", "100%253A", "100%253A"),  # an already-encoded-looking value is encoded again
    ("plain", "plain", "plain"),
])
def test_github_escaping_matches_the_actions_toolkit(raw, data, prop):
    assert escape_data(raw) == data
    assert escape_property(raw) == prop


def test_github_annotation_escapes_path_and_message(cli, tmp_path):
    name = "Storm, coast: 100% dark.md"
    (tmp_path / name).write_text("# Storm\n\nIt was reportedly dark.\n", encoding="utf-8")
    _, out, _ = cli("check", *SELECT, "--format", "github", name, cwd=tmp_path)
    assert out == ("::warning title=newslint WFA001 (test-reportedly),file=Storm%2C coast%3A 100%25 dark.md,"
                   "line=3,endLine=3,col=8,endColumn=18::Storm, coast: 100%25 dark.md:3:8: WFA001 Hedge "
                   "\"reportedly\": who reports it, and where?%0Ahelp: Name the source: police said, the council "
                   "said.\n")


def test_github_multi_line_span_has_no_columns(cli, tmp_path):
    (tmp_path / "a.md").write_text("Crowds gathered.\nAbout 300\npeople came.\n", encoding="utf-8")
    _, out, _ = cli("check", *SELECT, "--format", "github", "a.md", cwd=tmp_path)
    assert "file=a.md,line=2,endLine=3::a.md:2:1: WFB001 " in out


def test_gitlab_code_quality_fields(cli):
    issues = json.loads(sample_output(cli, "gitlab"))
    assert {i["severity"] for i in issues} == {"info", "minor", "major"}
    for issue in issues:
        assert set(issue) >= {"description", "check_name", "fingerprint", "severity", "location"}
        assert issue["location"]["lines"]["begin"] >= 1
    assert len({i["fingerprint"] for i in issues}) == len(issues)


class _Collector(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags: list[str] = []
        self.urls: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.urls += [v for k, v in attrs if k in ("src", "href", "action", "data") and v is not None]

    def handle_data(self, data):
        self.text.append(data)


def test_html_is_self_contained_and_escaped(cli):
    page = _Collector()
    page.feed(sample_output(cli, "html"))
    assert "script" not in page.tags and "img" not in page.tags
    assert page.urls and all(u.startswith("#file-") for u in page.urls)
    text = "".join(page.text)
    assert 'Ferry service resumes after <script>alert("x")</script> outage' in text
    assert "<b>bold</b>" in text


def test_output_file_gets_the_format_and_the_terminal_another(cli, tmp_path):
    target = tmp_path / "out.sarif"
    code, out, _ = cli("check", *SELECT, "--format", "sarif", "--output-file", target,
                       "--terminal-format", "concise", "drafts")
    assert code == 1
    assert json.loads(target.read_text(encoding="utf-8"))["version"] == "2.1.0"
    assert out.startswith("drafts/ferry.txt:3:9: WFA001 ")
    code, out, _ = cli("check", *SELECT, "--format", "json", "--output-file", tmp_path / "out.json", "drafts")
    assert "Findings by rule" in out  # the terminal gets the rich report by default
    assert json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))["schema"] == "newslint/1"


def test_statistics_replace_the_terminal_output(cli, tmp_path):
    code, out, _ = cli("check", *SELECT, "--statistics", "--format", "json", "--output-file",
                       tmp_path / "r.json", "drafts")
    assert code == 1
    assert out.splitlines()[:2] == ["     2  WFA001   test-reportedly", "     2  WFA002   [*] test-doubled-word"]
    assert out.endswith("Found 7 findings (2 fixable with --fix).\n")


def test_output_errors_exit_2(cli, tmp_path):
    code, _, err = cli("check", *SELECT, "--format", "nope", "drafts")
    assert code == 2 and "unknown format 'nope'" in err
    code, _, err = cli("check", *SELECT, "--format", "json", "--output-file", tmp_path / "no" / "x.json", "drafts")
    assert code == 2 and "cannot write output" in err
