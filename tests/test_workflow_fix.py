"""``check --fix``: safe fixes only, byte-exact writes in the file's encoding and line endings."""
from __future__ import annotations

import codecs
import os
import shutil
from pathlib import Path

import pytest

from newslint.cli import main
from newslint.errors import NewslintError
from newslint.fixes import apply_edits, choose_fixes, plan_file, plan_fixes, write_atomic
from newslint.report import Report
from newslint.model import Edit, Finding, Fix, Position, Severity, Span

ROOT = Path(__file__).resolve().parents[1]
KURSK = ROOT.parent / "shared" / "samples" / "kursk-draft.txt"
SELECT = ["--isolated", "--select", "WFA", "--format", "concise", "-p", "duplicates", "-p", "headlines",
          "-p", "attribution", "-p", "hedging"]
DRAFT = "# Flood\n\nThe the river rose.\n\nIt reportedly rained on on Monday.\n"
FIXED = "# Flood\n\nThe river rose.\n\nIt reportedly rained on Monday.\n"


@pytest.mark.parametrize("encoding, bom, newline", [
    ("utf-8", b"", "\n"),
    ("utf-8", codecs.BOM_UTF8, "\r\n"),
    ("utf-16-le", codecs.BOM_UTF16_LE, "\r"),
    ("utf-32-be", codecs.BOM_UTF32_BE, "\r\n"),
])
def test_fix_keeps_encoding_bom_and_line_endings(cli, tmp_path, encoding, bom, newline):
    path = tmp_path / "a.md"
    path.write_bytes(bom + DRAFT.replace("\n", newline).encode(encoding))
    os.chmod(path, 0o640)
    code, out, err = cli("check", *SELECT, "--fix", "a.md")
    assert path.read_bytes() == bom + FIXED.replace("\n", newline).encode(encoding)
    assert "Fixed 2 findings in 1 file" in err
    assert code == 1 and out == 'a.md:5:4: WFA001 Hedge "reportedly": who reports it, and where?\n'  # unsafe fix left
    assert oct(path.stat().st_mode & 0o777) == oct(0o640)
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".newslint-")]  # no temporary file left


def test_fix_mixed_line_endings_change_only_the_edited_bytes(cli, tmp_path):
    path = tmp_path / "a.txt"
    raw = b"Flood warning\r\n\r\nThe the river rose.\n\rIt rained on on Monday.\r\nEnd."
    path.write_bytes(raw)
    cli("check", *SELECT, "--fix", "a.txt")
    assert path.read_bytes() == raw.replace(b"The the", b"The").replace(b"on on", b"on")


def test_dry_run_prints_a_diff_and_changes_nothing(cli, tmp_path):
    path = tmp_path / "a.md"
    path.write_text(DRAFT, encoding="utf-8")
    code, out, err = cli("check", *SELECT, "--fix", "--dry-run", "a.md")
    assert code == 1 and "Would fix 2 findings in 1 file" in err
    assert path.read_text(encoding="utf-8") == DRAFT
    assert out.splitlines()[:2] == ["--- a/a.md", "+++ b/a.md"]
    assert "-The the river rose.\n+The river rose.\n" in out
    path.write_text(FIXED, encoding="utf-8")
    assert cli("check", *SELECT, "--fix", "--dry-run", "a.md")[:2] == (0, "")


def test_fix_follows_symbolic_links(cli, tmp_path):
    (tmp_path / "real.md").write_text(DRAFT, encoding="utf-8")
    (tmp_path / "link.md").symlink_to("real.md")
    cli("check", *SELECT, "--fix", "link.md")
    assert (tmp_path / "link.md").is_symlink()
    assert (tmp_path / "real.md").read_text(encoding="utf-8") == FIXED


def test_fix_refuses_stdin_and_dry_run_needs_fix(cli, monkeypatch):
    code, _, err = cli("check", *SELECT, "--dry-run", ".")
    assert code == 2 and "--dry-run only works with --fix" in err
    code, _, err = cli("check", *SELECT, "--fix", "-")
    assert code == 2 and "stdin" in err


def _finding(start, end, applicability="safe", replacement=""):
    span = Span(Position(1, start + 1, start), Position(1, end + 1, end))
    fix = Fix("edit", (Edit(start, end, replacement),), applicability)
    return Finding("X001", "x", Severity.WARNING, "m", "a.md", span, fix=fix)


def test_choose_fixes_skips_unsafe_and_overlapping():
    outer, inner, later, unsafe = _finding(0, 10), _finding(2, 4), _finding(10, 12), _finding(20, 22, "unsafe")
    point_a, point_b = _finding(30, 30, replacement="x"), _finding(30, 30, replacement="y")
    assert choose_fixes([inner, later, unsafe, outer, point_b, point_a]) == [outer, later, point_b]


def test_apply_edits_maps_offsets_through_original_line_endings():
    text = "ab\r\ncd\ref\ngh"  # normalised: "ab\ncd\nef\ngh"
    edits = [Edit(3, 5, "X\nY"), Edit(9, 11, "")]  # "cd" -> "X\nY"; "gh" -> ""
    assert apply_edits(text, edits, "\r\n") == "ab\r\nX\r\nY\ref\n"


def test_plan_file_refuses_a_file_changed_since_it_was_linted(tmp_path):
    path = tmp_path / "a.md"
    path.write_text("the the\n", encoding="utf-8")
    finding = _finding(3, 7)
    assert plan_file(str(path), [finding], "other text\n") is None
    assert plan_file(str(path), [finding], "the the\n").fixed == b"the\n"


def test_unreadable_or_unwritable_files_are_reported_not_raised(tmp_path):
    report = Report(findings=[_finding(0, 1)])
    report.findings[0].path = str(tmp_path / "gone.md")
    assert plan_fixes(report) == [] and "cannot read for fixing" in report.warnings[0]
    with pytest.raises(NewslintError, match="cannot write"):
        write_atomic(str(tmp_path / "no-such-dir" / "a.md"), b"x")


@pytest.mark.skipif(not KURSK.exists(), reason="shared samples not present")
def test_fix_kursk_draft_removes_repeats_and_nothing_else(tmp_path, monkeypatch, capsys):
    original = KURSK.read_bytes()
    copy = tmp_path / "kursk-draft.txt"
    shutil.copy(KURSK, copy)
    monkeypatch.chdir(tmp_path)
    main(["check", "--isolated", "--fix", "kursk-draft.txt"])
    capsys.readouterr()
    fixed = copy.read_bytes()
    lines = original.decode("utf-8").split("\n")
    # line 4 repeats the headline of line 2; lines 11-14 repeat the paragraphs of lines 7-10
    gone = (3, 10, 11, 12, 13)
    removed = [lines[i] for i in gone]
    assert removed[0] == lines[1] and removed[1:] == lines[6:10]
    expected = "\n".join(line for i, line in enumerate(lines) if i not in gone)
    # every other byte is kept; the draft has no final line break, so deleting its last line may leave
    # the break of the line before it
    assert fixed.decode("utf-8") in (expected, expected + "\n")
