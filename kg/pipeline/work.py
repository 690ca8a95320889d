"""What runs in a worker: extraction of a chunk of articles (module-level, so it pickles by name)."""

from __future__ import annotations

import os
import resource
import signal
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from importlib import import_module

from kg.model import Article, ArticleFacts

DEFAULT_EXTRACTOR = "kg.extraction:extract"


@dataclass
class Failure:
    """An article extraction failed on (reported as skipped, the build goes on)."""

    article: Article
    reason: str


@cache
def load_extractor(name: str) -> Callable[[Article], ArticleFacts]:
    module, _, function = name.partition(":")
    return getattr(import_module(module), function)


def extract_chunk(articles: list[Article], extractor: str = DEFAULT_EXTRACTOR) -> list[ArticleFacts | Failure]:
    from kg.rdf import facts_to_quads, to_nquads

    extract = load_extractor(extractor)
    out: list[ArticleFacts | Failure] = []
    for article in articles:
        try:
            facts = extract(article)
            facts.nquads = to_nquads(facts_to_quads(facts))
            out.append(facts)
        except Exception as err:  # one bad article must not stop a build of thousands
            out.append(Failure(article, f"extraction failed: {type(err).__name__}: {err}"))
    return out


def _exit_with_parent(parent: int) -> None:
    """A worker whose parent died (the main process was killed) exits instead of lingering."""
    while os.getppid() == parent:
        time.sleep(1.0)
    os._exit(1)


def init_worker(extractor: str = DEFAULT_EXTRACTOR) -> None:
    """Workers leave Ctrl-C to the main process (which stops them cleanly), exit when their parent dies,
    and load the extractor once."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    threading.Thread(target=_exit_with_parent, args=(os.getppid(),), daemon=True).start()
    load_extractor(extractor)


def extract_chunk_measured(articles: list[Article], extractor: str = DEFAULT_EXTRACTOR
                           ) -> tuple[list[ArticleFacts | Failure], WorkerUsage]:
    """`extract_chunk` plus the worker's usage so far (workers are not children of the main process
    under Dask, and spawned ones are only reaped at the end, so it cannot see their usage otherwise)."""
    results = extract_chunk(articles, extractor)
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return results, WorkerUsage(os.getpid(), usage.ru_maxrss / 1024, usage.ru_utime + usage.ru_stime)


@dataclass(frozen=True)
class WorkerUsage:
    pid: int
    peak_mb: float
    cpu_seconds: float  # since the worker started
