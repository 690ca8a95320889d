"""Where a server's Graph Store Protocol lives, guessed from its SPARQL query endpoint."""

from __future__ import annotations

from urllib.parse import urlsplit, urlunsplit

from kg.errors import KgError

# (path of the query endpoint, where it sits) → path of the Graph Store Protocol service.
# Oxigraph server: /query → /store; Virtuoso: /sparql → /sparql-graph-crud;
# Apache Jena Fuseki: /DATASET/query or /DATASET/sparql → /DATASET/data.
ROOT_RULES = {"query": "store", "sparql": "sparql-graph-crud"}
DATASET_RULES = {"query": "data", "sparql": "data"}


def guess_graph_store(endpoint: str) -> str:
    parts = urlsplit(endpoint)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise KgError(f"{endpoint}: not an http(s) URL")
    segments = [s for s in parts.path.split("/") if s]
    if segments:
        head, last = segments[:-1], segments[-1].lower()
        rules = DATASET_RULES if head else ROOT_RULES
        if last in rules:
            path = "/" + "/".join([*head, rules[last]])
            return urlunsplit((parts.scheme, parts.netloc, path, "", ""))
    raise KgError(f"cannot guess the Graph Store Protocol URL of {endpoint}; pass --graph-store URL")
