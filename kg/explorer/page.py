"""The explorer page: pyvis builds the network, a template of ours wraps it with vis-network inlined.

pyvis's own templates load Bootstrap and vis-network from CDNs; this page loads nothing: the
vis-network files that pyvis ships are read from its package and inlined, and a Content Security
Policy forbids every request to the network.
"""

from __future__ import annotations

import html
import json
import re
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path

from pyvis.network import Network

from kg.explorer.data import STYLES, ExplorerGraph, fold
from kg.explorer.embed import script_json
from kg.explorer.layout import positions

ASSETS = Path(__file__).with_name("assets")
VIS_VERSIONS = ("vis-9.1.2", "vis-9.0.4")
CSP = ("default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; "
       "img-src data: blob:; base-uri 'none'; form-action 'none'")


def _vis_asset(suffix: str) -> str:
    for version in VIS_VERSIONS:
        for folder in ("lib", "templates/lib"):
            path = resources.files("pyvis").joinpath(f"{folder}/{version}/vis-network.min.{suffix}"
                                                     if suffix == "js" else f"{folder}/{version}/vis-network.css")
            if path.is_file():
                return path.read_text(encoding="utf-8")
    raise FileNotFoundError("vis-network is missing from the pyvis package")


def _inline(code: str, tag: str) -> str:
    if re.search(rf"</{tag}|<!--", code, re.IGNORECASE):
        raise ValueError(f"an inlined asset contains </{tag} or <!--")
    return code


class _Network(Network):
    """pyvis's Network with a set for node lookups (its list makes add_edge quadratic)."""

    def __init__(self, **kwargs: object) -> None:
        super().__init__(**kwargs)
        self._ids: set = set()

    def add_node(self, n_id, label=None, shape="dot", color="#97c2fc", **options):  # noqa: ANN001, ANN201
        self._ids.add(n_id)
        return super().add_node(n_id, label=label, shape=shape, color=color, **options)

    def get_nodes(self):  # noqa: ANN201
        return self._ids


def _short(label: str, limit: int = 40) -> str:
    """The label drawn on the canvas; the side panel and the search use the full one."""
    return label if len(label) <= limit else label[: limit - 1].rstrip() + "…"


def _network(graph: ExplorerGraph, order: list[str]) -> Network:
    index = {iri: i for i, iri in enumerate(order)}
    big = len(order) > STYLES["physics_threshold"]
    net = _Network(directed=True, cdn_resources="in_line", height="100%", width="100%")
    placed = positions(order, [(link.source, link.target) for link in graph.links])
    types = STYLES["types"]
    for iri in order:
        node = graph.nodes[iri]
        style = types[node.type]
        x, y = placed[iri]
        net.add_node(index[iri], label=_short(node.label), shape=style["shape"], color=style["color"],
                     size=style["size"], x=x, y=y, physics=not big)
    relations = STYLES["relations"]
    for i, link in enumerate(graph.links):
        label = relations.get(link.relation, {}).get("label", link.relation)
        net.add_edge(index[link.source], index[link.target], id=i, label=label, width=1 + min(len(link.sources), 9) / 3)
    net.options = _options(big, len(order))
    return net


def _options(big: bool, n: int) -> dict:
    options = {
        "nodes": {"font": {"size": 14, "face": "DejaVu Sans, sans-serif"},
                  "scaling": {"label": {"drawThreshold": 6}}},
        "edges": {"arrows": {"to": {"enabled": True, "scaleFactor": 0.5}}, "color": {"inherit": "from", "opacity": 0.6},
                  "font": {"size": 10, "align": "middle", "color": "#555"},
                  "smooth": False if big else {"type": "continuous"}},
        "physics": {"enabled": not big, "stabilization": {"iterations": 150},
                    "barnesHut": {"gravitationalConstant": -4000, "springLength": 90}},
        "interaction": {"hover": not big, "hideEdgesOnDrag": big, "hideEdgesOnZoom": n > STYLES["label_threshold"],
                        "tooltipDelay": 200},
    }
    return options


def _data(graph: ExplorerGraph, order: list[str], net: Network, title: str) -> dict:
    articles = sorted(graph.articles)
    article_index = {iri: i for i, iri in enumerate(articles)}
    provinces = sorted({p for node in graph.nodes.values() for p in node.provinces}, key=fold)
    province_index = {p: i for i, p in enumerate(provinces)}
    nodes_data, edges_data, _, _, _, options = net.get_network_data()
    present = {graph.nodes[iri].type for iri in order}

    return {
        "title": title,
        "generated": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "total_nodes": graph.total_nodes or len(order),
        "types": {k: v for k, v in STYLES["types"].items() if k in present},
        "relations": STYLES["relations"],
        "nodes": [{"iri": iri, "type": graph.nodes[iri].type, "label": graph.nodes[iri].label,
                   "key": fold(graph.nodes[iri].label), "date": graph.nodes[iri].date,
                   "prov": sorted(province_index[p] for p in graph.nodes[iri].provinces)} for iri in order],
        "links": [{"r": link.relation, "d": sorted(link.dates),
                   "src": [[article_index[s.article], s.evidence] for s in link.sources]} for link in graph.links],
        "articles": [{"iri": a, "h": graph.articles[a].headline, "d": graph.articles[a].date,
                      "u": graph.articles[a].url} for a in articles],
        "provinces": provinces,
        "vis": {"nodes": nodes_data, "edges": edges_data, "options": json.loads(options)},
    }


def render(graph: ExplorerGraph, title: str = "vnpolkg graph explorer") -> str:
    order = sorted(graph.nodes, key=lambda iri: (graph.nodes[iri].type, fold(graph.nodes[iri].label), iri))
    net = _network(graph, order)
    data = _data(graph, order, net, title)
    slots = {
        "TITLE": html.escape(title),
        "CSP": html.escape(CSP, quote=False),
        "VIS_CSS": _inline(_vis_asset("css"), "style"),
        "CSS": _inline((ASSETS / "explorer.css").read_text(encoding="utf-8"), "style"),
        "VIS_JS": _inline(_vis_asset("js"), "script"),
        "JS": _inline((ASSETS / "explorer.js").read_text(encoding="utf-8"), "script"),
        "DATA": script_json(data),
    }
    template = (ASSETS / "explorer.html").read_text(encoding="utf-8")
    return re.sub(r"\{\{(\w+)\}\}", lambda m: slots[m.group(1)], template)
