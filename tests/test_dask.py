"""--executor dask: a 2-worker local cluster gives the same findings as a local run."""
from __future__ import annotations

import pytest

from newslint import make_config
from newslint.errors import NewslintError
from newslint.runner import Session
from tests.test_parallel import report_data, synth_corpus

distributed = pytest.importorskip("distributed", reason="the dask extra is not installed")

from newslint.dask_executor import DaskExecutor  # noqa: E402


@pytest.fixture(scope="module")
def client():
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster, distributed.Client(cluster) as c:
        yield c


def test_dask_cluster_findings_equal_a_local_run(tmp_path, client):
    synth_corpus(200, tmp_path)
    session = Session(make_config({"select": ["NL1", "NL2"]}))  # the families with cross-file rules
    local = session.run([str(tmp_path)], jobs=1)
    remote = session.run([str(tmp_path)], executor=DaskExecutor(client=client, batch_files=40))
    assert report_data(remote) == report_data(local)
    assert any(f.code == "NL104" for f in remote.findings)  # cross-file findings from worker extracts
    workers = client.run(lambda: __import__("newslint.dask_executor").dask_executor._sessions.__len__())
    assert len(workers) == 2 and all(n == 1 for n in workers.values())  # both workers built one session


def test_missing_extra_is_a_clean_error(monkeypatch):
    import builtins

    real_import = builtins.__import__

    def no_distributed(name, *args, **kw):
        if name == "distributed":
            raise ImportError(name)
        return real_import(name, *args, **kw)

    monkeypatch.setattr(builtins, "__import__", no_distributed)
    with pytest.raises(NewslintError, match=r"newslint\[dask\]"):
        list(DaskExecutor().map(Session(make_config(None)), ["x.md"], False))
