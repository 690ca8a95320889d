"""N-Quads: every quad with its graph, sorted (byte-identical for the same input)."""

from __future__ import annotations

from typing import BinaryIO


def write(store, out: BinaryIO) -> None:
    out.write(store.nquads().encode("utf-8"))
