"""The HTML graph explorer: one self-contained file that works with no network (`kg view`, `/explorer`)."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox

from kg.explorer.data import load, store_select, trim
from kg.explorer.page import render

MAX_NODES = 5000


def render_store(store: ox.Store, title: str = "vnpolkg graph explorer", max_nodes: int = MAX_NODES) -> str:
    """The explorer page of a store; above `max_nodes` only the most connected nodes are drawn."""
    return render(trim(load(store_select(store)), max_nodes), title)


def write_explorer(store: ox.Store, out: Path, max_nodes: int = MAX_NODES) -> Path:
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(render_store(store, max_nodes=max_nodes), encoding="utf-8")
    return out


__all__ = ["render_store", "write_explorer"]
