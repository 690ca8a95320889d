"""Namespaces of the graph and helpers to make IRIs of the resources (the core vocabulary of DESIGN.md).

The base of resource IRIs is configurable with the environment variable `VNPOLKG_BASE`
(default `https://w3id.org/vnpolkg/id/`); the ontology namespace is fixed.
"""

from __future__ import annotations

import os

from pyoxigraph import NamedNode

VPK = "https://w3id.org/vnpolkg/ontology#"
BASE = os.environ.get("VNPOLKG_BASE", "https://w3id.org/vnpolkg/id/")
if not BASE.endswith(("/", "#")):
    BASE += "/"

RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
XSD = "http://www.w3.org/2001/XMLSchema#"
OWL = "http://www.w3.org/2002/07/owl#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
FOAF = "http://xmlns.com/foaf/0.1/"
SCHEMA = "https://schema.org/"
ORG = "http://www.w3.org/ns/org#"
SEM = "http://semanticweb.cs.vu.nl/2009/11/sem/"
PROV = "http://www.w3.org/ns/prov#"
DCT = "http://purl.org/dc/terms/"
SH = "http://www.w3.org/ns/shacl#"

PREFIXES: dict[str, str] = {
    "vpk": VPK, "rdf": RDF, "rdfs": RDFS, "xsd": XSD, "owl": OWL, "skos": SKOS, "foaf": FOAF,
    "schema": SCHEMA, "org": ORG, "sem": SEM, "prov": PROV, "dct": DCT,
    "person": BASE + "person/", "post": BASE + "post/", "body": BASE + "org/", "event": BASE + "event/",
    "place": BASE + "place/", "article": BASE + "article/",
}

KINDS = ("person", "post", "org", "event", "place", "article", "membership", "graph", "agent", "decision")

# Named graphs that hold what `finalize` derives (never an article's facts).
GRAPH_DERIVED = BASE + "graph/derived"        # memberships, structure
GRAPH_REFERENCE = BASE + "graph/reference"    # links to the Wikipedia reference data
GRAPH_RESOLUTION = BASE + "graph/resolution"  # identity decisions (merges and refusals)
SYSTEM_GRAPHS = (GRAPH_DERIVED, GRAPH_REFERENCE, GRAPH_RESOLUTION)


def sparql_prefixes() -> str:
    return "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items())


def vpk(local: str) -> NamedNode:
    return NamedNode(VPK + local)


def term(ns: str, local: str) -> NamedNode:
    return NamedNode(ns + local)


def resource(kind: str, slug: str) -> NamedNode:
    if kind not in KINDS:
        raise ValueError(f"unknown resource kind {kind!r}")
    return NamedNode(f"{BASE}{kind}/{slug}")


def kind_of(iri: str) -> str | None:
    """'person', 'post', ... for a resource IRI of this graph, None for any other IRI."""
    if not iri.startswith(BASE):
        return None
    head = iri[len(BASE):].split("/", 1)[0]
    return head if head in KINDS else None
