"""Links to the reference politicians (Vietnamese Wikipedia, CC BY-SA 4.0) where the match is sure."""

from __future__ import annotations

from collections import defaultdict

from pyoxigraph import Literal, NamedNode, Quad

from kg.rdf.iris import place_iri
from kg.rdf.namespaces import FOAF, GRAPH_REFERENCE, OWL, RDFS, SCHEMA, VPK
from kg.resolution.places import place_info
from kg.resolution.reference import candidates
from kg.store.terms import DEFAULT, A, N
from kg.store.terms import date_literal as _date


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
