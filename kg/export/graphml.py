"""GraphML for Gephi and Cytoscape: scalar attributes, `label` and `type` on every node, `relation` on
every edge, keys named after the attributes (`named_key_ids`)."""

from __future__ import annotations

from typing import BinaryIO

import networkx as nx

from kg.export.projection import build


def write(store, out: BinaryIO) -> None:
    graph = build(store)
    nx.write_graphml(graph, out, named_key_ids=True, infer_numeric_types=True)
