"""The process that owns the store and evaluates queries; the server kills it when a query runs too long."""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from pathlib import Path

import pyoxigraph as ox

from kg.server.negotiation import choose


@dataclass
class Job:
    op: str  # "query", "update" or "explorer"
    text: str = ""
    accept: list[str] = field(default_factory=lambda: ["*/*"])
    default_graphs: list[str] = field(default_factory=list)
    named_graphs: list[str] = field(default_factory=list)


@dataclass
class Answer:
    status: int
    media_type: str
    body: bytes


def _error(status: int, message: str) -> Answer:
    return Answer(status, "text/plain; charset=utf-8", (message.rstrip() + "\n").encode("utf-8"))


class ResponseTooLarge(Exception):
    pass


class _CappedBuffer(io.RawIOBase):
    """Collects a serialisation and stops it as soon as it passes the byte limit."""

    def __init__(self, limit: int) -> None:
        self.data, self.limit = bytearray(), limit

    def writable(self) -> bool:
        return True

    def write(self, chunk: bytes) -> int:  # type: ignore[override]
        if len(self.data) + len(chunk) > self.limit:
            raise ResponseTooLarge
        self.data += chunk
        return len(chunk)


def open_store(path: Path, writable: bool) -> ox.Store:
    return ox.Store(str(path)) if writable else ox.Store.read_only(str(path))


class Executor:
    """Evaluates jobs against one open store; pure request → answer, no HTTP here."""

    def __init__(self, store: ox.Store, prefixes: dict[str, str], max_response: int = 100_000_000) -> None:
        self.store, self.prefixes, self.max_response = store, prefixes, max_response

    def run(self, job: Job) -> Answer:
        handler = {"query": self._query, "update": self._update, "explorer": self._explorer}.get(job.op)
        if handler is None:
            return _error(500, f"unknown operation {job.op!r}")
        try:
            return handler(job)
        except SyntaxError as err:
            return _error(400, f"SPARQL syntax error: {err}")
        except Exception as err:  # evaluation errors surface here; the client gets the message
            return _error(500, f"query evaluation failed: {type(err).__name__}: {err}")

    def _dataset(self, job: Job) -> dict:
        options: dict = {}
        if job.default_graphs:
            options["default_graph"] = [ox.NamedNode(g) for g in job.default_graphs]
        else:
            options["use_default_graph_as_union"] = True
        if job.named_graphs:
            options["named_graphs"] = [ox.NamedNode(g) for g in job.named_graphs]
        return options

    def _query(self, job: Job) -> Answer:
        try:
            result = self.store.query(job.text, prefixes=self.prefixes, **self._dataset(job))
        except ValueError as err:  # a bad IRI in default-graph-uri / named-graph-uri
            return _error(400, f"bad request: {err}")
        if isinstance(result, ox.QueryTriples):
            kind = "graph"
        elif isinstance(result, ox.QueryBoolean):
            kind = "boolean"
        else:
            kind = "solutions"
        chosen = choose(kind, job.accept)
        if chosen is None:
            wanted = ", ".join(job.accept)
            return _error(406, f"cannot answer a {kind} query as {wanted}")
        out = _CappedBuffer(self.max_response)
        try:
            if kind == "graph":
                ox.serialize(result, out, format=getattr(ox.RdfFormat, chosen.format_name), prefixes=self.prefixes)
            else:
                result.serialize(out, format=getattr(ox.QueryResultsFormat, chosen.format_name))
        except ResponseTooLarge:
            return _error(422, f"the result is larger than the limit of {self.max_response} bytes; page through it"
                               " with LIMIT and OFFSET (or start kg serve with a larger --max-response)")
        return Answer(200, chosen.media_type, bytes(out.data))

    def _update(self, job: Job) -> Answer:
        self.store.update(job.text, prefixes=self.prefixes)
        self.store.flush()
        return Answer(204, "text/plain; charset=utf-8", b"")

    def _explorer(self, job: Job) -> Answer:
        from kg.explorer import render_store

        return Answer(200, "text/html; charset=utf-8", render_store(self.store).encode("utf-8"))


def worker_main(conn: Connection, store_path: str, writable: bool, prefixes: dict[str, str],
                max_response: int) -> None:
    """Entry point of a worker process: open the store, then answer jobs until the pipe closes."""
    try:
        executor = Executor(open_store(Path(store_path), writable), prefixes, max_response)
    except OSError as err:
        conn.send(Answer(503, "text/plain; charset=utf-8", f"cannot open the store: {err}\n".encode()))
        return
    conn.send(Answer(200, "text/plain", b"ready"))
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return
        conn.send(executor.run(job))
