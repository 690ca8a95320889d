"""Node positions computed ahead with networkx, so a big graph needs no physics in the browser.

networkx's spring layout is quadratic and slow beyond a few hundred nodes, so each connected
component is laid out on its best-connected nodes (its skeleton) with networkx and the remaining
nodes are placed beside their already-placed neighbours; components are then packed in rows.
"""

from __future__ import annotations

import math
import random

import networkx as nx

SPACING = 60.0  # pixels between neighbours
SKELETON = 300  # nodes per component laid out by the spring model


def _circle(nodes: list[str]) -> dict[str, tuple[float, float]]:
    if len(nodes) == 1:
        return {nodes[0]: (0.0, 0.0)}
    radius = SPACING * len(nodes) / (2 * math.pi) + SPACING / 2
    return {n: (radius * math.cos(2 * math.pi * i / len(nodes)), radius * math.sin(2 * math.pi * i / len(nodes)))
            for i, n in enumerate(nodes)}


def _component(graph: nx.Graph, rng: random.Random) -> dict[str, tuple[float, float]]:
    nodes = sorted(graph.nodes, key=lambda n: (-graph.degree(n), n))
    if len(nodes) <= 4:
        return _circle(nodes)
    skeleton = graph.subgraph(nodes[:SKELETON])
    layout = nx.spring_layout(skeleton, seed=rng.randrange(1 << 30), iterations=60)
    scale = SPACING * math.sqrt(len(nodes)) * 2.0  # room for the whole component, not just its skeleton
    placed = {n: (float(x) * scale, float(y) * scale) for n, (x, y) in layout.items()}
    frontier = list(placed)
    while frontier:  # breadth first: each node fans its unplaced neighbours out, away from the centre
        nxt: list[str] = []
        for node in frontier:
            children = [m for m in sorted(graph.neighbors(node)) if m not in placed]
            if not children:
                continue
            cx, cy = placed[node]
            outward = math.atan2(cy, cx) if (cx or cy) else rng.uniform(0, 2 * math.pi)
            spread = min(2 * math.pi, 0.5 + 0.35 * len(children))
            radius = SPACING * (1 + len(children) / 12)
            for i, child in enumerate(children):
                angle = outward + spread * ((i + 0.5) / len(children) - 0.5)
                ring = radius * (1 + 0.25 * (i % 3))
                placed[child] = (cx + ring * math.cos(angle), cy + ring * math.sin(angle))
                nxt.append(child)
        frontier = nxt
    return placed


def positions(node_ids: list[str], edges: list[tuple[str, str]], seed: int = 7) -> dict[str, tuple[float, float]]:
    """Screen coordinates for every node: components largest first, packed left to right in rows."""
    graph = nx.Graph()
    graph.add_nodes_from(node_ids)
    graph.add_edges_from((a, b) for a, b in edges if a != b)
    rng = random.Random(seed)
    components = sorted((sorted(c) for c in nx.connected_components(graph)), key=lambda c: (-len(c), c[0]))
    result: dict[str, tuple[float, float]] = {}
    row_width = max(2000.0, SPACING * math.sqrt(len(node_ids)) * 3)
    x = y = row_height = 0.0
    for members in components:
        local = _component(graph.subgraph(members), rng)
        xs, ys = [p[0] for p in local.values()], [p[1] for p in local.values()]
        width, height = max(xs) - min(xs) + 2 * SPACING, max(ys) - min(ys) + 2 * SPACING
        if x > 0 and x + width > row_width:
            x, y, row_height = 0.0, y + row_height, 0.0
        dx, dy = x - min(xs) + SPACING, y - min(ys) + SPACING
        for node, (px, py) in local.items():
            result[node] = (round(px + dx, 1), round(py + dy, 1))
        x += width
        row_height = max(row_height, height)
    return result
