"""Exports: one module per format, each with `write(store, out)`, and a registry by format name."""

from __future__ import annotations

import sys
from pathlib import Path
from types import ModuleType
from typing import BinaryIO

from kg.errors import KgError


def _registry() -> dict[str, str]:
    return {
        "turtle": "kg.export.turtle", "trig": "kg.export.trig", "nquads": "kg.export.nquads",
        "ntriples": "kg.export.ntriples", "jsonld": "kg.export.jsonld", "graphml": "kg.export.graphml",
        "gexf": "kg.export.gexf", "csv": "kg.export.csv_tables",
    }


FORMATS = tuple(_registry())
SUFFIXES = {"turtle": ".ttl", "trig": ".trig", "nquads": ".nq", "ntriples": ".nt", "jsonld": ".jsonld",
            "graphml": ".graphml", "gexf": ".gexf", "csv": ""}


def exporter(fmt: str) -> ModuleType:
    from importlib import import_module

    if fmt not in _registry():
        raise KgError(f"unknown export format {fmt!r} (one of: {', '.join(FORMATS)})")
    return import_module(_registry()[fmt])


def write(fmt: str, store: object, out: Path | BinaryIO | None = None) -> None:
    """Write the store in format `fmt` to a file (csv: a folder), a binary stream, or stdout."""
    module = exporter(fmt)
    if getattr(module, "NEEDS_FOLDER", False):
        if out is None or not isinstance(out, Path):
            raise KgError(f"{fmt} writes a folder of files: give one with -o FOLDER")
        module.write(store, out)
        return
    if isinstance(out, Path):
        out.parent.mkdir(parents=True, exist_ok=True)
        with out.open("wb") as handle:
            module.write(store, handle)
    else:
        module.write(store, out if out is not None else sys.stdout.buffer)


def write_default_exports(store: object, folder: Path) -> list[Path]:
    """graph.ttl and graph.graphml in `folder` (what `kg build` leaves beside the store), and the report of
    identity decisions (identity-decisions.tsv: people merged across articles, people of one name kept apart)."""
    from kg.analysis.identity_report import write as write_identity_report

    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for fmt, name in (("turtle", "graph.ttl"), ("graphml", "graph.graphml")):
        write(fmt, store, folder / name)
        written.append(folder / name)
    written.append(write_identity_report(store, folder / "identity-decisions.tsv"))
    return written


__all__ = ["FORMATS", "SUFFIXES", "exporter", "write", "write_default_exports"]
