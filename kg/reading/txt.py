"""`.txt` articles as published: headline, timestamp line, lede opening with the outlet tag, body, byline last.

The whole text is kept as it is (NFC, line ends as \\n): extraction offsets refer to it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from kg.errors import InputProblem
from kg.model import Article
from kg.reading.base import Item
from kg.reading.common import language_problem, read_text
from kg.reading.metadata import byline, outlet_tag, parse_timestamp

_TIMESTAMP_SEARCH = 3  # non-empty lines after the headline where the timestamp may be


def parse_article(text: str, article_id: str, path: str | None = None) -> Article:
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    title = lines[0] if lines else ""
    published, lede_at = None, 1
    for i, line in enumerate(lines[1:1 + _TIMESTAMP_SEARCH], start=1):
        published = parse_timestamp(line)
        if published:
            lede_at = i + 1
            break
    source = None
    if lede_at < len(lines):
        found = outlet_tag(lines[lede_at])
        if found and found[1]:
            source = found[1].name
    author = byline(lines[-1]) if len(lines) > 2 else None
    return Article(id=article_id, title=title, text=text, published=published, source=source,
                   byline=author, path=path)


def read(path: Path) -> Iterator[Item]:
    for item in read_text(path):
        if not isinstance(item, str):
            yield item
            continue
        problem = language_problem(item, path)
        if problem:
            yield problem
            return
        article = parse_article(item, path.name[: -len(".txt")] if path.name.lower().endswith(".txt") else path.stem,
                                str(path))
        if not article.title:
            yield InputProblem(path, "empty file")
            return
        yield article
