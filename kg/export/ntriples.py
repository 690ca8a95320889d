"""N-Triples: the union of all graphs, one sorted line per triple."""

from __future__ import annotations

from typing import BinaryIO

from kg.export.rdfdump import union_triples


def write(store, out: BinaryIO) -> None:
    for triple in union_triples(store):
        out.write(f"{triple} .\n".encode())
