"""The HTML graph explorer: one self-contained file that works with no network (`kg view`, `/explorer`)."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox

from kg.explorer.data import load, store_select
from kg.explorer.page import render


def render_store(store: ox.Store, title: str = "vnpolkg graph explorer") -> str:
    return render(load(store_select(store)), title)


def write_explorer(store: ox.Store, out: Path) -> Path:
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(render_store(store), encoding="utf-8")
    return out


__all__ = ["render_store", "write_explorer"]
