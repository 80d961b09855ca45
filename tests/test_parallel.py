"""--jobs: worker processes give the same report as one process; small runs stay in-process."""
from __future__ import annotations

import importlib.util
import json
import os
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

import pytest

from newslint import hookimpl, make_config
from newslint.cli import main
from newslint.parallel import MAX_CHUNK, MIN_FILES_PER_WORKER, ProcessExecutor, chunked, lint_files, plan_jobs
from newslint.rules import Rule
from newslint.runner import Session

ROOT = Path(__file__).resolve().parents[1]


def synth_corpus(n: int, out: Path, seed: int = 3) -> list[Path]:
    """``n`` synthetic drafts with injected faults (``bench/synth.py``)."""
    spec = importlib.util.spec_from_file_location("newslint_bench_synth", ROOT / "bench" / "synth.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.write_corpus(n, out, seed)


def report_data(report) -> tuple:
    """Everything a formatter shows, as plain data."""
    return ([f.to_dict() for f in report.findings], [(e.path, e.message) for e in report.errors], report.files)


class WorkerPid(Rule):
    """## What it does
    Test rule: records the process that extracted each file.

    ## Why is this bad?
    It is not.

    ## Example
    None.
    """

    code = "TST901"
    name = "worker-pid"
    summary = "Records the extracting process"
    scope = "project"

    def extract(self, document):
        return os.getpid()

    def finish(self, extracts, ctx):
        WorkerPid.seen = set(extracts.values())


class PidPlugin:
    @hookimpl
    def newslint_rules(self):
        return [WorkerPid]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("corpus")
    synth_corpus(2 * MIN_FILES_PER_WORKER + 40, out)
    (out / "broken.txt").write_bytes(b"Headline\n\nBad byte \xff here.\n")
    return out


def test_small_runs_stay_in_process_and_jobs_are_capped():
    assert plan_jobs(8, MIN_FILES_PER_WORKER - 1) == 1
    assert plan_jobs(8, 2 * MIN_FILES_PER_WORKER) == 2
    assert plan_jobs(1, 10_000) == 1
    assert plan_jobs(3, 10_000) == 3
    assert plan_jobs(None, 10_000) >= 1


@pytest.mark.parametrize("n, jobs", [(1, 2), (50, 2), (2225, 2), (10_000, 4)])
def test_chunks_cover_the_paths_in_order_and_shrink_towards_the_end(n, jobs):
    paths = [f"{i}.md" for i in range(n)]
    sizes = [len(c) for c in chunked(paths, jobs)]
    assert [p for c in chunked(paths, jobs) for p in c] == paths
    assert sizes == sorted(sizes, reverse=True) and max(sizes) <= MAX_CHUNK and sizes[-1] == 1
    assert n < 1000 or max(sizes) == MAX_CHUNK


def test_workers_give_the_same_report_as_one_process(corpus):
    session = Session(make_config(None), extra_plugins=[PidPlugin()])
    one = session.run([str(corpus)], jobs=1)
    assert WorkerPid.seen == {os.getpid()}
    two = session.run([str(corpus)], jobs=2)
    assert len(WorkerPid.seen) == 2 and os.getpid() not in WorkerPid.seen  # really ran in two workers
    assert report_data(two) == report_data(one)
    codes = {f.code for f in one.findings}
    assert {"NL104", "NL105"} <= codes  # cross-file and per-file findings both survive the merge
    assert any("invalid UTF-8" in e.message for e in two.errors)


def test_spawned_workers_rebuild_the_session_from_the_config(corpus):
    session = Session(make_config({"select": ["NL1", "NL2"]}))
    files = sorted(str(p) for p in corpus.rglob("*.*"))
    local = lint_files(session, files, jobs=1)
    spawned = lint_files(session, files, executor=ProcessExecutor(2, start_method="spawn"))
    assert [(r.path, [f.to_dict() for f in r.findings], r.extracts) for r in spawned] == \
        [(r.path, [f.to_dict() for f in r.findings], r.extracts) for r in local]


def test_cli_jobs_flag_gives_identical_output(corpus, capsys):
    outputs = []
    for jobs in ("1", "2"):
        main(["check", "--isolated", "--no-cache", "--jobs", jobs, "--format", "json", str(corpus)])
        outputs.append(capsys.readouterr().out)
    assert outputs[0] == outputs[1]
    assert json.loads(outputs[0])["summary"]["files"] == 2 * MIN_FILES_PER_WORKER + 41


class ExitInWorker(Rule):
    """## What it does
    Test rule: ends the worker process that checks ``broken-worker.md``.

    ## Why is this bad?
    It is not.

    ## Example
    None.
    """

    code = "TST902"
    name = "exit-in-worker"
    summary = "Ends its worker"

    def check(self, document, ctx):
        if document.path.endswith("broken-worker.md"):
            os._exit(3)


class ExitPlugin:
    @hookimpl
    def newslint_rules(self):
        return [ExitInWorker]


def test_a_worker_that_dies_fails_the_run_instead_of_hanging_it(corpus, tmp_path):
    (tmp_path / "broken-worker.md").write_text("# Title\n\nText.\n")
    files = sorted(str(p) for p in corpus.rglob("*.*")) + [str(tmp_path / "broken-worker.md")]
    session = Session(make_config({"select": ["TST"]}), extra_plugins=[ExitPlugin()])
    with pytest.raises(BrokenProcessPool):
        lint_files(session, files, jobs=2)
