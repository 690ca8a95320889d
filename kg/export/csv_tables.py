"""CSV: `nodes.csv` (id, label, type, attributes) and `edges.csv` (source, target, relation, weight, dates)."""

from __future__ import annotations

import csv
from pathlib import Path

from kg.export.projection import build

NEEDS_FOLDER = True
NODE_COLUMNS = ["id", "label", "type", "date", "event_type", "level", "role", "birth_date", "wikipedia", "start", "end"]
EDGE_COLUMNS = ["source", "target", "relation", "weight", "start", "end", "former"]


def write(store, folder: Path) -> None:
    graph = build(store)
    folder.mkdir(parents=True, exist_ok=True)
    with (folder / "nodes.csv").open("w", newline="", encoding="utf-8") as f:
        out = csv.writer(f)
        out.writerow(NODE_COLUMNS)
        for node, data in sorted(graph.nodes(data=True)):
            out.writerow([node] + [data.get(c, "") for c in NODE_COLUMNS[1:]])
    with (folder / "edges.csv").open("w", newline="", encoding="utf-8") as f:
        out = csv.writer(f)
        out.writerow(EDGE_COLUMNS)
        for s, o, data in sorted(graph.edges(data=True), key=lambda e: (e[0], e[1])):
            out.writerow([s, o] + [data.get(c, "") for c in EDGE_COLUMNS[2:]])
