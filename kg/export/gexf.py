"""GEXF (Gephi) with node and edge lifetimes from the dated facts (`start`/`end`, dynamic mode)."""

from __future__ import annotations

from typing import BinaryIO

import networkx as nx

from kg.export.projection import build


def write(store, out: BinaryIO) -> None:
    graph = build(store)
    graph.graph["mode"] = "dynamic"
    for _, data in graph.nodes(data=True):
        data.pop("date", None)
    nx.write_gexf(graph, out, version="1.2draft")
