"""Shared by the RDF exports: the quads of the store, sorted, and the union of the graphs as triples."""

from __future__ import annotations

from pyoxigraph import Quad, Triple

from kg.rdf.namespaces import PREFIXES


def prefixes() -> dict[str, str]:
    return dict(PREFIXES)


def sorted_quads(store) -> list[Quad]:
    return sorted(store.quads(), key=str)


def union_triples(store) -> list[Triple]:
    """Every distinct triple of every graph (formats without named graphs)."""
    return sorted({q.triple for q in store.quads()}, key=str)
