"""`kg query`: SPARQL over the union of the article graphs; table, CSV, TSV or JSON."""

from __future__ import annotations

import argparse
import sys

from pyoxigraph import Literal, NamedNode, QueryBoolean, QueryResultsFormat, QuerySolutions, RdfFormat

from kg.errors import KgError
from kg.rdf.namespaces import PREFIXES
from kg.store import open_store

RESULT_FORMATS = {"csv": QueryResultsFormat.CSV, "tsv": QueryResultsFormat.TSV, "json": QueryResultsFormat.JSON}


def _text(args: argparse.Namespace) -> str:
    if args.file:
        try:
            return args.file.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as err:
            raise KgError(f"{args.file}: cannot read the query ({err.__class__.__name__})") from err
    if args.sparql:
        return args.sparql
    raise KgError("give a SPARQL query or --file FILE")


def compact(term) -> str:
    if term is None:
        return ""
    if isinstance(term, NamedNode):
        for prefix, ns in sorted(PREFIXES.items(), key=lambda kv: -len(kv[1])):
            if term.value.startswith(ns):
                return f"{prefix}:{term.value[len(ns):]}"
        return term.value
    if isinstance(term, Literal):
        return term.value
    return str(term)


def table(results: QuerySolutions) -> str:
    names = [v.value for v in results.variables]
    rows = [[compact(row[name]) for name in names] for row in results]
    widths = [min(60, max([len(n)] + [len(r[i]) for r in rows])) for i, n in enumerate(names)]

    def line(cells: list[str]) -> str:
        return "  ".join(c[:60].ljust(w) for c, w in zip(cells, widths, strict=True)).rstrip()

    out = [line(names), line(["-" * w for w in widths])] + [line(r) for r in rows]
    out.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(out) + "\n"


def _write(data: bytes) -> None:
    sys.stdout.flush()
    sys.stdout.buffer.write(data if data.endswith(b"\n") else data + b"\n")


def run(args: argparse.Namespace) -> int:
    sparql = _text(args)
    store = open_store(args.store)
    try:
        results = store.query(sparql)
        if isinstance(results, QuerySolutions):
            if args.format == "table":
                sys.stdout.write(table(results))
            else:
                _write(results.serialize(format=RESULT_FORMATS[args.format]))
        elif isinstance(results, QueryBoolean):
            if args.format == "table":
                print("true" if bool(results) else "false")
            else:
                _write(results.serialize(format=RESULT_FORMATS[args.format]))
        else:
            _write(results.serialize(format=RdfFormat.N_TRIPLES))
        sys.stdout.flush()
    except OSError as err:
        raise KgError(f"query failed: {' '.join(str(err).split())}") from err
    finally:
        store.close()
    return 0
