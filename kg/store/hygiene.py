"""The default graph after changes: one structure link and one label per entity, no orphans."""

from __future__ import annotations

from collections import defaultdict

from pyoxigraph import NamedNode

from kg.rdf.namespaces import RDFS, VPK
from kg.store.terms import DEFAULT, ENTITY_TYPES, STRUCTURE, N


def prune_orphans(gs) -> None:
    """Drop types and labels of entities no article graph uses any more (nor any kept entity's structure)."""
    store = gs.store
    types = ", ".join(f"<{VPK}{t}>" for t in ENTITY_TYPES)
    typed = {r["x"].value for r in store.query(f"SELECT DISTINCT ?x WHERE {{ ?x a ?t FILTER(?t IN ({types})) }}")}
    used = {r["x"].value for r in store.query(f"""SELECT DISTINCT ?x WHERE {{ ?x a ?t FILTER(?t IN ({types}))
            FILTER(EXISTS {{ GRAPH ?g {{ ?x ?p ?o }} }} || EXISTS {{ GRAPH ?h {{ ?s ?q ?x }} }}) }}""")}
    links: dict[str, set[str]] = defaultdict(set)
    rels = ", ".join(f"<{VPK}{r}>" for r in STRUCTURE)
    for row in store.query(f"SELECT ?s ?o WHERE {{ ?s ?p ?o FILTER(?p IN ({rels})) }}"):
        links[row["s"].value].add(row["o"].value)
    keep, todo = set(used), list(used)
    while todo:
        for nxt in links.get(todo.pop(), ()):
            if nxt not in keep:
                keep.add(nxt)
                todo.append(nxt)
    for iri in sorted(typed - keep):
        for q in list(store.quads_for_pattern(NamedNode(iri), None, None, DEFAULT)):
            store.remove(q)


def one_structure_link(gs) -> None:
    """Structure links are single-valued (a post in one body, a body under one parent, ...): when spellings of
    one key led to two, keep the one with the longest key, then the first in code-point order."""
    store = gs.store
    for prop in STRUCTURE:
        rows = store.query(f"SELECT ?x WHERE {{ ?x <{VPK}{prop}> ?o }} GROUP BY ?x HAVING (COUNT(?o) > 1)")
        for row in list(rows):
            links = list(store.quads_for_pattern(row["x"], N(VPK, prop), None, DEFAULT))
            best = min(links, key=lambda q: (-len(q.object.value), q.object.value))
            for q in links:
                if q != best:
                    store.remove(q)


LEVELS = ("province", "district", "country", "other")  # the most specific reading of a place wins


def one_place_level(gs) -> None:
    """One vpk:placeLevel per place: two spellings of one place may have been read at different levels."""
    store = gs.store
    rows = store.query(f"SELECT ?x WHERE {{ ?x <{VPK}placeLevel> ?l }} GROUP BY ?x HAVING (COUNT(?l) > 1)")
    for row in list(rows):
        levels = list(store.quads_for_pattern(row["x"], N(VPK, "placeLevel"), None, DEFAULT))
        rank = {level: i for i, level in enumerate(LEVELS)}
        best = min(levels, key=lambda q: (rank.get(q.object.value, len(LEVELS)), q.object.value))
        for q in levels:
            if q != best:
                store.remove(q)


def one_label(gs) -> None:
    """One rdfs:label per entity: the most capitalised spelling, then the first in code-point order."""
    store = gs.store
    rows = store.query(f"""SELECT ?x (GROUP_CONCAT(?l; SEPARATOR="\\u0001") AS ?ls) (COUNT(?l) AS ?n)
            WHERE {{ ?x <{RDFS}label> ?l }} GROUP BY ?x HAVING (COUNT(?l) > 1)""")
    for row in list(rows):
        node = row["x"]
        labels = list(store.quads_for_pattern(node, N(RDFS, "label"), None, DEFAULT))
        best = min(labels, key=lambda q: (-sum(c.isupper() for c in q.object.value), q.object.value))
        for q in labels:
            if q != best:
                store.remove(q)
