"""A small pool of worker processes; a query that outlives its time limit costs its worker, not the server."""

from __future__ import annotations

import multiprocessing
import queue
import threading
import time
from multiprocessing.process import BaseProcess
from pathlib import Path

from kg.errors import KgError
from kg.server.worker import Answer, Job, worker_main

_CTX = multiprocessing.get_context("spawn")  # never fork a threaded server
_START_TIMEOUT = 120.0


class _Worker:
    def __init__(self, store: Path, writable: bool, prefixes: dict[str, str], max_response: int) -> None:
        self.conn, child = _CTX.Pipe()
        self.process: BaseProcess = _CTX.Process(target=worker_main,
                                                 args=(child, str(store), writable, prefixes, max_response),
                                                 daemon=True, name="kg-serve-worker")
        self.process.start()
        child.close()

    def wait_ready(self) -> Answer:
        if not self.conn.poll(_START_TIMEOUT):
            self.kill()
            return Answer(503, "text/plain", b"the query worker did not start\n")
        try:
            return self.conn.recv()
        except EOFError:
            return Answer(503, "text/plain", b"the query worker died while starting\n")

    def kill(self) -> None:
        if self.process.is_alive():
            self.process.kill()
        self.process.join(5)
        self.conn.close()


class WorkerPool:
    """Hands each job to an idle worker; kills and replaces a worker whose job exceeds the time limit."""

    def __init__(self, store: Path, size: int, writable: bool, prefixes: dict[str, str],
                 max_response: int = 100_000_000) -> None:
        self.store, self.writable, self.prefixes, self.max_response = store, writable, prefixes, max_response
        self.size = 1 if writable else max(1, size)  # one process may hold a writable store
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._all: set[_Worker] = set()
        self._lock = threading.Lock()
        self._closed = False

    def start(self) -> None:
        """Start every worker; fail with a one-line error when the store cannot be opened."""
        workers = [self._spawn() for _ in range(self.size)]
        for worker in workers:
            answer = worker.wait_ready()
            if answer.status != 200:
                for w in workers:
                    self._retire(w)
                raise KgError(answer.body.decode("utf-8", "replace").strip())
            self._idle.put(worker)

    def _spawn(self) -> _Worker:
        worker = _Worker(self.store, self.writable, self.prefixes, self.max_response)
        with self._lock:
            self._all.add(worker)
        return worker

    def _retire(self, worker: _Worker) -> None:
        worker.kill()
        with self._lock:
            self._all.discard(worker)

    def _replace(self) -> None:
        worker = self._spawn()
        if worker.wait_ready().status == 200 and not self._closed:
            self._idle.put(worker)
        else:
            self._retire(worker)

    def run(self, job: Job, timeout: float) -> Answer:
        deadline = time.monotonic() + timeout
        try:
            worker = self._idle.get(timeout=timeout)
        except queue.Empty:
            return Answer(503, "text/plain; charset=utf-8", b"all query workers are busy; try again later\n")
        try:
            worker.conn.send(job)
            if worker.conn.poll(max(0.0, deadline - time.monotonic())):
                answer = worker.conn.recv()
                self._idle.put(worker)
                return answer
        except (EOFError, OSError, BrokenPipeError):
            self._retire(worker)
            threading.Thread(target=self._replace, daemon=True).start()
            return Answer(500, "text/plain; charset=utf-8", b"the query worker died; it has been restarted\n")
        self._retire(worker)
        threading.Thread(target=self._replace, daemon=True).start()
        message = f"the query exceeded the time limit of {timeout:g} s and was stopped\n"
        return Answer(503, "text/plain; charset=utf-8", message.encode())

    def close(self) -> None:
        """Stop every worker, busy or idle."""
        self._closed = True
        with self._lock:
            workers, self._all = list(self._all), set()
        for worker in workers:
            worker.kill()
