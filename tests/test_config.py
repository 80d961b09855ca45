"""rules.yaml: validation errors with file:line:col, YAML 1.1 traps, discovery, per-path overrides."""
from __future__ import annotations

import os

import pytest

from newslint.config import Config, find_config, glob_match, load_config
from newslint.errors import ConfigError
from newslint.model import Severity


def write(tmp_path, text, name="rules.yaml"):
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return p


@pytest.mark.parametrize("text, line, col, fragment", [
    ("select: [NL1\n", 2, 1, "invalid YAML"),
    ("selekt: [NL1]\n", 1, 1, "unknown key 'selekt'"),
    ("fail-level: loud\n", 1, 13, "unknown severity"),
    ("rules:\n  NL101:\n    sevrity: info\n", 3, 5, "unknown key 'sevrity'"),
    ("ignore: [NL1, 3]\n", 1, 15, "list of strings"),
    ("per-path:\n  - ignore: [NL4]\n", 2, 5, "needs paths"),
    ("word-lists:\n  hedges: {add: [x]}\n", 2, 12, "unknown key 'add'"),
])
def test_invalid_config_names_file_line_col(tmp_path, text, line, col, fragment):
    p = write(tmp_path, text)
    with pytest.raises(ConfigError) as err:
        load_config(p)
    assert (err.value.line, err.value.column) == (line, col)
    assert fragment in str(err.value) and str(err.value).startswith(f"{p}:{line}:{col}: ")


def test_yaml_11_booleans_stay_words(tmp_path):
    p = write(tmp_path, "word-lists:\n  mine: [no, on, off, yes, y, n]\n")
    cfg = load_config(p)
    assert cfg.word_list_settings["mine"] == ["no", "on", "off", "yes", "y", "n"]


def test_safe_loader_refuses_python_tags(tmp_path):
    p = write(tmp_path, "select: !!python/object/apply:os.system ['echo hi']\n")
    with pytest.raises(ConfigError):
        load_config(p)


def test_full_config_parses(tmp_path):
    p = write(tmp_path, """
version: 1
select: [NL]
extend-select: [NL003]
ignore: [NL4]
fail-level: error
include: ["**/*.md"]
exclude: ["archive/**"]
word-lists:
  mine: [a, b]
  attribution-verbs: {extend: [quipped], remove: [said]}
rules:
  NL101: {severity: info, options: {min-words: 5}}
per-path:
  - paths: ["opinion/**", "!opinion/news/**"]
    ignore: [NL3]
plugins: {disable: [hedging]}
""")
    cfg = load_config(p)
    assert cfg.fail_level is Severity.ERROR and cfg.ignore == ["NL4"] and cfg.disabled_plugins == ["hedging"]
    assert cfg.rules["NL101"].severity is Severity.INFO and cfg.rules["NL101"].options == {"min-words": 5}
    cfg.default_word_lists = {"attribution-verbs": ("said", "told")}
    assert cfg.word_list("attribution-verbs") == ("told", "quipped")
    assert cfg.word_list("mine") == ("a", "b")
    assert cfg.per_path[0].matches("opinion/x.md") and not cfg.per_path[0].matches("opinion/news/x.md")


def test_discovery_walks_up_and_stops_at_repo_root(tmp_path):
    (tmp_path / "repo" / ".git").mkdir(parents=True)
    (tmp_path / "repo" / "a" / "b").mkdir(parents=True)
    write(tmp_path, "select: [NL]\n")  # above the repo root: must not be found
    assert find_config([str(tmp_path / "repo" / "a" / "b")]) is None
    write(tmp_path / "repo", "select: [NL]\n", ".newslint.yaml")
    assert find_config([str(tmp_path / "repo" / "a" / "b")]) == str(tmp_path / "repo" / ".newslint.yaml")
    (tmp_path / "repo" / "a" / "draft.md").write_text("x")
    write(tmp_path / "repo" / "a", "select: [NL]\n")
    assert find_config([str(tmp_path / "repo" / "a" / "draft.md")]) == str(tmp_path / "repo" / "a" / "rules.yaml")


def test_config_root_is_the_directory_of_the_file_with_links_resolved(tmp_path, monkeypatch):
    (tmp_path / "real").mkdir()
    write(tmp_path / "real", "select: [NL]\n")
    (tmp_path / "link").symlink_to(tmp_path / "real")
    assert load_config(tmp_path / "link" / "rules.yaml").root == str((tmp_path / "real").resolve())
    monkeypatch.chdir(tmp_path)
    assert Config().root == str(tmp_path.resolve()) == os.getcwd()


@pytest.mark.parametrize("pattern, path, expected", [
    ("**/*.md", "a.md", True), ("**/*.md", "x/y/a.md", True), ("*.md", "x/a.md", True),
    ("archive/**", "archive/2020/a.md", True), ("archive/**", "news/archive.md", False),
    ("drafts/*.txt", "drafts/a.txt", True), ("drafts/*.txt", "drafts/x/a.txt", False),
])
def test_glob_match(pattern, path, expected):
    assert glob_match(pattern, path) is expected


def test_unknown_rule_and_bad_option_types_are_config_errors(tmp_path, sample_session):
    from newslint.config import load_config as load

    for text, fragment, line in [
        ("rules:\n  TST999: {severity: info}\n", "unknown rule 'TST999'", 2),
        ("rules:\n  flag-word:\n    options: {limit: lots}\n", "must be an integer", 3),
        ("rules:\n  TST001:\n    options: {colour: red}\n", "unknown option 'colour'", 3),
        ("select: [TST9]\n", "unknown rule or prefix 'TST9'", 1),
    ]:
        p = write(tmp_path, text)
        with pytest.raises(ConfigError) as err:
            sample_session(load(p))
        assert fragment in str(err.value) and err.value.line == line, str(err.value)


def test_word_list_reference_in_options(sample_session):
    s = sample_session({"word-lists": {"fruit": ["apple", "pear"]},
                        "rules": {"TST001": {"options": {"words": ["@fruit", "plum"]}}}})
    rule = next(a.rule for a in s.global_rules if a.rule.code == "TST001")
    assert rule.options.words == ("apple", "pear", "plum")


def test_selectors_for_disabled_plugins_and_ignored_unknowns_only_warn(tmp_path, sample_session):
    from newslint.config import load_config as load

    p = write(tmp_path, "ignore: [TST9]\n")
    s = sample_session(load(p))
    assert s.warnings == [f"{p}:1:10: unknown rule or prefix 'TST9' in ignore (ignored)"]
    p = write(tmp_path, "select: [TST9]\nrules:\n  nope: {severity: info}\nplugins: {disable: [other]}\n")
    s = sample_session(load(p))
    assert len(s.warnings) == 2 and all("(ignored)" in w for w in s.warnings)
