"""`.html` / `.htm` pages of news sites: headline, date, outlet, URL and body through trafilatura
(navigation, comments and boilerplate left out)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from kg.errors import InputProblem
from kg.model import Article
from kg.reading.base import Item
from kg.reading.common import language_problem, read_text
from kg.reading.metadata import parse_timestamp
from kg.reading.outlets import outlet_by_url

MIN_BODY = 80  # characters: less is a menu or a teaser, not an article

# meta tags that carry the publication time with its hour, preferred over trafilatura's date-only guess
_PUBLISHED_META = re.compile(
    r"<meta[^>]+(?:property|name|itemprop)\s*=\s*[\"'](?:article:published_time|pubdate|datePublished|"
    r"dc\.date\.issued)[\"'][^>]*content\s*=\s*[\"']([^\"']+)[\"']", re.IGNORECASE)


def parse_html(html: str, article_id: str, path: str | None = None) -> Article | None:
    import trafilatura  # imported here: it is slow to import and only HTML input needs it

    doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False, include_tables=False,
                                      favor_precision=True)
    if doc is None:
        return None
    meta = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    body = (meta.get("text") or "").strip()
    if len(body) < MIN_BODY:
        return None
    title = (meta.get("title") or "").strip() or body.split("\n", 1)[0]
    found = _PUBLISHED_META.search(html)
    published = (parse_timestamp(found[1]) if found else None) or meta.get("date")
    url = meta.get("url")
    outlet = outlet_by_url(url) or outlet_by_url(f"https://{meta.get('hostname') or ''}")
    source = outlet.name if outlet else meta.get("sitename")
    return Article(id=article_id, title=title, text=f"{title}\n{body}", published=published, url=url,
                   source=source, byline=meta.get("author"), path=path)


def read(path: Path) -> Iterator[Item]:
    for item in read_text(path):
        if not isinstance(item, str):
            yield item
            continue
        article = parse_html(item, path.stem, str(path))
        if article is None:
            yield InputProblem(path, "no article text found in the HTML page")
            return
        yield language_problem(article.text, path) or article
