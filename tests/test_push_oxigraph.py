"""`kg push` into a real Oxigraph server (the `oxigraph` package's CLI), started and stopped here."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlencode

import pyoxigraph as ox
import pytest
from conftest import run_kg
from interfaces_sample import MAI, build_sample_store

from kg.errors import KgError
from kg.push.targets import guess_graph_store

OXIGRAPH = Path(sys.executable).with_name("oxigraph")
pytestmark = pytest.mark.server


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _select(endpoint: str, query: str) -> list[dict[str, str]]:
    req = urllib.request.Request(endpoint, urlencode({"query": query}).encode(),
                                 {"Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(req, timeout=30) as resp:
        rows = json.loads(resp.read())["results"]["bindings"]
    return [{k: v["value"] for k, v in row.items()} for row in rows]


@pytest.fixture
def oxigraph_server(tmp_path: Path) -> Iterator[str]:
    if not OXIGRAPH.exists():
        pytest.skip(f"needs the oxigraph server CLI ({OXIGRAPH}; pip install oxigraph)")
    port = _free_port()
    proc = subprocess.Popen([str(OXIGRAPH), "serve", "--location", str(tmp_path / "remote"), "--bind",
                             f"127.0.0.1:{port}"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    endpoint = f"http://127.0.0.1:{port}/query"
    deadline = time.monotonic() + 30
    while True:
        try:
            _select(endpoint, "SELECT * WHERE { } LIMIT 1")
            break
        except OSError:
            if proc.poll() is not None or time.monotonic() > deadline:
                proc.kill()
                pytest.fail(f"oxigraph serve did not start: {proc.stderr.read().decode(errors='replace')}")
            time.sleep(0.1)
    yield endpoint
    proc.terminate()
    proc.wait(10)
    proc.stderr.close()


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_sample_store(tmp_path_factory.mktemp("push") / "store")


def _local_counts(store: Path) -> dict[str, int]:
    copy = ox.Store.read_only(str(store))
    counts: dict[str, int] = {}
    for quad in copy.quads_for_pattern(None, None, None, None):
        key = "" if isinstance(quad.graph_name, ox.DefaultGraph) else quad.graph_name.value
        counts[key] = counts.get(key, 0) + 1
    return counts


def _remote_counts(endpoint: str) -> dict[str, int]:
    rows = _select(endpoint, "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g")
    counts = {r["g"]: int(r["n"]) for r in rows}
    counts[""] = int(_select(endpoint, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")[0]["n"])
    return counts


def test_push_copies_every_named_graph_and_the_default_graph(store: Path, oxigraph_server: str) -> None:
    result = run_kg("push", "--store", store, "--endpoint", oxigraph_server, timeout=120)
    assert result.returncode == 0, result.stderr
    local = _local_counts(store)
    assert len(local) >= 4  # the default graph, three articles, derived graphs
    assert _remote_counts(oxigraph_server) == local
    rows = _select(oxigraph_server, f"""PREFIX vpk: <https://w3id.org/vnpolkg/ontology#>
        PREFIX foaf: <http://xmlns.com/foaf/0.1/> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        SELECT ?article ?post WHERE {{ GRAPH ?article {{ ?p vpk:holdsPost ?x }}
                                      ?p foaf:name "{MAI}" . ?x rdfs:label ?post }}""")
    assert {r["post"] for r in rows} == {"Trưởng Ban Tổ chức Trung ương", "Thường trực Ban Bí thư"}
    assert "named graphs" in result.stderr


def test_push_twice_replaces_instead_of_duplicating(store: Path, oxigraph_server: str) -> None:
    for _ in range(2):
        result = run_kg("push", "--store", store, "--endpoint", oxigraph_server,
                        "--graph-store", oxigraph_server.replace("/query", "/store"), timeout=120)
        assert result.returncode == 0, result.stderr
    assert _remote_counts(oxigraph_server) == _local_counts(store)


def test_push_to_a_closed_port_is_a_one_line_error(store: Path, tmp_path: Path) -> None:
    result = run_kg("push", "--store", store, "--endpoint", f"http://127.0.0.1:{_free_port()}/query", timeout=60)
    assert result.returncode == 2
    assert result.stderr.startswith("kg: ") and len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr


def test_push_without_a_store_is_a_one_line_error(tmp_path: Path) -> None:
    result = run_kg("push", "--store", tmp_path / "none", "--endpoint", "http://127.0.0.1:9/query")
    assert result.returncode == 2 and "no store here" in result.stderr


@pytest.mark.parametrize(("endpoint", "graph_store"), [
    ("http://localhost:7878/query", "http://localhost:7878/store"),
    ("http://fuseki:3030/ds/query", "http://fuseki:3030/ds/data"),
    ("http://fuseki:3030/ds/sparql", "http://fuseki:3030/ds/data"),
    ("https://virtuoso.example/sparql", "https://virtuoso.example/sparql-graph-crud"),
])
def test_graph_store_url_is_guessed_from_the_endpoint(endpoint: str, graph_store: str) -> None:
    assert guess_graph_store(endpoint) == graph_store


def test_an_endpoint_without_a_known_shape_asks_for_graph_store() -> None:
    with pytest.raises(KgError, match="--graph-store"):
        guess_graph_store("http://qlever.example/api/wikidata")
    with pytest.raises(KgError, match="not an http"):
        guess_graph_store("ftp://example.org/query")
