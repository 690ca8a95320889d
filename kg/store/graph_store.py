"""The graph store: pyoxigraph (RocksDB on disk, or in memory), one named graph per article.

`add_facts` loads a batch in one transaction, `finalize` computes what needs the whole graph
(identity across articles, memberships, reference links); queries see the union of all graphs.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from pyoxigraph import DefaultGraph, NamedNode, Quad, QuerySolutions, RdfFormat, Store

from kg.errors import KgError
from kg.model import ArticleFacts
from kg.rdf.iris import article_iri
from kg.rdf.namespaces import SCHEMA, SYSTEM_GRAPHS, VPK, sparql_prefixes
from kg.rdf.quads import facts_nquads


class GraphStore:
    def __init__(self, path: Path | None = None, read_only: bool = False) -> None:
        self.path = Path(path) if path is not None else None
        self.read_only = read_only
        try:
            if self.path is None:
                self.store = Store()
            elif read_only:
                if not self.path.is_dir():
                    raise KgError(f"{self.path}: no store here (run `kg build` first)")
                self.store = Store.read_only(str(self.path))
            else:
                self.path.mkdir(parents=True, exist_ok=True)
                self.store = Store(str(self.path))
        except OSError as err:
            raise KgError(f"{self.path}: cannot open the store ({str(err).splitlines()[0]})") from err

    # -- building

    def article_hashes(self) -> dict[str, str]:
        """Article id → content hash of every article in the store."""
        rows = self.store.query(f"SELECT ?id ?h WHERE {{ ?a <{VPK}contentHash> ?h ; <{SCHEMA}identifier> ?id }}")
        return {row["id"].value: row["h"].value for row in rows}

    def add_facts(self, batch: list[ArticleFacts]) -> int:
        """Load a batch of articles in one transaction; an article already present is replaced.
        Returns the number of quads written."""
        parts: list[str] = []
        for facts in batch:
            if self._has_article(facts.article.id):
                self._drop_article(facts.article.id)
            parts.append(facts_nquads(facts))
        text = "".join(parts)
        self.store.load(text, format=RdfFormat.N_QUADS)
        return text.count("\n")

    def _has_article(self, article_id: str) -> bool:
        return next(iter(self.store.quads_for_pattern(article_iri(article_id), None, None, DefaultGraph())),
                    None) is not None

    def flush(self) -> None:
        """Write what the store holds in memory to disk (a build calls it after each batch)."""
        if self.path is not None and not self.read_only:
            self.store.flush()

    def add_quads(self, quads: Iterable[Quad]) -> None:
        self.store.extend(quads)

    def remove_articles(self, ids: Iterable[str]) -> int:
        """Remove the named graph and the metadata of each article; returns how many were present."""
        known = self.article_hashes()
        removed = 0
        for article_id in ids:
            if article_id in known:
                self._drop_article(article_id)
                removed += 1
        return removed

    def _drop_article(self, article_id: str) -> None:
        graph = article_iri(article_id)
        if self.store.contains_named_graph(graph):
            self.store.remove_graph(graph)
        for quad in list(self.store.quads_for_pattern(graph, None, None, DefaultGraph())):
            self.store.remove(quad)

    def finalize(self) -> None:
        """Identity across articles, labels, memberships and reference links (idempotent)."""
        from kg.store.finalize import finalize

        finalize(self)

    # -- reading

    def query(self, sparql: str, union: bool = True) -> QuerySolutions | Iterator | bool:
        """SPARQL over the union of all graphs (the project's prefixes are predeclared)."""
        try:
            return self.store.query(sparql, use_default_graph_as_union=union, prefixes=_prefixes())
        except SyntaxError as err:
            raise KgError(f"bad SPARQL query: {' '.join(str(err).split())}") from err
        except OSError as err:
            raise KgError(f"query failed: {' '.join(str(err).split())}") from err

    def update(self, sparql: str) -> None:
        self.store.update(sparql)

    def named_graphs(self) -> list[NamedNode]:
        return sorted((g for g in self.store.named_graphs() if isinstance(g, NamedNode)), key=lambda g: g.value)

    def article_graphs(self) -> list[NamedNode]:
        return [g for g in self.named_graphs() if g.value not in SYSTEM_GRAPHS]

    def quads(self) -> Iterator[Quad]:
        return self.store.quads_for_pattern(None, None, None, None)

    def nquads(self) -> str:
        """Every quad as sorted N-Quads lines: byte-identical for the same input."""
        return "".join(sorted(f"{q} .\n" for q in self.quads()))

    def __len__(self) -> int:
        return len(self.store)

    def close(self) -> None:
        if getattr(self, "_closed", False):
            return
        self.flush()
        self._closed = True
        del self.store

    def __enter__(self) -> GraphStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _prefixes() -> dict[str, str]:
    from kg.rdf.namespaces import PREFIXES

    return dict(PREFIXES)


def open_store(path: Path, read_only: bool = True) -> GraphStore:
    """The store of a command that only reads (query, export, stats, check)."""
    return GraphStore(path, read_only=read_only)


__all__ = ["GraphStore", "open_store", "sparql_prefixes"]
