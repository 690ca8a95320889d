"""`kg serve` over real HTTP: the SPARQL 1.1 Protocol, formats, limits, errors, query page and explorer."""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
import time
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlencode

import pytest
import rdflib
from interfaces_sample import MAI, PAYLOAD_HEADLINE, Server, build_sample_store

pytestmark = pytest.mark.server

NAMES = "SELECT ?name WHERE { ?p a vpk:Person ; foaf:name ?name } ORDER BY ?name"
POSTS = "SELECT ?name ?post WHERE { ?p foaf:name ?name ; vpk:holdsPost/rdfs:label ?post } ORDER BY ?post"
SLOW = "SELECT (COUNT(*) AS ?n) WHERE { " + " ".join(f"?s{i} ?p{i} ?o{i} ." for i in range(7)) + " }"


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_sample_store(tmp_path_factory.mktemp("serve") / "store")


@pytest.fixture(scope="module")
def server(store: Path) -> Iterator[Server]:
    srv = Server(store)
    yield srv
    srv.stop()


def _names(body: bytes) -> list[str]:
    return [row["name"]["value"] for row in json.loads(body)["results"]["bindings"]]


def test_get_query_answers_sparql_json_over_the_union_of_graphs(server: Server) -> None:
    status, headers, body = server.query(POSTS)
    assert status == 200
    assert headers["Content-Type"].startswith("application/sparql-results+json")
    rows = {(r["name"]["value"], r["post"]["value"]) for r in json.loads(body)["results"]["bindings"]}
    assert (MAI, "Trưởng Ban Tổ chức Trung ương") in rows
    assert (MAI, "Thường trực Ban Bí thư") in rows


def test_post_form_and_direct_body_give_the_same_answer(server: Server) -> None:
    _, _, by_get = server.query(NAMES)
    status, _, by_form = server.request("/sparql", urlencode({"query": NAMES}).encode(),
                                        {"Content-Type": "application/x-www-form-urlencoded; charset=UTF-8"})
    assert status == 200
    status, _, direct = server.request("/sparql", NAMES.encode(), {"Content-Type": "application/sparql-query"})
    assert status == 200
    assert _names(by_get) == _names(by_form) == _names(direct)
    assert MAI in _names(direct)


