"""Files on disk: missing paths, empty folders, binary and undecodable files, permissions, symbolic links.

Every case names the file, gives the right exit code, and lints every other file.
"""
from __future__ import annotations

import builtins
import json
import os

import pytest

from newslint import make_config
from newslint.runner import Session
from tests.support import sample_rules

GOOD = "# Title\n\nA banana.\n"


def lint_json(run_cli, *args):
    code, out, err = run_cli("check", "--isolated", "--select", "NL", "--format", "json", "--no-cache", *args)
    return code, json.loads(out) if out.strip().startswith("{") else None, err


@pytest.fixture
def session():
    return Session(make_config(None), load_entry_points=False, extra_plugins=[sample_rules])


def report_of(session, *paths, verbose=False):
    session.config.options = type("Args", (), {"verbose": verbose})()
    return session.run(list(paths))


def paths_with_findings(report):
    return sorted({f.path for f in report.findings})


def test_missing_path_is_a_usage_error(tmp_path, run_cli):
    (tmp_path / "a.md").write_text(GOOD)
    code, _, err = run_cli("check", "--isolated", "a.md", "nope/b.md")
    assert code == 2 and err.strip() == "newslint: error: nope/b.md: no such file or directory"


def test_directory_without_drafts_is_a_warning_and_exit_0(tmp_path, run_cli):
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty" / "notes.html").write_text("<p>not a draft</p>")
    code, data, err = lint_json(run_cli, "empty")
    assert code == 0 and data["summary"]["files"] == 0
    assert "newslint: warning: empty: no drafts found (looked for **/*.md" in err


def test_binary_file_named_explicitly_is_reported_and_the_rest_linted(tmp_path, run_cli):
    (tmp_path / "photo.md").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (tmp_path / "a.md").write_text("---\ntitle: [\n---\n# T\n")
    code, data, err = lint_json(run_cli, "photo.md", "a.md")
    assert code == 2
    assert data["errors"] == [{"path": "photo.md", "message": "binary file (contains NUL bytes), skipped"}]
    assert [f["path"] for f in data["findings"]] == ["a.md"]
    assert "newslint: error: photo.md: binary file" in err


def test_binary_file_found_while_walking_is_skipped_silently_unless_verbose(tmp_path, run_cli):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "export.txt").write_bytes(b"PK\x03\x04\x00\x00binary")
    (tmp_path / "docs" / "a.md").write_text("---\ntitle: [\n---\n# T\n")
    code, data, err = lint_json(run_cli, "docs")
    assert code == 1 and data["errors"] == [] and err == ""
    assert [f["path"] for f in data["findings"]] == ["docs/a.md"] and data["summary"]["files"] == 1
    code, data, err = lint_json(run_cli, "--verbose", "docs")
    assert code == 1 and "newslint: warning: docs/export.txt: binary file (contains NUL bytes), skipped" in err


def test_invalid_utf8_is_reported_with_byte_offset_and_the_rest_linted(tmp_path, run_cli):
    (tmp_path / "latin1.md").write_bytes("# Caf\u00e9\n".encode("latin-1"))
    (tmp_path / "a.md").write_text("---\ntitle: [\n---\n# T\n")
    code, data, _ = lint_json(run_cli, "latin1.md", "a.md")
    assert code == 2
    assert data["errors"] == [{"path": "latin1.md", "message": "invalid UTF-8 at byte offset 5"}]
    assert [f["path"] for f in data["findings"]] == ["a.md"]


def test_utf16_and_crlf_files_through_the_cli(tmp_path, run_cli):
    (tmp_path / "u16.md").write_bytes("---\r\ntitle: [\r\n---\r\n# T\r\n".encode("utf-16"))
    code, data, _ = lint_json(run_cli, "u16.md")
    assert code == 1 and data["errors"] == []
    [f] = data["findings"]
    assert (f["location"], f["end_location"]) == ({"line": 1, "column": 1}, {"line": 4, "column": 1})


