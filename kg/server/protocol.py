"""SPARQL 1.1 Protocol requests → jobs: query via GET, POST url-encoded or POST direct; update via POST."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import parse_qs

from kg.server.negotiation import accepted_media
from kg.server.worker import Job

FORM = "application/x-www-form-urlencoded"
QUERY = "application/sparql-query"
UPDATE = "application/sparql-update"


class ProtocolError(Exception):
    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status, self.message = status, message


@dataclass
class Request:
    method: str
    query_string: str
    content_type: str
    body: bytes
    accept: str | None


def _single(params: dict[str, list[str]], name: str) -> str | None:
    values = params.get(name, [])
    if len(values) > 1:
        raise ProtocolError(400, f"the '{name}' parameter is given {len(values)} times; give it once")
    return values[0] if values else None


def _decode(body: bytes) -> str:
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError as err:
        raise ProtocolError(400, f"the request body is not UTF-8: {err}") from None


def _form(text: str) -> dict[str, list[str]]:
    try:
        return parse_qs(text, keep_blank_values=True, strict_parsing=False, errors="strict")
    except UnicodeDecodeError as err:
        raise ProtocolError(400, f"a parameter is not UTF-8 after percent-decoding: {err}") from None


def to_job(req: Request, writable: bool) -> Job:
    """The job a protocol request asks for, or a ProtocolError with the status and a clear message."""
    url_params = _form(req.query_string)
    media = req.content_type.split(";")[0].strip().lower()
    if req.method == "GET":
        params, text_op, text = url_params, None, None
    elif req.method == "POST" and media == FORM:
        params, text_op, text = _form(_decode(req.body)), None, None
        for key, values in url_params.items():
            params.setdefault(key, []).extend(values)
    elif req.method == "POST" and media in (QUERY, UPDATE):
        params = url_params
        text_op, text = ("query" if media == QUERY else "update"), _decode(req.body)
    elif req.method == "POST":
        raise ProtocolError(415, f"unsupported Content-Type {media or '(none)'!r}; use {FORM}, {QUERY} or {UPDATE}")
    else:
        raise ProtocolError(405, f"method {req.method} is not allowed; use GET or POST")

    if text_op is None:
        query, update = _single(params, "query"), _single(params, "update")
        if query is not None and update is not None:
            raise ProtocolError(400, "give either 'query' or 'update', not both")
        if req.method == "GET" and update is not None:
            raise ProtocolError(400, "updates must be sent with POST")
        text_op, text = ("update", update) if update is not None else ("query", query)
    if text is None or not text.strip():
        raise ProtocolError(400, "missing query: pass 'query' (GET or POST form)"
                                 " or POST an application/sparql-query body")
    if text_op == "update" and not writable:
        raise ProtocolError(403, "this endpoint is read-only; start `kg serve --writable` to accept SPARQL Update")

    if text_op == "query":
        return Job("query", text, accepted_media(req.accept, _single(params, "format")),
                   params.get("default-graph-uri", []), params.get("named-graph-uri", []))
    if params.get("using-graph-uri") or params.get("using-named-graph-uri"):
        raise ProtocolError(400, "using-graph-uri / using-named-graph-uri are not supported; use USING in the update")
    return Job("update", text)
