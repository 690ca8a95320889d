"""`kg push`: copy the store into a SPARQL 1.1 Graph Store Protocol server, one PUT per graph."""

from __future__ import annotations

import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from kg.push.client import GraphStoreClient, SparqlClient
from kg.push.targets import guess_graph_store

# N-Triples is valid Turtle; sending it as text/turtle suits every Graph Store Protocol server.
MEDIA_TYPE = "text/turtle"


@dataclass
class PushReport:
    graph_store: str
    graphs: int  # named graphs sent
    nonempty: int  # of which hold at least one triple
    triples: int  # triples sent, default graph included
    seconds: float
    remote_graphs: int | None = None  # named graphs the endpoint reports afterwards


def _triples(store: ox.Store, graph: ox.NamedNode | ox.DefaultGraph) -> tuple[bytes, int]:
    triples = [q.triple for q in store.quads_for_pattern(None, None, None, graph)]
    return ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES) or b"", len(triples)


def push(store: ox.Store, endpoint: str, graph_store: str | None = None, progress: bool = True) -> PushReport:
    target = graph_store or guess_graph_store(endpoint)
    started = time.monotonic()
    client = GraphStoreClient(target)
    graphs = sorted((g for g in store.named_graphs() if isinstance(g, ox.NamedNode)), key=lambda g: g.value)
    sent = nonempty = 0
    try:
        data, count = _triples(store, ox.DefaultGraph())
        client.put(None, data, MEDIA_TYPE)
        sent += count
        for i, graph in enumerate(graphs, 1):
            data, count = _triples(store, graph)
            client.put(graph.value, data, MEDIA_TYPE)
            sent += count
            nonempty += count > 0
            if progress and (i % 500 == 0 or i == len(graphs)):
                print(f"kg push: {i}/{len(graphs)} named graphs", file=sys.stderr)
    finally:
        client.close()
    report = PushReport(target, len(graphs), nonempty, sent, time.monotonic() - started)
    sparql = SparqlClient(endpoint)
    try:
        rows = sparql.select("SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
        report.remote_graphs = int(rows[0]["n"]) if rows else 0
    finally:
        sparql.close()
    return report


def push_path(path: Path, endpoint: str, graph_store: str | None = None) -> PushReport:
    return push(ox.Store.read_only(str(path)), endpoint, graph_store)


__all__ = ["PushReport", "push", "push_path"]
