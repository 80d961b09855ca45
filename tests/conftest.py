"""Shared fixtures for the core tests."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
KURSK = SHARED / "samples" / "kursk-draft.txt"


@pytest.fixture
def sample_session():
    """Make a Session with the test-only sample rules (and no entry-point plugins)."""
    from newslint import make_config
    from newslint.runner import Session
    from tests.support import sample_rules

    def make(config=None):
        return Session(make_config(config), load_entry_points=False, extra_plugins=[sample_rules])

    return make


@pytest.fixture
def run_cli(tmp_path):
    """Run the newslint CLI in a subprocess; return (exit code, stdout, stderr).

    ``tmp_path`` is marked as a repository root so config discovery never walks above it.
    """
    (tmp_path / ".git").mkdir(exist_ok=True)

    def run(*args, cwd=None, stdin=None, env=None):
        proc = subprocess.run([sys.executable, "-m", "newslint", *map(str, args)], capture_output=True, text=True,
                              cwd=cwd or tmp_path, input=stdin, env=env, timeout=120)
        return proc.returncode, proc.stdout, proc.stderr

    return run


@pytest.fixture
def cli(monkeypatch, capsys, tmp_path):
    """Run ``newslint`` in-process in ``tmp_path`` with the test plugin of ``tests/data`` installed.

    Returns ``run(*args) -> (exit code, stdout, stderr)``.
    """
    from newslint.cli import main

    monkeypatch.syspath_prepend(str(ROOT / "tests" / "data" / "testplugin"))
    monkeypatch.chdir(tmp_path)

    def run(*args):
        code = main([str(a) for a in args])
        out, err = capsys.readouterr()
        return code, out, err

    return run
