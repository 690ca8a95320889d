"""Terms shared by the steps of `finalize`."""

from __future__ import annotations

from pyoxigraph import DefaultGraph, Literal, NamedNode

from kg.rdf.namespaces import RDF, XSD

A = NamedNode(RDF + "type")
DEFAULT = DefaultGraph()
ENTITY_TYPES = ("Person", "Post", "Organization", "Event", "Place")
STRUCTURE = ("postIn", "subOrganizationOf", "jurisdiction", "locatedIn", "becamePartOf")


def N(ns: str, local: str) -> NamedNode:  # noqa: N802
    return NamedNode(ns + local)


def date_literal(value: str) -> Literal:
    return Literal(value, datatype=N(XSD, "date"))
