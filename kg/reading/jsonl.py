"""`.jsonl` and `.jsonl.gz`: one record per line with `id`, `title`, `text` and optional `date`, `url`, `source`.

Files are streamed line by line (any size); a line larger than one article may be is reported and skipped."""

from __future__ import annotations

import codecs
import gzip
import hashlib
import io
import json
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from kg.errors import InputProblem
from kg.model import Article
from kg.reading.base import InputNotice, Item, max_article_bytes
from kg.reading.common import language_problem
from kg.reading.decoding import DecodeError, decode
from kg.reading.metadata import byline, outlet_tag, parse_timestamp
from kg.reading.outlets import outlet_by_name, outlet_by_url

_CHUNK = 1 << 20


def _open(path: Path) -> IO[bytes]:
    raw: IO[bytes] = gzip.open(path, "rb") if path.name.lower().endswith(".gz") else open(path, "rb")
    head = raw.peek(4)[:4] if hasattr(raw, "peek") else b""
    for bom, codec in ((codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if head.startswith(bom) and not head.startswith(codecs.BOM_UTF32_LE):
            return _Recoded(raw, codec)
    return raw


class _Recoded(io.RawIOBase):
    """A UTF-16 stream read back as UTF-8 lines."""

    def __init__(self, raw: IO[bytes], codec: str) -> None:
        self.text = io.TextIOWrapper(raw, encoding=codec, newline="")
        self.codec = codec

    def readline(self, size: int | None = -1) -> bytes:  # type: ignore[override]
        return self.text.readline(size if size and size > 0 else -1).encode("utf-8")

    def close(self) -> None:
        self.text.close()


def _lines(stream: IO[bytes], limit: int) -> Iterator[tuple[int, bytes | None]]:
    """(line number, bytes), with None for a line longer than `limit` (its rest is skipped unread)."""
    number = 0
    while True:
        line = stream.readline(limit + 1)
        if not line:
            return
        number += 1
        if len(line) > limit and not line.endswith(b"\n"):
            while line and not line.endswith(b"\n"):
                line = stream.readline(_CHUNK)
            yield number, None
            continue
        yield number, line


def _field(record: dict[str, Any], *names: str) -> str | None:
    for name in names:
        value = record.get(name)
        if isinstance(value, str | int | float) and str(value).strip():
            return str(value).strip()
    return None


def record_to_article(record: dict[str, Any], path: str, line: int) -> Article | str:
    """The Article of one record, or the reason it cannot be used."""
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        return "record without text"
    text = text.replace("\r\n", "\n")
    lines = [s.strip() for s in text.split("\n") if s.strip()]
    title = _field(record, "title", "headline") or lines[0]
    date = _field(record, "date", "published", "datePublished")
    published = parse_timestamp(date) if date else None
    url = _field(record, "url")
    source = _field(record, "source", "outlet")
    known = outlet_by_name(source)
    if known:  # 'VNTC/Người Lao Động (nld.com.vn)' → 'Người Lao Động'
        source = known.name
    if not source:
        tag = next((outlet_tag(s) for s in lines[:3] if outlet_tag(s)), None)
        outlet = (tag[1] if tag else None) or outlet_by_url(url)
        source = outlet.name if outlet else None
    article_id = _field(record, "id") or "sha-" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
    author = byline(lines[-1]) if len(lines) > 2 else None
    return Article(id=article_id, title=title, text=text, published=published or date, url=url,
                   source=source, byline=author, path=path, line=line)


def _decode_line(raw: bytes, path: Path, number: int, noticed: set[str]) -> Iterator[InputProblem | InputNotice | str]:
    try:
        yield raw.decode("utf-8")
        return
    except UnicodeDecodeError:
        pass
    try:
        decoded = decode(raw)
    except DecodeError as err:
        yield InputProblem(path, str(err).replace(" on line 1", ""), number)
        return
    if decoded.converted_from and decoded.converted_from not in noticed:
        noticed.add(decoded.converted_from)
        yield InputNotice(str(path), f"converted from {decoded.converted_from} to UTF-8 (first at this line)", number)
    yield decoded.text


def _records(path: Path, stream: IO[bytes]) -> Iterator[Item]:
    limit, noticed, seen = max_article_bytes(), set[str](), False
    if isinstance(stream, _Recoded):
        yield InputNotice(str(path), "converted from UTF-16 to UTF-8")
    elif b"\x00" in (stream.peek(8192)[:8192] if hasattr(stream, "peek") else b""):
        yield InputProblem(path, "binary file")
        return
    for number, raw in _lines(stream, limit):
        seen = seen or bool(raw is None or raw.strip())
        if raw is None:
            yield InputProblem(path, f"huge record (more than {limit:,} bytes): skipped", number)
            continue
        if not raw.strip():
            continue
        text = None
        for item in _decode_line(raw, path, number, noticed):
            if isinstance(item, str):
                text = item
            else:
                yield item
        if text is None:
            continue
        try:
            record = json.loads(text)
        except json.JSONDecodeError as err:
            yield InputProblem(path, f"malformed JSON: {err.msg} (column {err.colno})", number)
            continue
        if not isinstance(record, dict):
            yield InputProblem(path, "malformed JSON: a line must hold one object", number)
            continue
        article = record_to_article(record, str(path), number)
        if isinstance(article, str):
            yield InputProblem(path, article, number)
            continue
        problem = language_problem(article.text, path, number)
        yield problem or article
    if not seen:
        yield InputProblem(path, "empty file")


def read(path: Path) -> Iterator[Item]:
    number = 0
    try:
        with _open(path) as stream:
            for item in _records(path, stream):
                number = item.line or number
                yield item
    except (EOFError, gzip.BadGzipFile, zlib.error) as err:
        reason = "truncated gzip" if isinstance(err, EOFError) else "corrupt gzip"
        yield InputProblem(path, f"{reason} ({err}): the records before it were read", number + 1 if number else None)
    except OSError as err:
        yield InputProblem(path, f"unreadable file: {err.strerror or err}")
