"""A minimal HTTP client for the SPARQL 1.1 Graph Store Protocol and Protocol (stdlib only, keep-alive)."""

from __future__ import annotations

import base64
import http.client
import json
from urllib.parse import quote, unquote, urlencode, urlsplit

from kg.errors import KgError


class HttpClient:
    """One persistent connection to one server; credentials may ride in the URL (http://user:pass@host/)."""

    def __init__(self, url: str, timeout: float = 300.0) -> None:
        parts = urlsplit(url)
        self.url, self.base_path = url, parts.path or "/"
        self.base_query = parts.query
        self.host, self.port, self.https = parts.hostname or "", parts.port, parts.scheme == "https"
        self.timeout = timeout
        self.headers: dict[str, str] = {}
        if parts.username is not None:
            token = f"{unquote(parts.username)}:{unquote(parts.password or '')}".encode()
            self.headers["Authorization"] = "Basic " + base64.b64encode(token).decode("ascii")
        self._conn: http.client.HTTPConnection | None = None

    def _connection(self) -> http.client.HTTPConnection:
        if self._conn is None:
            cls = http.client.HTTPSConnection if self.https else http.client.HTTPConnection
            self._conn = cls(self.host, self.port, timeout=self.timeout)
        return self._conn

    def request(self, method: str, params: str, body: bytes | None, headers: dict[str, str]) -> tuple[int, bytes]:
        target = self.base_path + ("?" + "&".join(p for p in (self.base_query, params) if p) if params
                                   or self.base_query else "")
        for attempt in (1, 2):  # a kept-alive connection the server closed meanwhile is retried once
            conn = self._connection()
            try:
                conn.request(method, target, body=body, headers={**self.headers, **headers})
                response = conn.getresponse()
                return response.status, response.read()
            except (ConnectionError, http.client.HTTPException, OSError) as err:
                self.close()
                if attempt == 2 or isinstance(err, (ConnectionRefusedError, TimeoutError)):
                    raise KgError(f"{self.url}: {err.strerror if isinstance(err, OSError) and err.strerror else err}"
                                  ) from None
        raise AssertionError("unreachable")

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None


def _fail(what: str, status: int, body: bytes) -> KgError:
    detail = body.decode("utf-8", "replace").strip().splitlines()
    return KgError(f"{what}: HTTP {status}{': ' + detail[0][:300] if detail else ''}")


class GraphStoreClient(HttpClient):
    def put(self, graph: str | None, data: bytes, media_type: str) -> None:
        """Replace one graph (None: the default graph) with the given triples."""
        params = "default" if graph is None else "graph=" + quote(graph, safe="")
        status, body = self.request("PUT", params, data, {"Content-Type": media_type})
        if status not in (200, 201, 204):
            raise _fail(f"PUT {graph or 'default graph'} to {self.url}", status, body)


class SparqlClient(HttpClient):
    def select(self, query: str) -> list[dict[str, str]]:
        status, body = self.request("POST", "", urlencode({"query": query}).encode(),
                                    {"Content-Type": "application/x-www-form-urlencoded",
                                     "Accept": "application/sparql-results+json"})
        if status != 200:
            raise _fail(f"query to {self.url}", status, body)
        data = json.loads(body)
        return [{k: v["value"] for k, v in row.items()} for row in data["results"]["bindings"]]
