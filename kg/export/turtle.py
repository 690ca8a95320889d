"""Turtle: the union of all graphs (provenance stays on the statement nodes)."""

from __future__ import annotations

from typing import BinaryIO

from pyoxigraph import RdfFormat, serialize

from kg.export.rdfdump import prefixes, union_triples


def write(store, out: BinaryIO) -> None:
    serialize(union_triples(store), out, RdfFormat.TURTLE, prefixes=prefixes())
