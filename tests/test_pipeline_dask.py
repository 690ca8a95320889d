"""`kg build --dask-scheduler`: extraction on a real Dask LocalCluster of separate worker processes,
the store loaded by the one writer, and sharded N-Quads that rdflib (or a bulk loader) reads."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import warnings
from pathlib import Path

import pytest
from conftest import REPO, run_kg


def _work_loaded() -> bool:
    return "kg.pipeline.work" in sys.modules


def test_build_on_a_local_cluster(tmp_path: Path) -> None:
    distributed = pytest.importorskip("distributed", reason="needs the distributed extra")
    rdflib = pytest.importorskip("rdflib")
    lines = (REPO / "corpus" / "articles.jsonl").read_text(encoding="utf-8").splitlines()[:6]
    ids = [json.loads(line)["id"] for line in lines]
    inputs = tmp_path / "in.jsonl"
    inputs.write_text("\n".join(lines + ["{not json"]) + "\n", encoding="utf-8")
    store, shards = tmp_path / "store", tmp_path / "shards"
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        with distributed.Client(cluster) as client:
            out = run_kg("build", inputs, "--store", store, "--no-exports", "--batch-size", "2",
                         "--dask-scheduler", cluster.scheduler_address, "--shards", shards, timeout=300)
            on_workers = client.run(_work_loaded)
    assert out.returncode == 1, out.stderr  # the malformed line is reported, the rest is built
    assert f"{inputs}:7: malformed JSON" in out.stderr
    assert "read 6 articles: 6 extracted" in out.stdout
    assert len(on_workers) == 2 and any(on_workers.values())  # extraction ran in the cluster's processes

    parts = sorted(shards.glob("part-*.nq"))
    assert [p.name for p in parts] == ["part-00000.nq", "part-00001.nq", "part-00002.nq"]
    dataset = rdflib.Dataset()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # rdflib's own N-Quads parser
        for part in parts:
            dataset.parse(part, format="nquads")
    graphs = {str(g.identifier) for g in dataset.graphs() if len(g)}
    for article_id in ids:
        assert any(g.endswith("/" + article_id) for g in graphs), article_id

    oxigraph = shutil.which("oxigraph") or shutil.which("oxigraph", path=str(Path(sys.executable).parent))
    if oxigraph:  # the server's bulk loader takes the shards as they are
        load = subprocess.run([oxigraph, "load", "--location", str(tmp_path / "server"), "--file", *map(str, parts)],
                              capture_output=True, text=True, timeout=120)
        assert load.returncode == 0, load.stderr

    count = run_kg("query", "SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a vpk:Article }", "--store", store,
                   "--format", "csv")
    assert count.returncode == 0 and count.stdout.split()[-1] == "6"


def test_unreachable_scheduler_is_a_usage_error(tmp_path: Path) -> None:
    pytest.importorskip("distributed", reason="needs the distributed extra")
    env = dict(os.environ, KG_DASK_TIMEOUT="2")
    out = subprocess.run([sys.executable, "-m", "kg.cli", "build", str(REPO / "corpus" / "000_afdb58c3525a2a02.txt"),
                          "--store", str(tmp_path / "s"), "--dask-scheduler", "tcp://127.0.0.1:9"],
                         cwd=REPO, env=env, capture_output=True, text=True, timeout=120)
    assert out.returncode == 2 and "cannot reach the Dask scheduler" in out.stderr and "Traceback" not in out.stderr
