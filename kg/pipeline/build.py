"""`kg build`: read → extract (worker processes or a Dask cluster) → one writer loading the store in batches.

Resumable: articles whose content hash the store already holds are not extracted again, and each batch
is loaded in one transaction, so an interrupted build leaves a consistent store and the next run continues."""

from __future__ import annotations

import json
import signal
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from kg.errors import InputProblem
from kg.model import Article, ArticleFacts
from kg.pipeline.executors import make_extractor
from kg.pipeline.progress import Progress
from kg.pipeline.shards import ShardWriter
from kg.pipeline.stats import BuildStats
from kg.pipeline.work import DEFAULT_EXTRACTOR, Failure
from kg.reading import InputNotice, input_files, iter_inputs

if TYPE_CHECKING:
    from kg.store import GraphStore

CHUNK_SIZE = 8  # articles sent to a worker at a time


@dataclass
class BuildOptions:
    inputs: list[Path]
    store: Path
    exports: Path | None = None  # None: no graph.ttl / graph.graphml
    workers: int = 1
    batch_size: int = 200
    report: Path | None = None
    dask_scheduler: str | None = None
    shards: Path | None = None
    extractor: str = DEFAULT_EXTRACTOR


def read_articles(inputs: Iterable[Path], stats: BuildStats, progress: Progress,
                  known: dict[str, str] | None = None) -> Iterator[Article]:
    """The articles to extract; problems and notices are counted and printed on the way.
    With `known` (id → content hash in the store), unchanged articles are counted and left out."""
    seen: dict[str, str] = {}
    for item in iter_inputs(inputs):
        if isinstance(item, InputProblem):
            stats.problem(item)
            progress.message(f"kg: {item}: skipped")
        elif isinstance(item, InputNotice):
            stats.notice(item)
            progress.message(f"kg: note: {item}")
        else:
            where = f"{item.path}:{item.line}" if item.line else str(item.path)
            if item.id in seen:
                reason = f"duplicate article id ({item.id} was first read at {seen[item.id]})"
                problem = InputProblem(item.path or "?", reason, item.line)
                stats.problem(problem)
                progress.message(f"kg: {problem}: skipped")
                continue
            seen[item.id] = where
            stats.articles += 1
            if known is not None and known.get(item.id) == item.content_hash:
                stats.unchanged += 1
                progress.update()
                continue
            yield item


def chunked(items: Iterable[Article], size: int) -> Iterator[list[Article]]:
    chunk: list[Article] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def extracted(results: Iterable[list[ArticleFacts | Failure]], stats: BuildStats,
              progress: Progress) -> Iterator[ArticleFacts]:
    for chunk in results:
        for result in chunk:
            if isinstance(result, Failure):
                problem = InputProblem(result.article.path or "?", result.reason, result.article.line)
                stats.problem(problem)
                progress.message(f"kg: {problem}: skipped")
            else:
                stats.facts(result)
                yield result
        progress.update()


def _persist(store: GraphStore) -> None:
    """Write the batch's memtables to disk: without it RocksDB keeps them in memory (about 1 kB a quad),
    and memory would grow with the corpus instead of the batch."""
    store.flush()


class _Terminated(KeyboardInterrupt):
    """SIGTERM, handled like Ctrl-C so the last batch is stored and the store closed cleanly."""


def _on_sigterm(signum: int, frame: object) -> None:
    raise _Terminated()


def build(options: BuildOptions, err: TextIO | None = None) -> BuildStats:
    from kg.store import GraphStore

    inputs = input_files(options.inputs)
    stats = BuildStats()
    progress = Progress(stats, err or sys.stderr)
    previous = signal.signal(signal.SIGTERM, _on_sigterm)
    store = GraphStore(options.store)
    try:
        known = store.article_hashes()
        shards = ShardWriter(options.shards) if options.shards else None
        extractor = make_extractor(options.extractor, options.workers, options.dask_scheduler)
        batch: list[ArticleFacts] = []

        def flush() -> None:
            if batch:
                with stats.phase("store"):
                    if shards:
                        shards.write(batch)
                    stats.quads += store.add_facts(batch)
                    _persist(store)
                batch.clear()
                progress.update()

        try:
            articles = read_articles(inputs, stats, progress, known)
            for facts in extracted(extractor.map(chunked(articles, CHUNK_SIZE)), stats, progress):
                batch.append(facts)
                if len(batch) >= options.batch_size:
                    flush()
            flush()
        except KeyboardInterrupt:
            stats.interrupted = True
            flush()
            raise
        finally:
            stats.worker_peak_mb = extractor.worker_peak_mb
            stats.worker_cpu_seconds = extractor.worker_cpu_seconds
            extractor.close()
            progress.close()
        with stats.phase("finalize"):
            store.finalize()  # idempotent; also completes a build interrupted after its last batch
        stats.store_quads = len(store)
        if options.exports is not None:
            from kg.export import write_default_exports

            with stats.phase("exports"):
                write_default_exports(store, options.exports)
    finally:
        signal.signal(signal.SIGTERM, previous)
        store.close()
        if options.report:
            write_report(options.report, stats, options)
    return stats


def write_report(path: Path, stats: BuildStats, options: BuildOptions) -> None:
    data = {"inputs": [str(p) for p in options.inputs], "store": str(options.store),
            "workers": options.workers, "dask_scheduler": options.dask_scheduler, **stats.to_json()}
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
