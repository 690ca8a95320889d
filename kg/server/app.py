"""The HTTP server: routes, limits and headers; SPARQL work happens in the worker pool."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

from kg.server.pages import AssetNotFound, asset, query_page
from kg.server.pool import WorkerPool
from kg.server.protocol import ProtocolError, Request, to_job
from kg.server.worker import Answer, Job

# Pages of our own: scripts and styles from this server only, nothing from the network.
PAGE_CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'self'")
# The explorer is one self-contained file with inline script and style.
EXPLORER_CSP = ("default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data: blob:; "
                "base-uri 'none'; form-action 'none'")
EXPLORER_MIN_TIMEOUT = 600.0


@dataclass
class ServerConfig:
    store: Path
    host: str = "127.0.0.1"
    port: int = 8000
    writable: bool = False
    timeout: float = 30.0
    max_request: int = 1_000_000
    max_response: int = 100_000_000
    workers: int = 2


class _ExplorerCache:
    def __init__(self) -> None:
        self.html: bytes | None = None
        self.lock = threading.Lock()


class KgHTTPServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, config: ServerConfig, pool: WorkerPool, page: bytes) -> None:
        self.config, self.pool, self.page = config, pool, page
        self.explorer = _ExplorerCache()
        super().__init__((config.host, config.port), Handler)


class Handler(BaseHTTPRequestHandler):
    server: KgHTTPServer
    server_version = "vnpolkg"
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - stdlib signature
        pass

    # routing -----------------------------------------------------------------------------------
    def do_GET(self) -> None:  # noqa: N802 - stdlib name
        self._route("GET")

    def do_HEAD(self) -> None:  # noqa: N802
        self._route("GET")

    def do_POST(self) -> None:  # noqa: N802
        self._route("POST")

    def do_OPTIONS(self) -> None:  # noqa: N802
        self._send(HTTPStatus.NO_CONTENT, "text/plain", b"", {"Allow": "GET, POST, HEAD, OPTIONS", **self._cors()})

    def do_PUT(self) -> None:  # noqa: N802
        self._plain(405, "method PUT is not allowed; this server speaks the SPARQL 1.1 Protocol at /sparql")

    do_DELETE = do_PATCH = do_PUT  # noqa: N815

    def _route(self, method: str) -> None:
        path = urlsplit(self.path).path
        routes = {"/sparql": self._sparql, "/": self._page, "/query": self._page, "/explorer": self._explorer,
                  "/favicon.ico": self._no_icon}
        handler = routes.get(path.rstrip("/") or "/")
        if handler is None and path.startswith("/assets/"):
            handler = self._asset
        if handler is None:
            self._drain()
            self._plain(404, f"nothing at {path}; try /, /sparql or /explorer")
            return
        if method == "POST" and handler != self._sparql:
            self._drain()
            self._plain(405, f"POST is only accepted at /sparql, not {path}")
            return
        handler(method)

    # responses ---------------------------------------------------------------------------------
    def _send(self, status: int, media_type: str, body: bytes, headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", media_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("X-Content-Type-Options", "nosniff")
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _plain(self, status: int, message: str) -> None:
        self._send(status, "text/plain; charset=utf-8", (message.rstrip() + "\n").encode("utf-8"), self._cors())

    def _cors(self) -> dict[str, str]:
        return {} if self.server.config.writable else {"Access-Control-Allow-Origin": "*"}

    def _drain(self) -> None:
        """Read and drop a small body so the connection stays usable; close it after a large one."""
        length = int(self.headers.get("Content-Length") or 0)
        if 0 < length <= self.server.config.max_request:
            self.rfile.read(length)
        elif length:
            self.close_connection = True

    # handlers ----------------------------------------------------------------------------------
    def _body(self) -> bytes | None:
        raw = self.headers.get("Content-Length")
        if raw is None:
            if self.headers.get("Transfer-Encoding"):
                self.close_connection = True
                self._plain(411, "send a Content-Length; chunked request bodies are not accepted")
                return None
            return b""
        try:
            length = int(raw)
        except ValueError:
            self.close_connection = True
            self._plain(400, f"bad Content-Length {raw!r}")
            return None
        if length > self.server.config.max_request:
            self.close_connection = True
            self._plain(413, f"the request body has {length} bytes; the limit is {self.server.config.max_request}"
                             " (kg serve --max-request)")
            return None
        return self.rfile.read(length)

    def _sparql(self, method: str) -> None:
        config = self.server.config
        if len(self.path) > config.max_request:
            self.close_connection = True
            self._plain(413, f"the request URL is longer than the limit of {config.max_request} bytes")
            return
        body = self._body() if method == "POST" else b""
        if body is None:
            return
        query_string = urlsplit(self.path).query
        if method == "GET" and not query_string and "text/html" in (self.headers.get("Accept") or ""):
            self._page(method)
            return
        request = Request(method, query_string, self.headers.get("Content-Type") or "", body,
                          self.headers.get("Accept"))
        try:
            job = to_job(request, config.writable)
        except ProtocolError as err:
            self._plain(err.status, err.message)
            return
        if job.op == "update" and not self._same_origin():
            self._plain(403, "cross-origin updates are refused (the Origin header names another site)")
            return
        answer = self.server.pool.run(job, config.timeout)
        if job.op == "update" and answer.status < 300:
            with self.server.explorer.lock:
                self.server.explorer.html = None
        self._answer(answer)

    def _same_origin(self) -> bool:
        """A browser names the page that sent a request; a web page elsewhere must not update the store."""
        origin = self.headers.get("Origin")
        if origin is None:
            return True
        return urlsplit(origin).netloc.lower() == (self.headers.get("Host") or "").lower()

    def _answer(self, answer: Answer, headers: dict[str, str] | None = None) -> None:
        extra = {**self._cors(), **(headers or {})}
        if answer.status >= 300:
            self._send(answer.status, answer.media_type, answer.body, extra)
        else:
            self._send(answer.status, answer.media_type, answer.body, {"Vary": "Accept", **extra})

    def _page(self, method: str) -> None:
        self._send(200, "text/html; charset=utf-8", self.server.page,
                   {"Content-Security-Policy": PAGE_CSP, "Cache-Control": "no-cache"})

    def _no_icon(self, method: str) -> None:
        self._send(HTTPStatus.NO_CONTENT, "image/x-icon", b"")

    def _asset(self, method: str) -> None:
        try:
            media_type, body = asset(urlsplit(self.path).path.removeprefix("/assets/"))
        except AssetNotFound as err:
            self._plain(404, str(err))
            return
        self._send(200, media_type, body, {"Cache-Control": "max-age=300"})

    def _explorer(self, method: str) -> None:
        cache = self.server.explorer
        with cache.lock:
            if cache.html is None:
                timeout = max(self.server.config.timeout, EXPLORER_MIN_TIMEOUT)
                answer = self.server.pool.run(Job("explorer"), timeout)
                if answer.status != 200:
                    self._answer(answer)
                    return
                cache.html = answer.body
            html = cache.html
        self._send(200, "text/html; charset=utf-8", html, {"Content-Security-Policy": EXPLORER_CSP})


def make_server(config: ServerConfig, pool: WorkerPool, page: bytes) -> KgHTTPServer:
    return KgHTTPServer(config, pool, page)


def serve(config: ServerConfig, ready: threading.Event | None = None) -> None:
    """Run until interrupted: start the workers, bind, answer requests."""
    from kg.server.examples import load_examples
    from kg.server.prefixes import project_prefixes

    prefixes = project_prefixes()
    pool = WorkerPool(config.store, config.workers, config.writable, prefixes, config.max_response)
    pool.start()
    try:
        server = make_server(config, pool, query_page(prefixes, load_examples(), config.writable))
        with server:
            host, port = server.server_address[:2]
            mode = "read-write" if config.writable else "read-only"
            print(f"kg serve: http://{host}:{port}/  (SPARQL endpoint /sparql, explorer /explorer; {mode},"
                  f" {config.timeout:g} s per query; Ctrl-C stops)", flush=True)
            if ready:
                ready.set()
            server.serve_forever()
    finally:
        pool.close()
