"""The property graph view of the store (for GraphML, GEXF, CSV, stats): entities as nodes with scalar
attributes, relations as weighted edges with their first and last attested dates."""

from __future__ import annotations

import networkx as nx

from kg.rdf.namespaces import FOAF, RDFS, VPK

NODE_TYPES = {"Person": "person", "Post": "post", "Organization": "organization", "Event": "event", "Place": "place"}
ARTICLE_RELATIONS = ("holdsPost", "formerlyHeld", "attended", "chaired", "hostedAt")
STRUCTURE_RELATIONS = ("postIn", "subOrganizationOf", "jurisdiction", "locatedIn", "becamePartOf")
# When a pair has several relations, the edge keeps the strongest (a chair also attends).
PRIORITY = {"chaired": 0, "attended": 1, "holdsPost": 0, "formerlyHeld": 1}


def _types_filter() -> str:
    return ", ".join(f"<{VPK}{t}>" for t in NODE_TYPES)


def _v(term) -> str | None:
    return None if term is None else term.value


def build(store) -> nx.DiGraph:
    g = nx.DiGraph()
    rows = store.query(f"""
        SELECT ?x ?t (MIN(?l) AS ?label) WHERE {{
          ?x a ?t . FILTER(?t IN ({_types_filter()}))
          OPTIONAL {{ ?x <{RDFS}label>|<{FOAF}name> ?l }}
        }} GROUP BY ?x ?t""", union=False)
    for row in rows:
        iri = row["x"].value
        kind = NODE_TYPES[row["t"].value[len(VPK):]]
        g.add_node(iri, label=_v(row["label"]) or iri.rsplit("/", 1)[-1], type=kind, iri=iri)

    for prop, key in (("date", "date"), ("eventType", "event_type"), ("placeLevel", "level"),
                      ("role", "role")):
        for row in store.query(f"SELECT ?x (MIN(?v) AS ?val) WHERE {{ ?x <{VPK}{prop}> ?v }} GROUP BY ?x"):
            if row["x"].value in g:
                g.nodes[row["x"].value][key] = row["val"].value
    for row in store.query("""SELECT ?x (MIN(?b) AS ?birth) (MIN(?w) AS ?wiki) WHERE {
            ?x <https://schema.org/sameAs> ?w . OPTIONAL { ?x <https://schema.org/birthDate> ?b } } GROUP BY ?x"""):
        if row["x"].value in g:
            g.nodes[row["x"].value]["wikipedia"] = row["wiki"].value
            if row["birth"] is not None:
                g.nodes[row["x"].value]["birth_date"] = row["birth"].value

    rels = ", ".join(f"<{VPK}{r}>" for r in ARTICLE_RELATIONS)
    rows = store.query(f"""
        SELECT ?s ?p ?o (COUNT(DISTINCT ?g) AS ?w) (MIN(?d) AS ?start) (MAX(?d) AS ?end) WHERE {{
          GRAPH ?g {{ ?s ?p ?o FILTER(?p IN ({rels})) }}
          OPTIONAL {{ ?g <{VPK}articleDate> ?d }}
        }} GROUP BY ?s ?p ?o""", union=False)
    for row in rows:
        _add_edge(g, row["s"].value, row["o"].value, row["p"].value[len(VPK):], int(row["w"].value),
                  _v(row["start"]), _v(row["end"]))
    rels = ", ".join(f"<{VPK}{r}>" for r in STRUCTURE_RELATIONS)
    for row in store.query(f"SELECT ?s ?p ?o WHERE {{ ?s ?p ?o FILTER(?p IN ({rels})) }}", union=False):
        _add_edge(g, row["s"].value, row["o"].value, row["p"].value[len(VPK):], 1, None, None)
    _lifetimes(g)
    return g


def _add_edge(g: nx.DiGraph, s: str, o: str, relation: str, weight: int, start: str | None, end: str | None) -> None:
    if s not in g or o not in g:
        return
    old = dict(g.edges[s, o]) if g.has_edge(s, o) else None
    attrs: dict[str, object] = {"relation": relation, "label": relation, "weight": weight}
    if start:
        attrs["start"], attrs["end"] = start, end
    if old is not None:
        if PRIORITY.get(relation, 9) >= PRIORITY.get(old["relation"], 9):
            attrs, old = old, attrs  # keep the stronger relation, take the other's dates
        for key, pick in (("start", min), ("end", max)):
            if old.get(key):
                attrs[key] = pick(attrs.get(key, old[key]), old[key])
        if "formerlyHeld" in (relation, old["relation"]):
            attrs["former"] = True
    elif relation == "formerlyHeld":
        attrs["former"] = True
    g.add_edge(s, o, **attrs)


def _lifetimes(g: nx.DiGraph) -> None:
    """An edge to or from a dated event lives on that date; a node from the first to the last date of its
    dated edges (an event: its date)."""
    for s, o, data in g.edges(data=True):
        for end in (s, o):
            if g.nodes[end].get("type") == "event" and g.nodes[end].get("date"):
                data["start"] = data["end"] = g.nodes[end]["date"]
    for node, data in g.nodes(data=True):
        if data.get("type") == "event" and data.get("date"):
            data["start"] = data["end"] = data["date"]
            continue
        dates = [d for _, _, e in g.edges(node, data=True) for d in (e.get("start"), e.get("end")) if d]
        dates += [d for _, _, e in g.in_edges(node, data=True) for d in (e.get("start"), e.get("end")) if d]
        if dates:
            data["start"], data["end"] = min(dates), max(dates)
