"""The project's prefixes, as the query page preloads them and as Turtle answers use them."""

from __future__ import annotations

FALLBACK = {
    "vpk": "https://w3id.org/vnpolkg/ontology#",
    "foaf": "http://xmlns.com/foaf/0.1/",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "schema": "https://schema.org/",
    "org": "http://www.w3.org/ns/org#",
    "prov": "http://www.w3.org/ns/prov#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
}


def project_prefixes() -> dict[str, str]:
    """Prefix → namespace IRI: the RDF package's table when it has one, else the core vocabulary's."""
    try:
        from kg.rdf import namespaces
    except ImportError:
        return dict(FALLBACK)
    table = getattr(namespaces, "PREFIXES", None)
    if not isinstance(table, dict) or not table:
        return dict(FALLBACK)
    return {str(k): str(v) for k, v in table.items()}


def prologue(prefixes: dict[str, str]) -> str:
    return "".join(f"PREFIX {name}: <{iri}>\n" for name, iri in sorted(prefixes.items()))
