"""`kg push`: load the graph into a SPARQL 1.1 Graph Store Protocol server, keeping the named graphs."""

from __future__ import annotations

import argparse
import sys

from kg.errors import KgError


def run(args: argparse.Namespace) -> int:
    from kg.push import push_path

    if not args.store.is_dir():
        raise KgError(f"{args.store}: no store here; run `kg build` first or pass --store DIR")
    try:
        report = push_path(args.store, args.endpoint, args.graph_store)
    except OSError as err:
        raise KgError(f"{args.store}: cannot open the store: {err}") from None
    print(f"kg push: {report.graphs} named graphs + the default graph, {report.triples} triples, to "
          f"{report.graph_store} in {report.seconds:.1f} s; the endpoint reports {report.remote_graphs} named graphs",
          file=sys.stderr)
    if report.remote_graphs is not None and report.remote_graphs < report.nonempty:
        print("kg push: warning: the server reports fewer named graphs than were sent", file=sys.stderr)
        return 1
    return 0
