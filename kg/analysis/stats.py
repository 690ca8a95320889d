"""Counts by type, the people with most posts and events, the strongest co-attendance pairs."""

from __future__ import annotations

from dataclasses import dataclass, field

import networkx as nx
from networkx.algorithms import bipartite

from kg.rdf.namespaces import FOAF, GRAPH_REFERENCE, GRAPH_RESOLUTION, OWL, VPK

TYPES = ("Person", "Post", "Organization", "Event", "Place", "Article", "Membership")


@dataclass
class Stats:
    counts: dict[str, int] = field(default_factory=dict)
    quads: int = 0
    most_posts: list[tuple[str, int]] = field(default_factory=list)
    most_events: list[tuple[str, int]] = field(default_factory=list)
    pairs: list[tuple[str, str, int]] = field(default_factory=list)
    merges: int = 0
    refusals: int = 0
    reference_links: int = 0
    refused: list[tuple[str, str]] = field(default_factory=list)     # (name key, reason)
    spellings: list[tuple[str, str]] = field(default_factory=list)   # (person, the spellings merged)


def _count(store, sparql: str) -> int:
    rows = list(store.query(sparql, union=False))
    return int(rows[0]["n"].value) if rows else 0


def _top(store, prop: str, top: int) -> list[tuple[str, int]]:
    rows = store.query(f"""SELECT ?p (MIN(?name) AS ?nm) (COUNT(DISTINCT ?x) AS ?n) WHERE {{
            ?p <{VPK}{prop}> ?x ; <{FOAF}name> ?name }} GROUP BY ?p ORDER BY DESC(?n) ?nm LIMIT {int(top)}""")
    found = [(r["p"].value, r["nm"].value, int(r["n"].value)) for r in rows]
    names = [name for _, name, _ in found]
    return [(f"{name} [{iri.rsplit('/', 1)[-1]}]" if names.count(name) > 1 else name, n) for iri, name, n in found]


def co_attendance(store) -> nx.Graph:
    """Person–person graph weighted by the number of events both attended (networkx bipartite projection)."""
    b = nx.Graph()
    people = set()
    for row in store.query(f"SELECT DISTINCT ?p ?e WHERE {{ ?p <{VPK}attended> ?e }}"):
        b.add_edge(row["p"].value, row["e"].value)
        people.add(row["p"].value)
    return bipartite.weighted_projected_graph(b, people)


def compute(store, top: int = 10) -> Stats:
    stats = Stats()
    for t in TYPES:
        stats.counts[t] = _count(store, f"SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE {{ "
                                        f"{{ ?x a <{VPK}{t}> }} UNION {{ GRAPH ?g {{ ?x a <{VPK}{t}> }} }} }}")
    stats.quads = len(store)
    stats.most_posts = _top(store, "holdsPost", top)
    stats.most_events = _top(store, "attended", top)
    names = {r["p"].value: r["n"].value for r in store.query(f"SELECT ?p (MIN(?m) AS ?n) WHERE {{ "
                                                             f"?p <{FOAF}name> ?m }} GROUP BY ?p")}
    graph = co_attendance(store)
    edges = sorted(graph.edges(data="weight"), key=lambda e: (-e[2], names.get(e[0], e[0]), names.get(e[1], e[1])))
    stats.pairs = [(names.get(a, a), names.get(b, b), w) for a, b, w in edges[:top]]
    stats.merges = _count(store, f"SELECT (COUNT(?d) AS ?n) WHERE {{ GRAPH <{GRAPH_RESOLUTION}> "
                                 f"{{ ?d <{VPK}decision> \"merged\" }} }}")
    stats.refusals = _count(store, f"SELECT (COUNT(?d) AS ?n) WHERE {{ GRAPH <{GRAPH_RESOLUTION}> "
                                   f"{{ ?d <{VPK}decision> \"refused\" }} }}")
    stats.reference_links = _count(store, f"SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE {{ GRAPH <{GRAPH_REFERENCE}> "
                                          f"{{ ?p <{OWL}sameAs> ?w }} }}")
    stats.refused = [(r["k"].value, r["r"].value) for r in store.query(f"""SELECT ?k ?r WHERE {{
        GRAPH <{GRAPH_RESOLUTION}> {{ ?d <{VPK}decision> "refused" ; <{VPK}nameKey> ?k ; <{VPK}reason> ?r }} }}
        ORDER BY ?k LIMIT {int(top)}""", union=False)]
    stats.spellings = [(r["p"].value, r["s"].value) for r in store.query(f"""
        SELECT ?p (GROUP_CONCAT(DISTINCT ?v; SEPARATOR=" / ") AS ?s) WHERE {{
          GRAPH <{GRAPH_RESOLUTION}> {{ ?d <{VPK}decision> "merged" ; <{VPK}person> ?p ; <{VPK}spelling> ?v }} }}
        GROUP BY ?p HAVING (COUNT(DISTINCT ?v) > 1) ORDER BY ?p LIMIT {int(top)}""", union=False)]
    return stats


def render(stats: Stats) -> str:
    lines = ["Counts"]
    lines += [f"  {t:<14}{stats.counts.get(t, 0):>8}" for t in TYPES]
    lines.append(f"  {'quads':<14}{stats.quads:>8}")
    lines.append("Identity")
    lines.append(f"  {'merges':<14}{stats.merges:>8}   (people named in several articles or spellings, made one)")
    lines.append(f"  {'refusals':<14}{stats.refusals:>8}   (same name kept apart: posts/dates cannot be one person)")
    lines.append(f"  {'linked':<14}{stats.reference_links:>8}   (people linked to Vietnamese Wikipedia)")
    if stats.refused:
        lines.append("Kept apart (same name, not the same person)")
        lines += [f"  {key}: {reason}" for key, reason in stats.refused]
    if stats.spellings:
        lines.append("Merged spellings")
        lines += [f"  {spellings}" for _, spellings in stats.spellings]
    for title, rows in (("Most posts", stats.most_posts), ("Most events", stats.most_events)):
        lines.append(title)
        lines += [f"  {n:>4}  {name}" for name, n in rows] or ["  (none)"]
    lines.append("Strongest co-attendance (events attended together)")
    lines += [f"  {w:>4}  {a} — {b}" for a, b, w in stats.pairs] or ["  (none)"]
    return "\n".join(lines) + "\n"
