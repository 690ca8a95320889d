"""Content negotiation: which serialisation answers a query, from the `Accept` header or a `format` parameter."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Serialisation:
    media_type: str  # what the response's Content-Type says
    format_name: str  # a pyoxigraph QueryResultsFormat / RdfFormat member name


# Query result kinds → accepted media types (first is the default) → serialisation.
SOLUTIONS: dict[str, Serialisation] = {
    "application/sparql-results+json": Serialisation("application/sparql-results+json", "JSON"),
    "application/json": Serialisation("application/sparql-results+json", "JSON"),
    "application/sparql-results+xml": Serialisation("application/sparql-results+xml", "XML"),
    "application/xml": Serialisation("application/sparql-results+xml", "XML"),
    "text/xml": Serialisation("application/sparql-results+xml", "XML"),
    "text/csv": Serialisation("text/csv; charset=utf-8", "CSV"),
    "text/tab-separated-values": Serialisation("text/tab-separated-values; charset=utf-8", "TSV"),
}
GRAPH: dict[str, Serialisation] = {
    "text/turtle": Serialisation("text/turtle; charset=utf-8", "TURTLE"),
    "application/ld+json": Serialisation("application/ld+json", "JSON_LD"),
    "application/json": Serialisation("application/ld+json", "JSON_LD"),
    "application/n-triples": Serialisation("application/n-triples", "N_TRIPLES"),
    "application/rdf+xml": Serialisation("application/rdf+xml", "RDF_XML"),
    "application/trig": Serialisation("application/trig", "TRIG"),
    "application/n-quads": Serialisation("application/n-quads", "N_QUADS"),
}
BY_KIND = {"solutions": SOLUTIONS, "boolean": SOLUTIONS, "graph": GRAPH}

# Short names for the `format` request parameter (handy in a browser address bar).
SHORT_NAMES = {
    "json": "application/sparql-results+json", "xml": "application/sparql-results+xml",
    "csv": "text/csv", "tsv": "text/tab-separated-values",
    "turtle": "text/turtle", "ttl": "text/turtle", "jsonld": "application/ld+json",
    "json-ld": "application/ld+json", "ntriples": "application/n-triples", "rdfxml": "application/rdf+xml",
}


def parse_accept(header: str | None) -> list[str]:
    """Media ranges of an Accept header, best first (q-values honoured, q=0 dropped)."""
    if not header:
        return ["*/*"]
    ranked: list[tuple[float, int, str]] = []
    for position, part in enumerate(header.split(",")):
        fields = [f.strip() for f in part.split(";")]
        media = fields[0].lower()
        if not media:
            continue
        quality = 1.0
        for param in fields[1:]:
            name, _, value = param.partition("=")
            if name.strip().lower() == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        if quality > 0:
            ranked.append((-quality, position, media))
    return [media for _, _, media in sorted(ranked)] or ["*/*"]


def choose(kind: str, accepted: list[str]) -> Serialisation | None:
    """The serialisation for a result kind that best fits the accepted media ranges, or None (→ 406)."""
    table = BY_KIND[kind]
    default = next(iter(table.values()))
    for media in accepted:
        if media in table:
            return table[media]
        if media in ("*/*", "application/*") or (media == "text/*" and kind == "graph"):
            return default
        if media == "text/*":
            return table["text/csv"]
    return None


def accepted_media(accept_header: str | None, format_param: str | None) -> list[str]:
    """The `format` parameter, when given, wins over the Accept header."""
    if format_param:
        wanted = SHORT_NAMES.get(format_param.lower(), format_param.lower())
        return [wanted, "*/*"]
    return parse_accept(accept_header)
