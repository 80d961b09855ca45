"""Per-file work of a run: from the cache, in local worker processes, or in this process.

Linting one file (read, parse, document rules, project-rule extracts) is
independent of every other file and returns a small picklable
:class:`~newslint.runner.FileResult`, so workers do it and the parent only
merges: results come back in file order and :meth:`Session.finish` runs the
cross-file rules over their extracts, so the output does not depend on the
number of workers.

An *executor* is any object with ``map(session, paths, keep_sources)``
yielding ``(digest, FileResult)`` in the order of ``paths`` (``digest`` is the
content hash of what was linted, None when the file could not be read).
:class:`ProcessExecutor` is the local one; ``newslint.dask_executor`` has one
for a Dask cluster.
"""
from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING, Any, Callable, Iterator, Sequence

from newslint import command_gc, hashing

if TYPE_CHECKING:
    from newslint.cache import Cache
    from newslint.runner import FileResult, Session

# Below this many files per worker, starting a pool costs more than it saves
# (a BBC-sized draft lints in about 2 ms; a forked worker is ready in about 20 ms).
MIN_FILES_PER_WORKER = 24
MAX_CHUNK = 32


def content_digest(data: bytes) -> str:
    """The content hash of a file's bytes (what executors report and the cache compares)."""
    return hashing.blake2b(data, digest_size=16).hexdigest()


def default_jobs() -> int:
    """The cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def plan_jobs(requested: int | None, n_files: int) -> int:
    """How many processes to use: ``requested`` (None or 0: every core), fewer for small runs."""
    jobs = requested if requested and requested > 0 else default_jobs()
    return max(1, min(jobs, n_files // MIN_FILES_PER_WORKER))


def lint_path(session: "Session", path: str, keep_source: bool) -> tuple[str | None, "FileResult"]:
    """Read and lint one file; also return the content digest (None when it cannot be read)."""
    try:
        with open(path, "rb") as fh:
            data = fh.read()
    except OSError:
        return None, session.lint_file(path, keep_source)
    return content_digest(data), session.lint_bytes(path, data, keep_source)


class ProcessExecutor:
    """Local worker processes (``--jobs``); runs in this process when one is enough."""

    def __init__(self, jobs: int | None = None, start_method: str | None = None):
        self.jobs = jobs
        self.start_method = start_method

    def map(self, session: "Session", paths: Sequence[str], keep_sources: bool) -> Iterator[tuple[str | None, Any]]:
        jobs = plan_jobs(self.jobs, len(paths))
        if jobs == 1:
            return (lint_path(session, p, keep_sources) for p in paths)
        return self._pooled(session, paths, keep_sources, jobs)

    def _pooled(self, session: "Session", paths: Sequence[str], keep_sources: bool,
                jobs: int) -> Iterator[tuple[str | None, Any]]:
        method = self.start_method or ("fork" if sys.platform.startswith("linux") else "spawn")
        import multiprocessing  # only when workers start: one draft stays light
        from concurrent.futures import ProcessPoolExecutor

        # A forked worker inherits the session as it is (plugins registered in
        # code included); a spawned one rebuilds it from the picklable config.
        state = session if method == "fork" else session.config
        # Not multiprocessing.Pool: its worker-handler thread wakes up whenever a result waits in
        # the pipe, which cost the parent about 180 ms of CPU on the 2,225 BBC drafts.
        pool = ProcessPoolExecutor(jobs, mp_context=multiprocessing.get_context(method),
                                   initializer=_init_worker, initargs=(state, keep_sources))
        try:
            futures = [pool.submit(_lint_chunk, chunk) for chunk in chunked(paths, jobs)]
            with command_gc.keeping():
                for future in futures:
                    yield from future.result()
        finally:
            pool.shutdown(wait=False, cancel_futures=True)  # workers exit while this process goes on


_worker: dict[str, Any] = {}


def _init_worker(state: Any, keep_sources: bool) -> None:
    from newslint.runner import Session

    _worker["session"] = state if isinstance(state, Session) else Session(state)
    _worker["keep"] = keep_sources


def _lint_chunk(paths: Sequence[str]) -> list[tuple[str | None, Any]]:
    return [lint_path(_worker["session"], path, _worker["keep"]) for path in paths]


def chunked(paths: Sequence[str], jobs: int) -> Iterator[Sequence[str]]:
    """``paths`` in consecutive chunks for ``jobs`` workers, smaller towards the end.

    Large chunks keep the messages few; small last ones keep a worker from still
    linting a long chunk while the others have nothing left (on BBC, with chunks
    of 32 to the end, one worker ran alone for the last 67-100 ms).
    """
    start = 0
    while start < len(paths):
        size = max(1, min(MAX_CHUNK, (len(paths) - start) // (jobs * 8)))
        yield paths[start:start + size]
        start += size


def lint_files(session: "Session", files: Sequence[str], *, keep_sources: bool = False, jobs: int | None = 1,
               cache: "Cache | None" = None, executor: Any = None,
               progress: Callable[[], Any] | None = None) -> list["FileResult"]:
    """Results for ``files`` in their order: cached ones reused, the rest linted by ``executor``."""
    results: list[Any] = [None] * len(files)
    todo = list(range(len(files)))
    if cache is not None:
        todo = []
        for i, path in enumerate(files):
            hit = cache.lookup(path, keep_sources)
            if hit is None:
                todo.append(i)
            else:
                results[i] = hit
                if progress is not None:
                    progress()
    runner = executor if executor is not None else ProcessExecutor(jobs)
    for i, (digest, result) in zip(todo, runner.map(session, [files[i] for i in todo], keep_sources)):
        results[i] = result
        if cache is not None and digest is not None:
            cache.store(result, digest)
        if progress is not None:
            progress()
    if cache is not None:
        cache.save()
    return results


def finish(session: "Session", results: list["FileResult"], cache: "Cache | None" = None) -> list[Any]:
    """Project-rule findings: from the cache when no file changed, else from ``session.finish``."""
    cached = cache.finished(results) if cache is not None else None
    if cached is not None:
        return cached
    errors = sum(len(r.errors) for r in results)
    findings = session.finish(results)
    if cache is not None and sum(len(r.errors) for r in results) == errors:  # no rule crashed
        cache.store_finished(results, findings)
    return findings
