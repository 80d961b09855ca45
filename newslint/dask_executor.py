"""Per-file work on a Dask cluster (``newslint check --executor dask [--scheduler ADDRESS]``).

Needs the optional extra: ``pip install 'newslint[dask]'``. The parent sends
batches of *paths* and the picklable configuration; each worker builds one
:class:`~newslint.runner.Session` per configuration, reads and lints its
files, and sends back :class:`~newslint.runner.FileResult` objects (findings
plus the project rules' small extracts: MinHash shingles, headline keys),
never whole documents. The parent then runs the cross-file rules as in a
local run, so the findings are the same.

Workers must see the files at the same paths (one machine, or a shared file
system) and have newslint and the same plugins installed. Plugins registered
in code (``Session(extra_plugins=...)``) do not reach the workers.
"""
from __future__ import annotations

import pickle
from typing import TYPE_CHECKING, Any, Iterator, Sequence

from newslint import hashing
from newslint.errors import NewslintError
from newslint.parallel import default_jobs, lint_path

if TYPE_CHECKING:
    from newslint.runner import Session

BATCH_FILES = 200  # files per task: large enough to hide scheduling (~1 ms a task), small enough to balance


def _distributed() -> Any:
    try:
        import distributed
    except ImportError:
        raise NewslintError("--executor dask needs the dask extra: pip install 'newslint[dask]'") from None
    return distributed


class DaskExecutor:
    """Lint on the Dask scheduler at ``scheduler``, or on a local cluster of ``workers`` processes."""

    def __init__(self, scheduler: str | None = None, *, workers: int | None = None, client: Any = None,
                 batch_files: int = BATCH_FILES):
        self.scheduler = scheduler
        self.workers = workers
        self.client = client
        self.batch_files = batch_files

    def map(self, session: "Session", paths: Sequence[str], keep_sources: bool) -> Iterator[tuple[str | None, Any]]:
        if not paths:
            return iter(())
        return self._run(session, paths, keep_sources)

    def _run(self, session: "Session", paths: Sequence[str], keep_sources: bool) -> Iterator[tuple[str | None, Any]]:
        distributed = _distributed()
        client, owned = self.client, []
        if client is None:
            if self.scheduler:
                client = distributed.Client(self.scheduler)
                owned = [client]
            else:
                cluster = distributed.LocalCluster(n_workers=self.workers or default_jobs(), threads_per_worker=1,
                                                   processes=True, dashboard_address=None)
                client = distributed.Client(cluster)
                owned = [client, cluster]
        try:
            token = hashing.blake2b(pickle.dumps(session.config), digest_size=12).hexdigest()
            config = client.scatter(session.config, broadcast=True)
            batches = [list(paths[i:i + self.batch_files]) for i in range(0, len(paths), self.batch_files)]
            futures = client.map(_lint_batch, batches, config=config, token=token, keep_sources=keep_sources,
                                 pure=False)
            for future in futures:
                yield from future.result()
        finally:
            for resource in owned:
                resource.close()


_sessions: dict[str, Any] = {}


def _lint_batch(paths: list[str], config: Any, token: str, keep_sources: bool) -> list[tuple[str | None, Any]]:
    """Worker side: lint a batch of files with this worker's session for ``config``."""
    session = _sessions.get(token)
    if session is None:
        from newslint.runner import Session

        session = _sessions[token] = Session(config)
    return [lint_path(session, p, keep_sources) for p in paths]


__all__ = ["DaskExecutor", "BATCH_FILES"]
