"""JSON-LD with a context: the project's prefixes; the default graph's nodes, then one `@graph` per article."""

from __future__ import annotations

import json
from collections import defaultdict
from typing import Any, BinaryIO

from pyoxigraph import DefaultGraph, Literal, NamedNode

from kg.export.rdfdump import prefixes, sorted_quads
from kg.rdf.namespaces import RDF, XSD

_TYPE = RDF + "type"


def _compact(iri: str, table: list[tuple[str, str]]) -> str:
    for prefix, ns in table:
        if iri.startswith(ns) and len(iri) > len(ns):
            return f"{prefix}:{iri[len(ns):]}"
    return iri


def _value(term, table) -> dict[str, Any]:
    if isinstance(term, Literal):
        item: dict[str, Any] = {"@value": term.value}
        if term.language:
            item["@language"] = term.language
        elif term.datatype.value != XSD + "string":
            item["@type"] = _compact(term.datatype.value, table)
        return item
    return {"@id": _compact(term.value, table)}


def _nodes(quads, table) -> list[dict[str, Any]]:
    nodes: dict[str, dict[str, Any]] = defaultdict(dict)
    for q in quads:
        node = nodes[q.subject.value]
        if q.predicate.value == _TYPE and isinstance(q.object, NamedNode):
            node.setdefault("@type", []).append(_compact(q.object.value, table))
        else:
            node.setdefault(_compact(q.predicate.value, table), []).append(_value(q.object, table))
    return [{"@id": _compact(s, table), **props} for s, props in sorted(nodes.items())]


def write(store, out: BinaryIO) -> None:
    context = prefixes()
    table = sorted(context.items(), key=lambda kv: -len(kv[1]))
    by_graph: dict[str, list] = defaultdict(list)
    for q in sorted_quads(store):
        by_graph["" if isinstance(q.graph_name, DefaultGraph) else q.graph_name.value].append(q)
    doc_graph = _nodes(by_graph.pop("", []), table)
    for name in sorted(by_graph):
        doc_graph.append({"@id": _compact(name, table), "@graph": _nodes(by_graph[name], table)})
    doc = {"@context": context, "@graph": doc_graph}
    out.write(json.dumps(doc, ensure_ascii=False, indent=1).encode("utf-8"))
    out.write(b"\n")
