"""The `kg` command line: parses arguments and calls the stage that does the work."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from pathlib import Path

from kg.errors import KgError

DEFAULT_STORE = Path("exports") / "store"
DEFAULT_INPUT = Path("corpus")
EXPORT_FORMATS = ["turtle", "trig", "nquads", "ntriples", "jsonld", "graphml", "gexf", "csv"]


def _store_arg(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--store", type=Path, default=DEFAULT_STORE,
                        help=f"the on-disk store (default: {DEFAULT_STORE})")


def _parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="kg", description="A knowledge graph of Vietnamese political figures.")
    sub = ap.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser("build", help="read articles, extract facts and load them into the store")
    p.add_argument("inputs", nargs="*", type=Path, help=f"files or folders (default: {DEFAULT_INPUT}/)")
    _store_arg(p)
    p.add_argument("--exports", type=Path, default=Path("exports"),
                   help="folder for graph.ttl and graph.graphml (default: exports/)")
    p.add_argument("--workers", type=int, default=os.cpu_count() or 1, help="extraction processes")
    p.add_argument("--batch-size", type=int, default=200, help="articles per store transaction")
    p.add_argument("--report", type=Path, help="write the build summary as JSON")
    p.add_argument("--dask-scheduler", metavar="ADDRESS", help="extract on an existing Dask cluster")
    p.add_argument("--shards", type=Path, help="also write sharded N-Quads to this folder")
    p.add_argument("--no-exports", action="store_true", help="do not write graph.ttl / graph.graphml")

    p = sub.add_parser("extract", help="print the facts of each article (no store)")
    p.add_argument("inputs", nargs="+", type=Path)
    p.add_argument("--format", choices=["jsonl", "table"], default="jsonl")
    p.add_argument("--workers", type=int, default=1)

    p = sub.add_parser("query", help="run SPARQL over the union of the article graphs")
    p.add_argument("sparql", nargs="?", help="the query text")
    p.add_argument("--file", type=Path, help="read the query from a file")
    _store_arg(p)
    p.add_argument("--format", choices=["table", "csv", "tsv", "json"], default="table")

    p = sub.add_parser("export", help="write the graph in a standard format")
    p.add_argument("--format", choices=EXPORT_FORMATS, required=True)
    p.add_argument("-o", "--output", type=Path, help="output file (csv: a folder); default: stdout")
    _store_arg(p)

    p = sub.add_parser("view", help="write the HTML graph explorer")
    _store_arg(p)
    p.add_argument("-o", "--output", type=Path, default=Path("exports") / "explorer.html")
    p.add_argument("--max-nodes", type=int, default=5000,
                   help="draw at most this many nodes, the most connected (default: 5000)")

    p = sub.add_parser("serve", help="SPARQL endpoint and explorer over HTTP")
    _store_arg(p)
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8000)
    p.add_argument("--writable", action="store_true", help="accept SPARQL Update (off by default)")
    p.add_argument("--timeout", type=float, default=30.0, help="seconds allowed per query")
    p.add_argument("--max-request", type=int, default=1_000_000, help="largest request body in bytes")
    p.add_argument("--max-response", type=int, default=100_000_000,
                   help="largest result in bytes; a larger one is refused with 422 (default: 100 MB)")

    p = sub.add_parser("push", help="load the graph into a SPARQL 1.1 Graph Store Protocol server")
    _store_arg(p)
    p.add_argument("--endpoint", required=True, help="the server's SPARQL endpoint URL")
    p.add_argument("--graph-store", help="its Graph Store Protocol URL (default: guessed from the endpoint)")

    p = sub.add_parser("evaluate", help="score extraction against gold annotations")
    p.add_argument("gold_dir", type=Path)
    p.add_argument("inputs", nargs="+", type=Path)
    p.add_argument("--json", action="store_true")
    p.add_argument("--per-article", action="store_true", help="list misses and false alarms per article")
    p.add_argument("--save", type=Path, help="also write the system output (JSON Lines) to this file")

    p = sub.add_parser("stats", help="counts, most active people, strongest co-attendance pairs")
    _store_arg(p)
    p.add_argument("--top", type=int, default=10)

    p = sub.add_parser("check", help="holdings that contradict a known term of office")
    _store_arg(p)

    p = sub.add_parser("remove", help="remove articles (their named graphs) from the store")
    p.add_argument("ids", nargs="+")
    _store_arg(p)

    return ap


def _command(name: str) -> Callable[[argparse.Namespace], int]:
    """Each command lives in kg/commands/<name>.py as `run(args) -> exit status`."""
    from importlib import import_module

    return import_module(f"kg.commands.{name}").run


EXTRACTING = frozenset({"build", "extract", "evaluate"})


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        if args.command in EXTRACTING:
            from kg.extraction import holding_model, participation_model, post_extent_model

            for model in (participation_model, holding_model, post_extent_model):
                model.enabled()  # reads its switch: a bad setting is one error, not one per article
        return _command(args.command)(args)
    except KgError as err:
        print(f"kg: {err}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("kg: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
