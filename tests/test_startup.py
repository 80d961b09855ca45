"""Start-up shortcuts keep behaviour: entry-point discovery, lazy regexes, pickling of the model."""
from __future__ import annotations

import os
import pickle
import re
import subprocess
import sys
from importlib import metadata

import pytest

from newslint import plugins
from newslint.model import Edit, Finding, Fix, Position, Quote, Related, Severity, Span
from newslint.text.lazy_regex import lazy_compile


def _via_metadata(group: str) -> list[tuple[str, str, str, str]]:
    return [(ep.name, ep.value, ep.dist.name, ep.dist.version) for ep in metadata.entry_points(group=group)]


def test_entry_points_match_importlib_metadata_for_every_installed_group():
    groups = {ep.group for dist in metadata.distributions() for ep in dist.entry_points}
    assert "newslint" in groups
    for group in sorted(groups):
        assert [tuple(ep) for ep in plugins.entry_points(group)] == _via_metadata(group), group


def _dist(root, dirname, name, version, entry_points):
    meta = root / dirname
    meta.mkdir(parents=True)
    (meta / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {name}\nVersion: {version}\n\nName: not-a-header\n")
    (meta / "entry_points.txt").write_text(entry_points)


def test_entry_points_first_distribution_of_a_name_wins_and_sections_are_kept_apart(tmp_path, monkeypatch):
    first, second = tmp_path / "first", tmp_path / "second"
    _dist(first, "nl_demo-1.0.dist-info", "nl-demo", "1.0",
          "[console_scripts]\nx = nl_demo:main\n\n# a comment\n[newslint]\n  demo = nl_demo.plugin:hooks  \n")
    _dist(second, "NL.Demo-2.0.dist-info", "nl-demo", "2.0", "[newslint]\nshadowed = nl_demo\n")
    _dist(second, "other.egg-info", "other", "0.3", "[newslint]\nother = other_mod\n")
    monkeypatch.setattr(sys, "path", [str(first), str(second), str(tmp_path / "missing")])
    found = plugins.entry_points("newslint")
    assert found == [("demo", "nl_demo.plugin:hooks", "nl-demo", "1.0"), ("other", "other_mod", "other", "0.3")]
    assert [tuple(ep) for ep in found] == _via_metadata("newslint")


def test_entry_point_load_resolves_module_attributes():
    ep = plugins.EntryPoint("x", "newslint.plugins:EntryPoint.load", "newslint", "0")
    assert ep.load() is plugins.EntryPoint.load
    with pytest.raises(ValueError):
        plugins.EntryPoint("bad", "not a module!", "", "").load()


def test_lazy_pattern_compiles_on_first_use_and_matches_like_re():
    lazy = lazy_compile(r"\b(?:may|might)\s+(\w+)", re.IGNORECASE)
    eager = re.compile(lazy.pattern, lazy.flags)
    assert not lazy.is_compiled
    text = "It May rain; it might not. May be."
    assert lazy.search(text, 3).span() == eager.search(text, 3).span()
    assert lazy.match(text, 3).group(1) == "rain"
    assert lazy.fullmatch("may go").group(1) == "go"
    assert [m.span() for m in lazy.finditer(text, 0, 20)] == [m.span() for m in eager.finditer(text, 0, 20)]
    assert lazy.findall(text) == eager.findall(text)
    assert lazy.sub("X", text, 1) == eager.sub("X", text, 1)
    assert lazy.split(text) == eager.split(text)
    assert lazy.compiled is eager


def _finding() -> Finding:
    start, end = Position(2, 1, 10), Position(2, 6, 15)
    return Finding("NL101", "duplicate-paragraph", Severity.WARNING, "msg", "a.md", Span(start, end),
                   suggestion="Delete it.", fix=Fix("delete", (Edit(10, 15, ""),), "unsafe"),
                   related=(Related("b.md", Span(start, start), "first occurrence"),), fingerprint="abc")


@pytest.mark.parametrize("obj", [Position(1, 2, 3), Quote(1, 9, 2, 8, continued=True), _finding()])
def test_model_objects_pickle_by_value(obj):
    for protocol in range(2, pickle.HIGHEST_PROTOCOL + 1):
        data = pickle.dumps(obj, protocol=protocol)
        assert b"copyreg" not in data and b"__newobj__" not in data
        back = pickle.loads(data)
        assert back == obj and type(back) is type(obj)


def _modules_after_check(tmp_path, name: str, watched: tuple[str, ...]) -> list[str]:
    draft = tmp_path / name
    draft.write_text("# Council may raise tax\n\nThe council may raise tax next year, officials said.\n")
    code = ("import sys; from newslint.cli import main; main(['check', '--no-cache', '--isolated', sys.argv[1]]); "
            f"print([m for m in {watched!r} if m in sys.modules])")
    out = subprocess.run([sys.executable, "-c", code, str(draft)], capture_output=True, text=True, cwd=tmp_path)
    return out.stdout.strip().splitlines()[-1:] + [out.stderr]


def test_one_draft_imports_no_heavy_modules(tmp_path):
    watched = ("numpy", "datasketch", "rich", "importlib.metadata", "email", "newslint.house.matching",
               "json", "newslint.fixes",  # JSON formats and baselines: only when used
               "newslint.cache", "pickle",  # --no-cache
               "_hashlib",  # OpenSSL: newslint.hashing has the same digests without it
               "shutil")  # argparse asks the terminal's width only to print help
    assert _modules_after_check(tmp_path, "draft.md", watched)[0] == "[]"


def test_hashing_gives_hashlibs_digests():
    import hashlib

    from newslint import hashing

    for data in (b"", b"abc", "Città £2m".encode() * 500):
        assert hashing.sha256(data).hexdigest() == hashlib.sha256(data).hexdigest()
        assert hashing.blake2b(data, digest_size=8).digest() == hashlib.blake2b(data, digest_size=8).digest()


def test_help_is_printed_at_the_terminals_width():
    narrow = subprocess.run([sys.executable, "-m", "newslint", "check", "--help"], capture_output=True, text=True,
                            env={**os.environ, "COLUMNS": "50"})
    wide = subprocess.run([sys.executable, "-m", "newslint", "check", "--help"], capture_output=True, text=True,
                          env={**os.environ, "COLUMNS": "150"})
    assert len(narrow.stdout.splitlines()) > len(wide.stdout.splitlines()) > 10


def test_a_plain_text_draft_needs_no_markdown_parser_and_no_yaml(tmp_path):
    watched = ("markdown_it", "yaml", "traceback")  # traceback: only when a rule crashes
    assert _modules_after_check(tmp_path, "draft.txt", watched)[0] == "[]"


def _run_python(code: str, *args: str, cwd=None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, cwd=cwd)


def test_version_and_help_load_no_plugin_and_no_config(tmp_path):
    (tmp_path / "rules.yaml").write_text("select: [unclosed\n")  # would be a config error for any command
    watched = ("pluggy", "newslint.model", "newslint.plugins", "newslint.config", "newslint_plugins")
    code = ("import sys; from newslint.cli import main\n"
            "try: code = main(sys.argv[1:])\nexcept SystemExit as e: code = e.code\n"
            f"print(code, [m for m in {watched!r} if m in sys.modules], file=sys.stderr)")
    version = _run_python(code, "--version", cwd=tmp_path)
    assert version.stdout == "newslint 0.1.0\n" and version.stderr.splitlines()[-1] == "0 []"
    help_ = _run_python(code, "--help", cwd=tmp_path)
    assert "baseline" in help_.stdout and help_.stderr.splitlines()[-1] == "0 []"
    check_help = _run_python(code, "check", "--help", cwd=tmp_path).stderr  # a command reads the config
    assert "rules.yaml:2:1: invalid YAML" in check_help and check_help.splitlines()[-1].startswith("2 ")


def test_package_exports_resolve_on_first_use():
    import newslint
    from newslint import model, rules

    assert newslint.Finding is model.Finding and newslint.Rule is rules.Rule
    assert set(newslint.__all__) <= set(dir(newslint))
    with pytest.raises(AttributeError):
        newslint.NoSuchName  # noqa: B018
    out = _run_python("import sys, newslint; print('pluggy' in sys.modules, 'newslint.model' in sys.modules)")
    assert out.stdout.split() == ["False", "False"]


def test_the_command_freezes_its_objects_and_main_with_arguments_leaves_the_collector_alone(tmp_path):
    draft = tmp_path / "draft.md"
    draft.write_text("# Council may raise tax\n\nThe council may raise tax next year, officials said.\n")
    report = "print(gc.isenabled(), gc.get_freeze_count() > 0, file=sys.stderr)"
    command = f"import gc, sys; from newslint.cli import main\nsys.argv[1:] = ['check', '--no-cache', sys.argv[1]]\n" \
              f"main()\n{report}"
    as_library = f"import gc, sys; from newslint.cli import main\nmain(['check', '--no-cache', sys.argv[1]])\n{report}"
    assert _run_python(command, str(draft), cwd=tmp_path).stderr.split() == ["True", "True"]
    assert _run_python(as_library, str(draft), cwd=tmp_path).stderr.split() == ["True", "False"]


def test_results_kept_by_the_command_are_frozen_and_elsewhere_nothing_changes(monkeypatch):
    import gc

    from newslint import command_gc

    frozen = gc.get_freeze_count()
    with command_gc.keeping():
        assert gc.isenabled()
    assert gc.get_freeze_count() == frozen
    monkeypatch.setattr(command_gc, "_in_command", True)
    kept = [[i] for i in range(1000)]
    try:
        with command_gc.keeping():
            assert not gc.isenabled()
            kept += [[i] for i in range(1000)]
        assert gc.isenabled() and gc.get_freeze_count() >= frozen + len(kept)
    finally:
        gc.unfreeze()
