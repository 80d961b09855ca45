"""Safety: safe YAML only, escaped HTML, atomic --fix that survives a kill, corrupt caches, no stray writes."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parent / "data"
DOUBLED = "# Title\n\nThe the council met on Monday.\n"


@pytest.fixture
def env(tmp_path):
    """The test plugin (a safe doubled-word fix) installed; HOME and caches pointed into the sandbox."""
    e = dict(os.environ, PYTHONPATH=str(DATA / "testplugin"), NO_COLOR="1", HOME=str(tmp_path / "home"),
             XDG_CACHE_HOME=str(tmp_path / "xdg"), TMPDIR=str(tmp_path / "tmp"))
    for d in ("home", "xdg", "tmp"):
        (tmp_path / d).mkdir()
    return e


def snapshot(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*"))
            if p.is_file() and ".newslint_cache" not in p.parts}


def test_yaml_tags_never_execute(tmp_path, run_cli):
    marker = tmp_path / "pwned"
    (tmp_path / "rules.yaml").write_text(f"x: !!python/object/apply:os.system ['touch {marker}']\n")
    (tmp_path / "a.md").write_text(f"---\nt: !!python/object/apply:os.system ['touch {marker}']\n---\n# T\n")
    code, _, err = run_cli("check", "a.md")
    assert code == 2 and "is not allowed" in err
    code, out, _ = run_cli("check", "--isolated", "--select", "NL001", "--format", "json", "a.md")
    assert code == 1 and json.loads(out)["findings"][0]["code"] == "NL001"
    assert not marker.exists()


def test_html_report_escapes_draft_text(tmp_path, run_cli, env):
    (tmp_path / "x.md").write_text("# <script>alert(1)</script>\n\nThe the \"><img src=x onerror=alert(2)> & <b>.\n")
    code, out, _ = run_cli("check", "--isolated", "--select", "test-doubled-word", "--format", "html", "x.md", env=env)
    assert code == 0 or code == 1
    assert "<script>alert(1)" not in out and "<img src=x" not in out and "&lt;script&gt;" in out


def test_check_writes_nothing_but_its_cache(tmp_path, run_cli, env):
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "a.md").write_text(DOUBLED)
    (tmp_path / "news" / "b.txt").write_text("Title\r\n\r\nA draft with CRLF.\r\n")
    before = snapshot(tmp_path)
    code, out, _ = run_cli("check", "--isolated", "--format", "json", "news", env=env)
    assert code == 1 and json.loads(out)["findings"]
    assert snapshot(tmp_path) == before


def test_fix_changes_only_the_file_it_fixes_and_keeps_line_endings(tmp_path, run_cli, env):
    (tmp_path / "a.md").write_bytes(DOUBLED.replace("\n", "\r\n").encode())
    (tmp_path / "b.md").write_text("# Title\n\nNothing doubled here.\n")
    before = snapshot(tmp_path)
    code, _, err = run_cli("check", "--isolated", "--select", "test-doubled-word", "--fix", ".", env=env)
    assert code == 0, err
    after = snapshot(tmp_path)
    assert {k for k in after if after[k] != before.get(k)} == {"a.md"}
    assert after["a.md"] == b"# Title\r\n\r\nThe council met on Monday.\r\n"


KILL_DURING = """
import os, signal, sys
import {module}
def die(*args, **kwargs):
    os.kill(os.getpid(), signal.SIGKILL)
{module}.{name} = die
from newslint.cli import main
sys.exit(main(["check", "--isolated", "--select", "test-doubled-word", "--no-cache", "--fix", "a.md"]))
"""


@pytest.mark.parametrize("module, name", [("os", "replace"), ("os", "fsync")])
def test_fix_killed_mid_write_leaves_the_original_intact(tmp_path, env, module, name):
    original = DOUBLED.replace("\n", "\r\n").encode()
    (tmp_path / "a.md").write_bytes(original)
    proc = subprocess.run([sys.executable, "-c", KILL_DURING.format(module=module, name=name)], cwd=tmp_path, env=env,
                          capture_output=True, timeout=120)
    assert proc.returncode == -9, proc.stderr
    assert (tmp_path / "a.md").read_bytes() == original
    leftovers = [p.name for p in tmp_path.iterdir() if p.name not in ("a.md", "home", "xdg", "tmp")]
    assert all(n.startswith(".newslint-") and n.endswith(".tmp") for n in leftovers), leftovers


def test_corrupt_cache_is_ignored(tmp_path, run_cli, env):
    (tmp_path / "a.md").write_text(DOUBLED)
    args = ("check", "--isolated", "--select", "test-doubled-word", "--format", "json", "a.md")
    code, first, _ = run_cli(*args, env=env)
    cache_files = [p for p in (tmp_path / ".newslint_cache").rglob("*") if p.is_file()]
    assert cache_files, "the run wrote no cache"
    for p in cache_files:
        p.write_bytes(b"\x80\x04garbage, not a pickle")
    code2, second, err = run_cli(*args, env=env)
    assert (code2, second) == (code, first) and "Traceback" not in err
