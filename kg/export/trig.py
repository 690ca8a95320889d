"""TriG: the default graph and one block per named graph (article), with the project's prefixes."""

from __future__ import annotations

from typing import BinaryIO

from pyoxigraph import RdfFormat, serialize

from kg.export.rdfdump import prefixes, sorted_quads


def write(store, out: BinaryIO) -> None:
    serialize(sorted_quads(store), out, RdfFormat.TRIG, prefixes=prefixes())
