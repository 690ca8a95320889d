"""What needs the whole graph, recomputed from the article graphs each time (idempotent):
identity of people across articles, one label per entity, orphan cleanup, memberships, reference links."""

from __future__ import annotations

from collections import defaultdict

from pyoxigraph import DefaultGraph, Literal, NamedNode, Quad

from kg.rdf.iris import membership_iri, person_iri, place_iri
from kg.rdf.namespaces import (
    FOAF,
    GRAPH_DERIVED,
    GRAPH_REFERENCE,
    GRAPH_RESOLUTION,
    OWL,
    RDF,
    RDFS,
    SCHEMA,
    SYSTEM_GRAPHS,
    VPK,
    XSD,
)
from kg.resolution import persons as people
from kg.resolution.places import place_info
from kg.resolution.reference import candidates

A = NamedNode(RDF + "type")
DEFAULT = DefaultGraph()
ENTITY_TYPES = ("Person", "Post", "Organization", "Event", "Place")
STRUCTURE = ("postIn", "subOrganizationOf", "jurisdiction", "locatedIn", "becamePartOf")


def N(ns: str, local: str) -> NamedNode:  # noqa: N802
    return NamedNode(ns + local)


def _date(value: str) -> Literal:
    return Literal(value, datatype=N(XSD, "date"))


def finalize(gs) -> None:
    store = gs.store
    for name in SYSTEM_GRAPHS:
        if store.contains_named_graph(NamedNode(name)):
            store.remove_graph(NamedNode(name))
    decisions = resolve_persons(gs)
    one_structure_link(gs)
    prune_orphans(gs)
    one_label(gs)
    derived = memberships(gs)
    linked = reference_links(gs)
    store.extend(derived + linked + decision_quads(decisions))
    gs.resolution_decisions = decisions


# -- people across articles

def resolve_persons(gs) -> list[people.Decision]:
    store = gs.store
    mentions: dict[tuple[str, str], people.Mention] = {}
    for row in store.query(f"""SELECT ?g ?p (MIN(?n) AS ?name) (MIN(?d) AS ?date) WHERE {{
            GRAPH ?g {{ ?p <{VPK}nameInArticle> ?n }} OPTIONAL {{ ?g <{VPK}articleDate> ?d }} }} GROUP BY ?g ?p"""):
        key = (row["g"].value, row["p"].value)
        mentions[key] = people.Mention(key[0], key[1], row["name"].value, row["date"] and row["date"].value)
    for row in store.query(f"""SELECT ?g ?p ?label ?prov WHERE {{
            GRAPH ?g {{ ?p <{VPK}holdsPost> ?post }}
            ?post <{VPK}postIn>/<{VPK}jurisdiction> ?place ; <{RDFS}label> ?label .
            ?place <{RDFS}label> ?prov }}"""):
        m = mentions.get((row["g"].value, row["p"].value))
        if m:
            m.provinces.setdefault(row["prov"].value, row["label"].value)
    mapping, decisions = people.resolve(list(mentions.values()), lambda n: person_iri(n).value)
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


# -- default graph hygiene

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


# -- memberships (org:Membership-style nodes)

