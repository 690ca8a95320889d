"""The store → the explorer's graph: typed nodes, links with their articles, dates, evidence and provinces."""

from __future__ import annotations

import json
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from kg.server.prefixes import project_prefixes

QUERIES = Path(__file__).with_name("queries")
STYLES = json.loads(Path(__file__).with_name("styles.json").read_text(encoding="utf-8"))
VPK = "https://w3id.org/vnpolkg/ontology#"

Row = dict[str, str]
Select = Callable[[str], list[Row]]


@dataclass
class Source:
    article: str  # article IRI (its named graph)
    evidence: list[str] = field(default_factory=list)  # the sentences the fact was read from


@dataclass
class Link:
    source: str
    target: str
    relation: str  # local name or full IRI of the predicate
    sources: list[Source] = field(default_factory=list)
    dates: set[str] = field(default_factory=set)


@dataclass
class Node:
    iri: str
    type: str
    label: str
    date: str | None = None
    level: str | None = None  # places: province, district, ...
    provinces: set[str] = field(default_factory=set)


@dataclass
class Article:
    iri: str
    headline: str = ""
    date: str = ""
    url: str = ""


@dataclass
class ExplorerGraph:
    nodes: dict[str, Node]
    links: list[Link]
    articles: dict[str, Article]
    total_nodes: int = 0  # before trimming to the most connected nodes (0: not trimmed)


def trim(graph: ExplorerGraph, max_nodes: int) -> ExplorerGraph:
    """Keep the `max_nodes` most connected nodes, the links among them and the articles they cite."""
    if len(graph.nodes) <= max_nodes:
        kept_nodes, links = graph.nodes, graph.links
    else:
        degree: dict[str, int] = defaultdict(int)
        for link in graph.links:
            degree[link.source] += 1
            degree[link.target] += 1
        ranked = sorted(graph.nodes, key=lambda iri: (-degree[iri], iri))[:max_nodes]
        kept_nodes = {iri: graph.nodes[iri] for iri in ranked}
        links = [link for link in graph.links if link.source in kept_nodes and link.target in kept_nodes]
    cited = {source.article for link in links for source in link.sources}
    articles = {iri: a for iri, a in graph.articles.items() if iri in cited}
    total = len(graph.nodes) if len(kept_nodes) < len(graph.nodes) else 0
    return ExplorerGraph(kept_nodes, links, articles, total)


def fold(text: str) -> str:
    """Lower case without diacritics: 'Trương Thị Mai' → 'truong thi mai' (đ → d)."""
    decomposed = unicodedata.normalize("NFD", text.lower().replace("đ", "d"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def store_select(store: ox.Store) -> Select:
    prefixes = project_prefixes()

    def select(sparql: str) -> list[Row]:
        result = store.query(sparql, prefixes=prefixes, use_default_graph_as_union=True)
        names = [v.value for v in result.variables]
        return [{n: sol[n].value for n in names if sol[n] is not None} for sol in result]

    return select


def _query(name: str) -> str:
    return (QUERIES / f"{name}.rq").read_text(encoding="utf-8")


def _local(iri: str) -> str:
    return iri[len(VPK):] if iri.startswith(VPK) else iri


def _relation_name(predicate: str) -> str:
    local = _local(predicate)
    if local != predicate:
        return local
    return predicate.rstrip("/#").rsplit("/", 1)[-1].rsplit("#", 1)[-1]


def _evidence(select: Select) -> dict[tuple[str, str, str, str], list[str]]:
    """(subject, predicate, object, graph) → its evidence sentences, in text order."""
    found: dict[tuple[str, str, str, str], list[str]] = defaultdict(list)
    for row in select(_query("evidence")):
        key = (row["s"], row["p"], row["o"], row["g"])
        if row["sentence"] not in found[key]:
            found[key].append(row["sentence"])
    return found


def _provinces(nodes: dict[str, Node], links: Iterable[Link]) -> None:
    """A node's provinces: the top-level places reachable from it through links that lead towards places."""
    out: dict[str, set[str]] = defaultdict(set)
    for link in links:
        source, target = nodes[link.source], nodes[link.target]
        if source.type != "Person" and target.type != "Person":
            out[link.source].add(link.target)
    levels = set(STYLES["top_place_levels"])
    top_places = {iri for iri, n in nodes.items() if n.type == "Place" and (
        n.level in levels if n.level else not any(nodes[t].type == "Place" for t in out.get(iri, ())))}
    memo: dict[str, set[str]] = {}

    def reach(iri: str, seen: frozenset[str]) -> set[str]:
        if iri in memo:
            return memo[iri]
        found = {nodes[iri].label} if iri in top_places else set()
        for nxt in out.get(iri, ()):
            if nxt not in seen:
                found |= reach(nxt, seen | {nxt})
        memo[iri] = found
        return found

    for iri, node in nodes.items():
        if node.type != "Person":
            node.provinces = reach(iri, frozenset({iri}))


def load(select: Select) -> ExplorerGraph:
    nodes: dict[str, Node] = {}
    for row in select(_query("nodes")):
        iri, kind = row["node"], _local(row["type"])
        if iri not in nodes or nodes[iri].type == "Other":
            nodes[iri] = Node(iri, kind if kind in STYLES["types"] else "Other", row.get("label") or iri)
    for row in select(_query("dates")):
        if row["node"] in nodes:
            nodes[row["node"]].date = row["date"][:10]
    for row in select(_query("levels")):
        if row["node"] in nodes:
            nodes[row["node"]].level = row["level"]

    articles = {row["article"]: Article(row["article"], row.get("headline", ""), row.get("date", "")[:10],
                                        row.get("url", "")) for row in select(_query("articles"))}
    evidence = _evidence(select)
    by_key: dict[tuple[str, str, str], Link] = {}
    for row in select(_query("links")):
        s, p, o, g = row["s"], row["p"], row["o"], row.get("g", "")
        if s not in nodes or o not in nodes:
            continue
        link = by_key.setdefault((s, p, o), Link(s, o, _relation_name(p)))
        if g in articles:
            link.sources.append(Source(g, evidence.get((s, p, o, g), [])))
    chaired = {(s, o) for s, p, o in by_key if p == VPK + "chaired"}
    links = [link for (s, p, o), link in by_key.items() if not (p == VPK + "attended" and (s, o) in chaired)]
    for link in links:
        event_dates = {nodes[i].date for i in (link.source, link.target) if nodes[i].type == "Event" and nodes[i].date}
        link.dates = event_dates or {articles[s.article].date for s in link.sources if articles[s.article].date}
    _provinces(nodes, links)
    return ExplorerGraph(nodes, links, articles)
