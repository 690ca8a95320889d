"""The query page and the static assets it loads, all shipped inside the package."""

from __future__ import annotations

import html
from pathlib import Path

from kg.explorer.embed import script_json
from kg.server.examples import Example
from kg.server.prefixes import prologue

ASSETS = Path(__file__).with_name("assets")
MEDIA_TYPES = {".js": "text/javascript; charset=utf-8", ".css": "text/css; charset=utf-8",
               ".svg": "image/svg+xml", ".png": "image/png"}


class AssetNotFound(LookupError):
    pass


def asset(name: str) -> tuple[str, bytes]:
    """A file of kg/server/assets by bare name (no folders, no dot files)."""
    path = ASSETS / name
    if "/" in name or "\\" in name or name.startswith(".") or path.suffix not in MEDIA_TYPES or not path.is_file():
        raise AssetNotFound(f"no asset named {name!r}")
    return MEDIA_TYPES[path.suffix], path.read_bytes()


def query_page(prefixes: dict[str, str], examples: list[Example], writable: bool) -> bytes:
    data = {
        "prologue": prologue(prefixes),
        "prefixes": prefixes,
        "examples": [{"title": e.title, "query": e.query} for e in examples],
        "writable": writable,
    }
    template = (ASSETS / "query.html").read_text(encoding="utf-8")
    page = template.replace("{{MODE}}", html.escape("read-write" if writable else "read-only"))
    page = page.replace("{{DATA}}", script_json(data))
    return page.encode("utf-8")