def memberships(gs) -> list[Quad]:
    store = gs.store
    g = NamedNode(GRAPH_DERIVED)
    held: dict[tuple[str, str], dict[str, list]] = defaultdict(lambda: {"now": [], "former": [], "graphs": []})
    for row in store.query(f"""SELECT ?p ?post ?g ?d ?former WHERE {{
            GRAPH ?g {{ {{ ?p <{VPK}holdsPost> ?post BIND(false AS ?former) }}
                      UNION {{ ?p <{VPK}formerlyHeld> ?post BIND(true AS ?former) }} }}
            OPTIONAL {{ ?g <{VPK}articleDate> ?d }} }}"""):
        entry = held[(row["p"].value, row["post"].value)]
        entry["graphs"].append(row["g"].value)
        if row["d"] is not None:
            entry["former" if row["former"].value == "true" else "now"].append(row["d"].value)
        elif row["former"].value == "true":
            entry["former"].append("")
        else:
            entry["now"].append("")
    orgs = {r["post"].value: r["org"].value for r in store.query(
        f"SELECT ?post ?org WHERE {{ ?post <{VPK}postIn> ?org }}")}
    quads: list[Quad] = []
    for (person, post), entry in sorted(held.items()):
        m = membership_iri(person, post)
        add = quads.append
        add(Quad(m, A, N(VPK, "Membership"), g))
        add(Quad(m, N(VPK, "member"), NamedNode(person), g))
        add(Quad(m, N(VPK, "post"), NamedNode(post), g))
        add(Quad(NamedNode(person), N(VPK, "hasMembership"), m, g))
        if post in orgs:
            add(Quad(m, N(VPK, "organization"), NamedNode(orgs[post]), g))
        for graph in sorted(set(entry["graphs"])):
            add(Quad(m, N(VPK, "supportedBy"), NamedNode(graph), g))
        add(Quad(m, N(VPK, "attestationCount"), Literal(len(set(entry["graphs"]))), g))
        now = sorted(d for d in entry["now"] if d)
        former = sorted(d for d in entry["former"] if d)
        if now:
            add(Quad(m, N(VPK, "firstAttested"), _date(now[0]), g))
            add(Quad(m, N(VPK, "lastAttested"), _date(now[-1]), g))
        ended_by = [d for d in former if not now or d >= now[-1]]
        ended = bool(entry["former"]) and (not entry["now"] or bool(ended_by))
        add(Quad(m, N(VPK, "ended"), Literal(ended), g))
        if ended and ended_by:
            add(Quad(m, N(VPK, "endedBy"), _date(ended_by[0]), g))
    return quads


# -- reference links

def reference_links(gs) -> list[Quad]:
    store = gs.store
    g = NamedNode(GRAPH_REFERENCE)
    posts: dict[str, list[str]] = defaultdict(list)
    names: dict[str, str] = {}
    for row in store.query(f"""SELECT ?p ?name ?label WHERE {{ ?p a <{VPK}Person> ; <{FOAF}name> ?name .
            OPTIONAL {{ GRAPH ?g {{ ?p <{VPK}holdsPost>|<{VPK}formerlyHeld> ?post }}
                        ?post <{RDFS}label> ?label }} }}"""):
        names[row["p"].value] = row["name"].value
        if row["label"] is not None:
            posts[row["p"].value].append(row["label"].value)
    chosen: dict[str, list[tuple[str, object]]] = defaultdict(list)
    for person, name in sorted(names.items()):
        found = candidates(name, sorted(set(posts.get(person, []))))
        if len(found) == 1:
            chosen[found[0].page_id].append((person, found[0]))
    quads: list[Quad] = []
    for _, matches in sorted(chosen.items()):
        if len(matches) != 1:
            continue  # two people of ours fit one reference entry: not sure
        person, ref = matches[0]
        node, page = NamedNode(person), NamedNode(ref.url)
        quads += [Quad(node, N(OWL, "sameAs"), page, g), Quad(node, N(SCHEMA, "sameAs"), page, g),
                  Quad(node, N(VPK, "referencePageId"), Literal(ref.page_id), g),
                  Quad(page, N(RDFS, "label"), Literal(ref.name, language="vi"), g),
                  Quad(page, N(SCHEMA, "license"), NamedNode("https://creativecommons.org/licenses/by-sa/4.0/"), g),
                  Quad(page, N(SCHEMA, "creditText"), Literal("Vietnamese Wikipedia contributors"), g)]
        if ref.birth_date:
            quads.append(Quad(node, N(SCHEMA, "birthDate"), _date(ref.birth_date), g))
        if ref.death_date:
            quads.append(Quad(node, N(SCHEMA, "deathDate"), _date(ref.death_date), g))
        if ref.home and place_info(ref.home).level == "province":
            home = place_iri(ref.home)
            quads.append(Quad(node, N(VPK, "homeProvince"), home, g))
            if not any(True for _ in store.quads_for_pattern(home, A, None, DEFAULT)):
                label = Literal(place_info(ref.home).label, language="vi")
                quads += [Quad(home, A, N(VPK, "Place"), DEFAULT), Quad(home, N(RDFS, "label"), label, DEFAULT),
                          Quad(home, N(VPK, "placeLevel"), Literal("province"), DEFAULT)]
    return quads


# -- the record of identity decisions

def decision_quads(decisions: list[people.Decision]) -> list[Quad]:
    from kg.rdf.iris import short_hash
    from kg.rdf.namespaces import resource

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
