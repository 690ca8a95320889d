"""Shared by the RDF exports: the quads of the store, sorted, and the union of the graphs as triples."""

from __future__ import annotations

from pyoxigraph import DefaultGraph, Quad, Triple

from kg.rdf.namespaces import PREFIXES


def prefixes() -> dict[str, str]:
    return dict(PREFIXES)


def sorted_quads(store) -> list[Quad]:
    """By graph (the default graph first), then subject, predicate, object: one block per graph in TriG."""
    return sorted(store.quads(), key=lambda q: ("" if isinstance(q.graph_name, DefaultGraph) else str(q.graph_name),
                                                str(q)))


def union_triples(store) -> list[Triple]:
    """Every distinct triple of every graph (formats without named graphs)."""
    return sorted({q.triple for q in store.quads()}, key=str)
