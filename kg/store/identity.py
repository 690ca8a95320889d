"""People across articles: merge by name key, split homonyms, record the decisions."""

from __future__ import annotations

from collections import defaultdict

from pyoxigraph import Literal, NamedNode, Quad

from kg.rdf.iris import person_iri, short_hash
from kg.rdf.namespaces import FOAF, GRAPH_RESOLUTION, RDFS, VPK, resource
from kg.resolution import persons as people
from kg.resolution.reference import matching_terms, politicians
from kg.store.terms import DEFAULT, A, N


def lifespan(key: str) -> people.Lifespan | None:
    """The reference politician of this name key, when there is exactly one and he or she has died."""
    found = politicians().get(key, [])
    if len(found) != 1 or not found[0].death_date:
        return None
    ref = found[0]
    return people.Lifespan(ref.name, ref.death_date, lambda label: bool(matching_terms(ref, label)))


def resolve_persons(gs) -> list[people.Decision]:
    store = gs.store
    mentions: dict[tuple[str, str], people.Mention] = {}
    for row in store.query(f"""SELECT ?g ?p (MIN(?n) AS ?name) (MIN(?d) AS ?date) WHERE {{
            GRAPH ?g {{ ?p <{VPK}nameInArticle> ?n }} OPTIONAL {{ ?g <{VPK}articleDate> ?d }} }} GROUP BY ?g ?p"""):
        key = (row["g"].value, row["p"].value)
        mentions[key] = people.Mention(key[0], key[1], row["name"].value, row["date"] and row["date"].value)
    for row in store.query(f"""SELECT ?g ?p ?label WHERE {{
            GRAPH ?g {{ ?p <{VPK}formerlyHeld> ?post }} ?post <{RDFS}label> ?label }}"""):
        m = mentions.get((row["g"].value, row["p"].value))
        if m:
            m.former.append(row["label"].value)
    for row in store.query(f"""SELECT ?g ?p ?label ?prov WHERE {{
            GRAPH ?g {{ ?p <{VPK}holdsPost> ?post }}
            ?post <{RDFS}label> ?label .
            OPTIONAL {{ ?post <{VPK}postIn>/<{VPK}jurisdiction> ?place .
                        OPTIONAL {{ ?place <{VPK}locatedIn> ?in }}
                        BIND(COALESCE(?in, ?place) AS ?unit)
                        ?unit <{RDFS}label> ?prov }} }}"""):
        m = mentions.get((row["g"].value, row["p"].value))
        if m:
            m.posts.append(row["label"].value)
            if row["prov"] is not None:
                m.provinces.setdefault(row["prov"].value, row["label"].value)
    for m in mentions.values():
        m.posts, m.former = sorted(set(m.posts)), sorted(set(m.former))
    mapping, decisions = people.resolve(list(mentions.values()), lambda n: person_iri(n).value, lifespan)
    names: dict[str, list[str]] = defaultdict(list)
    removes: list[Quad] = []
    adds: list[Quad] = []
    for (graph, node), target in sorted(mapping.items()):
        names[target].append(mentions[(graph, node)].name)
        if target == node:
            continue
        g, old, new = NamedNode(graph), NamedNode(node), NamedNode(target)
        for q in list(store.quads_for_pattern(old, None, None, g)):
            removes.append(q)
            adds.append(Quad(new, q.predicate, q.object, g))
        for q in list(store.quads_for_pattern(None, None, old, g)):
            removes.append(q)
            adds.append(Quad(q.subject if q.subject != old else new, q.predicate, new, g))
    for q in removes:
        store.remove(q)
    for target, seen in names.items():
        node = NamedNode(target)
        for q in list(store.quads_for_pattern(node, N(FOAF, "name"), None, DEFAULT)):
            store.remove(q)
        adds.append(Quad(node, A, N(VPK, "Person"), DEFAULT))
        adds.append(Quad(node, N(FOAF, "name"), Literal(people.canonical_name(seen)), DEFAULT))
    store.extend(adds)
    return decisions


def decision_quads(decisions: list[people.Decision]) -> list[Quad]:
    g = NamedNode(GRAPH_RESOLUTION)
    quads: list[Quad] = []
    for d in decisions:
        node = resource("decision", f"{d.kind}-{short_hash(d.kind, d.key, *d.persons)}")
        quads += [Quad(node, A, N(VPK, "IdentityDecision"), g),
                  Quad(node, N(VPK, "decision"), Literal(d.kind), g),
                  Quad(node, N(VPK, "nameKey"), Literal(d.key), g),
                  Quad(node, N(VPK, "articleCount"), Literal(d.articles), g),
                  Quad(node, N(VPK, "reason"), Literal(d.reason), g)]
        quads += [Quad(node, N(VPK, "person"), NamedNode(p), g) for p in d.persons]
        quads += [Quad(node, N(VPK, "spelling"), Literal(v), g) for v in d.variants]
    return quads
