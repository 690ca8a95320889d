"""Ordered, bounded parallel extraction: chunks of articles go out, results come back in input order,
with at most a few chunks per worker in flight (so memory does not grow with the corpus)."""

from __future__ import annotations

import itertools
import multiprocessing
import os
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Any, Protocol

from kg.errors import KgError
from kg.model import Article, ArticleFacts
from kg.pipeline.work import Failure, WorkerUsage, extract_chunk, extract_chunk_measured, init_worker, load_extractor

Result = ArticleFacts | Failure
IN_FLIGHT_PER_WORKER = 16  # chunks queued per worker: enough work to cover a store write of one batch


class Extractor(Protocol):
    worker_peak_mb: float
    worker_cpu_seconds: float

    def map(self, chunks: Iterable[list[Article]]) -> Iterator[list[Result]]: ...
    def close(self) -> None: ...


class _Measured:
    worker_peak_mb = 0.0

    @property
    def worker_cpu_seconds(self) -> float:
        return sum(getattr(self, "_cpu", {}).values())

    def _ordered(self, submit: Any, chunks: Iterable[list[Article]], limit: int) -> Iterator[list[Result]]:
        pending: deque[Any] = deque()
        for chunk in chunks:
            pending.append(submit(chunk))
            if len(pending) >= limit:
                yield self._take(pending.popleft().result())
        while pending:
            yield self._take(pending.popleft().result())

    def _take(self, done: tuple[list[Result], WorkerUsage]) -> list[Result]:
        results, usage = done
        self.worker_peak_mb = max(self.worker_peak_mb, usage.peak_mb)
        cpu: dict[int, float] = self.__dict__.setdefault("_cpu", {})
        cpu[usage.pid] = max(cpu.get(usage.pid, 0.0), usage.cpu_seconds)
        return results


class InProcess:
    """One worker: extraction in the main process (no start-up cost)."""

    worker_peak_mb = 0.0
    worker_cpu_seconds = 0.0

    def __init__(self, extractor: str) -> None:
        self.extractor = extractor
        load_extractor(extractor)

    def map(self, chunks: Iterable[list[Article]]) -> Iterator[list[Result]]:
        for chunk in chunks:
            yield extract_chunk(chunk, self.extractor)

    def close(self) -> None:
        pass


class Processes(_Measured):
    """N worker processes on this machine, spawned (not forked: they never inherit the open store's
    threads) as children of the main process, so each one exits when the main process dies.
    An input of a single chunk is extracted in the main process: no pool is started for it."""

    def __init__(self, extractor: str, workers: int) -> None:
        self.extractor, self.workers = extractor, workers
        self.pool: ProcessPoolExecutor | None = None

    def map(self, chunks: Iterable[list[Article]]) -> Iterator[list[Result]]:
        chunks = iter(chunks)
        head = list(itertools.islice(chunks, 2))
        if len(head) < 2:
            yield from InProcess(self.extractor).map(head)
            return
        context = multiprocessing.get_context("spawn")
        self.pool = ProcessPoolExecutor(self.workers, mp_context=context, initializer=init_worker,
                                        initargs=(self.extractor,))
        pool = self.pool

        def submit(chunk: list[Article]) -> Future[tuple[list[Result], WorkerUsage]]:
            return pool.submit(extract_chunk_measured, chunk, self.extractor)

        yield from self._ordered(submit, itertools.chain(head, chunks), self.workers * IN_FLIGHT_PER_WORKER)

    def close(self) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)


class Dask(_Measured):
    """Extraction on an existing Dask cluster (the `distributed` extra)."""

    def __init__(self, extractor: str, address: str) -> None:
        try:
            from distributed import Client
        except ImportError as err:
            raise KgError("--dask-scheduler needs the distributed extra: pip install 'vnpolkg[distributed]'") from err
        try:
            self.client = Client(address, timeout=f"{os.environ.get('KG_DASK_TIMEOUT', '20')}s")
        except (OSError, TimeoutError) as err:
            raise KgError(f"cannot reach the Dask scheduler at {address}: {err}") from err
        self.extractor = extractor
        self.workers = max(1, sum(self.client.nthreads().values()))

    def map(self, chunks: Iterable[list[Article]]) -> Iterator[list[Result]]:
        def submit(chunk: list[Article]) -> Any:
            return self.client.submit(extract_chunk_measured, chunk, self.extractor, pure=False)

        return self._ordered(submit, chunks, self.workers * IN_FLIGHT_PER_WORKER)

    def close(self) -> None:
        self.client.close()


def make_extractor(extractor: str, workers: int, dask_scheduler: str | None = None) -> Extractor:
    if dask_scheduler:
        return Dask(extractor, dask_scheduler)
    if workers <= 1:
        return InProcess(extractor)
    return Processes(extractor, workers)