def test_unreadable_file_is_an_error_and_the_rest_linted(tmp_path, session, monkeypatch):
    (tmp_path / "secret.md").write_text(GOOD)
    (tmp_path / "a.md").write_text(GOOD)
    real_open = builtins.open

    def guarded_open(file, *args, **kwargs):  # tests may run as root, which reads anything
        if str(file).endswith("secret.md"):
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", guarded_open)
    monkeypatch.chdir(tmp_path)
    report = report_of(session, "secret.md", "a.md")
    assert [(e.path, e.message) for e in report.errors] == [("secret.md", "cannot read: Permission denied")]
    assert paths_with_findings(report) == ["a.md"] and report.exit_code() == 2


@pytest.mark.skipif(os.geteuid() == 0, reason="root can read files without read permission")
def test_unreadable_file_on_disk(tmp_path, run_cli):
    secret = tmp_path / "secret.md"
    secret.write_text(GOOD)
    secret.chmod(0)
    code, data, _ = lint_json(run_cli, "secret.md")
    assert code == 2 and data["errors"] == [{"path": "secret.md", "message": "cannot read: Permission denied"}]


def test_unreadable_directory_while_walking_is_an_error(tmp_path, session, monkeypatch):
    (tmp_path / "news" / "locked").mkdir(parents=True)
    (tmp_path / "news" / "a.md").write_text(GOOD)
    real_scandir = os.scandir

    def guarded_scandir(path="."):
        if str(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", guarded_scandir)
    monkeypatch.chdir(tmp_path)
    report = report_of(session, "news")
    assert [(e.path, e.message) for e in report.errors] == [("news/locked", "cannot read directory: Permission denied")]
    assert paths_with_findings(report) == ["news/a.md"]


def test_symbolic_links_broken_and_looping(tmp_path, session, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "a.md").write_text(GOOD)
    os.symlink("missing.md", tmp_path / "news" / "broken.md")
    os.symlink("loop2.md", tmp_path / "news" / "loop1.md")
    os.symlink("loop1.md", tmp_path / "news" / "loop2.md")
    os.symlink("..", tmp_path / "news" / "parent")  # a directory loop: links to directories are not followed
    walked = report_of(session, "news")
    assert walked.errors == [] and paths_with_findings(walked) == ["news/a.md"]
    assert walked.warnings == ["news/broken.md: broken symbolic link (its target does not exist), skipped",
                               "news/loop1.md: symbolic link loop, skipped",
                               "news/loop2.md: symbolic link loop, skipped"]
    explicit = report_of(session, "news/broken.md", "news/loop1.md", "news/a.md")
    assert [(e.path, e.message) for e in explicit.errors] == [
        ("news/broken.md", "broken symbolic link (its target does not exist)"),
        ("news/loop1.md", "symbolic link loop")]
    assert paths_with_findings(explicit) == ["news/a.md"] and explicit.exit_code() == 2


def test_pipe_named_explicitly_is_refused_not_read_forever(tmp_path, session, monkeypatch):
    monkeypatch.chdir(tmp_path)
    os.mkfifo(tmp_path / "pipe.md")
    (tmp_path / "a.md").write_text(GOOD)
    report = report_of(session, "pipe.md", "a.md")
    assert [(e.path, e.message) for e in report.errors] == [
        ("pipe.md", "not a regular file (a device, socket or pipe), skipped")]
    assert paths_with_findings(report) == ["a.md"]
    assert report_of(session, ".").errors == []  # found while walking: not a file, so not a draft


def test_empty_and_whitespace_files_through_the_cli(tmp_path, run_cli):
    (tmp_path / "empty.md").write_bytes(b"")
    (tmp_path / "blank.txt").write_bytes(b" \r\n\t\n")
    (tmp_path / "bom.md").write_bytes(b"\xef\xbb\xbf")
    code, data, err = lint_json(run_cli, "empty.md", "blank.txt", "bom.md")
    assert (code, data["findings"], data["errors"], data["summary"]["files"]) == (0, [], [], 3)
