"""The on-disk graph store (pyoxigraph)."""

from kg.store.graph_store import GraphStore, open_store

__all__ = ["GraphStore", "open_store"]
