"""The result cache: unchanged files are not linted again, and the report stays the same."""
from __future__ import annotations

import json
import os
import pickle
import weakref
from pathlib import Path

import pytest

from newslint import make_config
from newslint.cache import CACHE_DIR, Cache
from newslint.cli import main
from newslint.runner import Session
from tests.test_parallel import report_data, synth_corpus

PARAGRAPH = ("The council approved the harbour wall repairs on Monday after a long debate, and the work is due "
             "to start in March with a budget of four million pounds.")


@pytest.fixture
def corpus(tmp_path, monkeypatch) -> Path:
    monkeypatch.chdir(tmp_path)  # the cache goes to the working directory when there is no config file
    out = tmp_path / "drafts"
    synth_corpus(28, out)
    (out / "a.txt").write_text(f"Harbour repairs approved\n\n{PARAGRAPH}\n", encoding="utf-8")
    (out / "b.txt").write_text(f"Second story\n\nAn opening paragraph about buses and trams.\n\n{PARAGRAPH}\n",
                               encoding="utf-8")
    return out


_keys: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def run(session: Session, corpus: Path, **kw):
    """Run with the session's cache; its run key is fixed at the first run (other work on the checkout
    may touch source files, which changes the key, during a test)."""
    first = _keys.setdefault(session, Cache.for_session(session))
    cache = Cache(session.config.root, first.dir.name, first._packages)
    report = session.run([str(corpus)], cache=cache, **kw)
    return report, cache


def test_unchanged_rerun_comes_from_the_cache_with_the_same_report(corpus):
    session = Session(make_config(None))
    first, cache = run(session, corpus)
    assert cache.hits == 0
    again, cache = run(session, corpus)
    assert cache.hits == len(again.files) == 30
    assert report_data(again) == report_data(first)
    assert any(f.code == "NL104" for f in again.findings)  # cross-file rules work from cached extracts
    assert report_data(session.run([str(corpus)])) == report_data(first)


def test_a_changed_file_is_linted_again_and_meets_cached_files(corpus):
    session = Session(make_config(None))
    a, b = corpus / "a.txt", corpus / "b.txt"
    b.write_text("Second story\n\nNothing repeated here.\n", encoding="utf-8")
    report, _ = run(session, corpus)
    assert not any(f.code == "NL104" and f.path == str(b) for f in report.findings)
    b.write_text(f"Second story\n\nAn opening paragraph about buses and trams.\n\n{PARAGRAPH}\n", encoding="utf-8")
    report, cache = run(session, corpus)
    assert cache.hits == 29
    cross = [f for f in report.findings if f.code == "NL104" and f.path == str(b)]
    assert cross and str(a) in cross[0].message


def test_configuration_and_sources(corpus, tmp_path):
    session = Session(make_config(None))
    run(session, corpus)
    other = Session(make_config({"ignore": ["NL105"]}))
    assert Cache.for_session(other).dir != Cache.for_session(session).dir
    report, cache = run(other, corpus)
    assert cache.hits == 0 and not any(f.code == "NL105" for f in report.findings)
    report, cache = run(session, corpus, keep_sources=True)
    assert cache.hits == 30
    path = report.files[0]
    assert report.sources[path] == Path(path).read_text(encoding="utf-8")


def test_corrupt_or_planted_cache_files_are_ignored(corpus, tmp_path):
    session = Session(make_config(None))
    first, cache = run(session, corpus)
    buckets = sorted(cache.dir.glob("*.pickle"))
    buckets[0].write_bytes(b"\x80\x05 not a pickle")
    marker = tmp_path / "pwned"

    class Exploit:
        def __reduce__(self):
            return (os.system, (f"touch {marker}",))

    buckets[1].write_bytes(pickle.dumps({"x": Exploit()}))
    again, cache = run(session, corpus)
    assert not marker.exists()
    assert 0 < cache.hits < 30
    assert report_data(again) == report_data(first)
    _, cache = run(session, corpus)
    assert cache.hits == 30  # the broken buckets were rewritten


def test_cli_writes_the_cache_next_to_the_config_unless_told_not_to(corpus, tmp_path, monkeypatch, capsys):
    project = tmp_path / "project"
    project.mkdir()
    (project / "rules.yaml").write_text("ignore: [NL105]\n")
    main(["check", "--no-cache", "--config", str(project / "rules.yaml"), "--format", "json", str(corpus)])
    no_cache = capsys.readouterr().out
    assert not (project / CACHE_DIR).exists() and not (tmp_path / CACHE_DIR).exists()
    main(["check", "--config", str(project / "rules.yaml"), "--format", "json", str(corpus)])
    first = capsys.readouterr().out
    assert (project / CACHE_DIR / ".gitignore").exists() and not (tmp_path / CACHE_DIR).exists()
    main(["check", "--config", str(project / "rules.yaml"), "--format", "json", str(corpus)])
    assert capsys.readouterr().out == first == no_cache


def test_project_findings_are_reused_only_while_no_file_changes(corpus, monkeypatch):
    session = Session(make_config(None))
    first, _ = run(session, corpus)
    calls = []
    real_finish = session.finish
    monkeypatch.setattr(session, "finish", lambda results: calls.append(1) or real_finish(results))
    again, _ = run(session, corpus)
    assert calls == [] and report_data(again) == report_data(first)
    (corpus / "b.txt").write_text("Second story\n\nNothing repeated here.\n", encoding="utf-8")
    changed, _ = run(session, corpus)
    assert calls == [1] and not any(f.code == "NL104" and f.path.endswith("b.txt") for f in changed.findings)


def test_editing_a_house_rule_or_its_stylebook_changes_the_run_key(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "draft.md").write_text("# Budget\n\nThe mayor stated the plan would pass.\n", encoding="utf-8")
    (tmp_path / "style.yaml").write_text("entries:\n  - {code: HS102, name: no-plan, kind: existence, tokens: [plan]}\n")
    rules = tmp_path / "rules.yaml"

    def messages(swap: str) -> list[str]:
        rules.write_text("house-rules:\n  extends: style.yaml\n  entries:\n"
                         f"    - {{code: HS101, name: said-not-stated, kind: substitution, swap: {{stated: {swap}}}}}\n")
        main(["check", "--format", "json-lines", "--exit-zero", "draft.md"])
        return [json.loads(line)["message"] for line in capsys.readouterr().out.splitlines()]

    assert any("'said'" in m for m in messages("said"))
    assert any("'told'" in m for m in messages("told"))  # not the cached result of the first entry
    (tmp_path / "style.yaml").write_text("entries:\n  - {code: HS102, name: no-plan, kind: existence, tokens: [pass]}\n")
    assert any("'pass'" in m for m in messages("told"))
    assert (tmp_path / CACHE_DIR).is_dir()
