"""Memberships (org:Membership-style nodes): a person's holding of a post across the articles that attest it."""

from __future__ import annotations

from collections import defaultdict

from pyoxigraph import Literal, NamedNode, Quad

from kg.rdf.iris import membership_iri
from kg.rdf.namespaces import GRAPH_DERIVED, VPK
from kg.store.terms import A, N
from kg.store.terms import date_literal as _date


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