def test_results_as_xml_csv_and_tsv_by_accept(server: Server) -> None:
    status, headers, body = server.query(NAMES, "application/sparql-results+xml")
    assert status == 200 and headers["Content-Type"].startswith("application/sparql-results+xml")
    ns = "{http://www.w3.org/2005/sparql-results#}"
    assert MAI in [lit.text for lit in ET.fromstring(body).iter(ns + "literal")]

    status, headers, body = server.query(NAMES, "text/csv")
    assert status == 200 and headers["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(body.decode("utf-8"))))
    assert rows[0] == ["name"] and [MAI] in rows

    status, headers, body = server.query(NAMES, "text/tab-separated-values")
    assert status == 200 and headers["Content-Type"].startswith("text/tab-separated-values")
    assert body.decode("utf-8").splitlines()[0] == "?name" and f'"{MAI}"' in body.decode("utf-8")


def test_q_values_and_format_parameter_choose_the_serialisation(server: Server) -> None:
    status, headers, _ = server.query(NAMES, "text/csv;q=0.5, application/sparql-results+xml;q=0.9")
    assert status == 200 and headers["Content-Type"].startswith("application/sparql-results+xml")
    status, headers, body = server.request("/sparql?" + urlencode({"query": NAMES, "format": "tsv"}))
    assert status == 200 and headers["Content-Type"].startswith("text/tab-separated-values")


def test_ask_query(server: Server) -> None:
    status, _, body = server.query(f'ASK {{ ?p foaf:name "{MAI}" }}')
    assert status == 200 and json.loads(body)["boolean"] is True


def test_construct_as_turtle_and_json_ld(server: Server) -> None:
    construct = f'CONSTRUCT {{ ?p ?x ?y }} WHERE {{ ?p foaf:name "{MAI}" ; ?x ?y }}'
    status, headers, body = server.query(construct, "text/turtle")
    assert status == 200 and headers["Content-Type"].startswith("text/turtle")
    graph = rdflib.Graph().parse(data=body.decode("utf-8"), format="turtle")
    assert rdflib.Literal(MAI) in set(graph.objects())
    assert b"@prefix vpk:" in body

    status, headers, body = server.query(construct, "application/ld+json")
    assert status == 200 and headers["Content-Type"].startswith("application/ld+json")
    graph = rdflib.Graph().parse(data=body.decode("utf-8"), format="json-ld")
    assert rdflib.Literal(MAI) in set(graph.objects())

    status, headers, body = server.query(f"DESCRIBE ?p WHERE {{ ?p foaf:name \"{MAI}\" }}", "*/*")
    assert status == 200 and headers["Content-Type"].startswith("text/turtle") and MAI.encode() in body


def test_default_graph_uri_restricts_the_dataset(server: Server) -> None:
    _, _, body = server.query('SELECT ?g WHERE { ?g schema:identifier "iface-1" }')
    article = json.loads(body)["results"]["bindings"][0]["g"]["value"]
    posts = "SELECT DISTINCT ?post WHERE { ?p vpk:holdsPost ?post }"
    status, _, body = server.request("/sparql?" + urlencode({"query": posts, "default-graph-uri": article}))
    assert status == 200
    in_first = {r["post"]["value"] for r in json.loads(body)["results"]["bindings"]}
    _, _, body = server.query(posts)
    everywhere = {r["post"]["value"] for r in json.loads(body)["results"]["bindings"]}
    assert in_first and in_first < everywhere


@pytest.mark.parametrize(("request_args", "status", "message"), [
    (("/sparql?" + urlencode({"query": "SELEC ?x WHERE { ?x ?y ?z }"}),), 400, "syntax error"),
    (("/sparql",), 400, "missing query"),
    (("/sparql?" + urlencode({"query": NAMES}) + "&" + urlencode({"query": NAMES}),), 400, "given 2 times"),
    (("/sparql", b"query=x", {"Content-Type": "text/plain"}), 415, "unsupported Content-Type"),
    (("/sparql", urlencode({"update": "INSERT DATA { <a:b> <a:c> <a:d> }"}).encode(),
      {"Content-Type": "application/x-www-form-urlencoded"}), 403, "read-only"),
    (("/sparql", b"DROP ALL", {"Content-Type": "application/sparql-update"}), 403, "read-only"),
    (("/nowhere",), 404, "nothing at /nowhere"),
])
def test_bad_requests_get_a_clear_status_and_message(server: Server, request_args: tuple, status: int,
                                                     message: str) -> None:
    got, headers, body = server.request(*request_args)
    assert got == status
    assert headers["Content-Type"].startswith("text/plain")
    assert message in body.decode("utf-8")


def test_unacceptable_accept_is_406(server: Server) -> None:
    status, _, body = server.query(NAMES, "image/png")
    assert status == 406 and b"cannot answer" in body


def test_request_larger_than_the_limit_is_413(store: Path, tmp_path: Path) -> None:
    srv = Server(store, "--max-request", "2000")
    try:
        big = "SELECT * WHERE { ?s ?p ?o } #" + "x" * 5000
        status, _, body = srv.request("/sparql", big.encode(), {"Content-Type": "application/sparql-query"})
        assert status == 413 and b"limit is 2000" in body
        status, _, _ = srv.query(NAMES)
        assert status == 200
    finally:
        srv.stop()


def test_a_result_larger_than_the_limit_is_refused_and_a_paged_one_answered(store: Path) -> None:
    srv = Server(store, "--max-response", "3000")
    try:
        everything = "SELECT * WHERE { ?s ?p ?o }"
        status, _, body = srv.query(everything)
        assert status == 422 and b"limit of 3000 bytes" in body and b"LIMIT" in body
        status, _, body = srv.request("/sparql?" + urlencode({"query": "CONSTRUCT WHERE { ?s ?p ?o }"}),
                                      headers={"Accept": "text/turtle"})
        assert status == 422
        status, _, body = srv.query(everything + " LIMIT 3")
        assert status == 200 and len(body) <= 3000
        assert len(json.loads(body)["results"]["bindings"]) == 3
    finally:
        srv.stop()


def test_a_query_over_the_time_limit_is_stopped_and_the_server_keeps_answering(store: Path) -> None:
    srv = Server(store, "--timeout", "1")
    try:
        started = time.monotonic()
        status, _, body = srv.query(SLOW)
        elapsed = time.monotonic() - started
        assert status == 503 and b"time limit of 1 s" in body
        assert elapsed < 10
        for _ in range(3):  # the worker that ran it was replaced
            status, _, body = srv.query(NAMES)
            assert status == 200 and MAI in _names(body)
    finally:
        srv.stop()


def test_writable_server_accepts_updates(store: Path, tmp_path: Path) -> None:
    copy = tmp_path / "store"
    shutil.copytree(store, copy)
    srv = Server(copy, "--writable")
    try:
        update = 'INSERT DATA { <https://example.org/p> a vpk:Person ; foaf:name "Người Thử" }'
        status, _, body = srv.request("/sparql", update.encode(), {"Content-Type": "application/sparql-update"})
        assert status == 204, body
        _, _, body = srv.query(NAMES)
        assert "Người Thử" in _names(body)
        status, _, body = srv.request("/sparql", b"DROP ALL", {"Content-Type": "application/sparql-update",
                                                               "Origin": "https://evil.example"})
        assert status == 403 and b"cross-origin" in body
        _, _, body = srv.query(NAMES)
        assert "Người Thử" in _names(body)
    finally:
        srv.stop()


def test_query_page_has_prefixes_and_examples_and_loads_nothing_from_the_network(server: Server) -> None:
    for path in ("/", "/query"):
        status, headers, body = server.request(path)
        assert status == 200 and headers["Content-Type"].startswith("text/html")
        assert "default-src 'none'" in headers["Content-Security-Policy"]
        page = body.decode("utf-8")
        data = json.loads(re.search(r'<script id="kg-data" type="application/json">(.*?)</script>', page, re.S)[1])
        assert "PREFIX vpk: <https://w3id.org/vnpolkg/ontology#>" in data["prologue"]
        assert len(data["examples"]) >= 3 and all(e["query"].strip() for e in data["examples"])
        sources = re.findall(r'(?:src|href)="([^"]+)"', page)
        assert sources and all(s.startswith(("/", "#")) for s in sources), sources
    for asset in ("query.js", "query.css"):
        status, _, body = server.request("/assets/" + asset)
        assert status == 200 and b"http://" not in body and b"https://" not in body
    assert server.request("/assets/../app.py")[0] == 404


def test_every_example_query_runs(server: Server) -> None:
    _, _, body = server.request("/")
    page = body.decode("utf-8")
    data = json.loads(re.search(r'<script id="kg-data" type="application/json">(.*?)</script>', page, re.S)[1])
    for example in data["examples"]:
        status, _, answer = server.query(data["prologue"] + example["query"], "application/sparql-results+json, "
                                                                              "text/turtle;q=0.9")
        assert status == 200, (example["title"], answer[:300])


def test_explorer_is_served_self_contained(server: Server) -> None:
    status, headers, body = server.request("/explorer")
    assert status == 200 and "default-src 'none'" in headers["Content-Security-Policy"]
    page = body.decode("utf-8")
    assert "vis.Network" in page and MAI in page
    assert PAYLOAD_HEADLINE not in page  # only its escaped JSON form


def test_head_and_concurrent_queries(server: Server) -> None:
    from concurrent.futures import ThreadPoolExecutor

    status, headers, body = server.request("/", method="HEAD")
    assert status == 200 and body == b"" and int(headers["Content-Length"]) > 0
    with ThreadPoolExecutor(8) as pool:
        answers = list(pool.map(lambda _: server.query(NAMES), range(16)))
    assert all(status == 200 and MAI in _names(body) for status, _, body in answers)
