"""Outlets by lede tag and by web domain, from kg/lexicons/outlets.tsv."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources
from urllib.parse import urlparse


@dataclass(frozen=True)
class Outlet:
    tag: str
    name: str
    province: str = ""
    domain: str = ""


@cache
def _outlets() -> tuple[Outlet, ...]:
    text = resources.files("kg").joinpath("lexicons", "outlets.tsv").read_text(encoding="utf-8")
    rows = []
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            tag, name, province, domain, *_ = (line.split("\t") + [""] * 4)[:5]
            rows.append(Outlet(tag.strip(), name.strip(), province.strip(), domain.strip()))
    return tuple(rows)


def _key(tag: str) -> str:
    return " ".join(tag.split()).casefold()


@cache
def _by_tag() -> dict[str, Outlet]:
    return {_key(o.tag): o for o in _outlets()}


def outlet_by_tag(tag: str) -> Outlet | None:
    return _by_tag().get(_key(tag))


def outlet_by_url(url: str | None) -> Outlet | None:
    if not url:
        return None
    host = (urlparse(url).hostname or "").lower()
    for outlet in _outlets():
        if outlet.domain and (host == outlet.domain or host.endswith("." + outlet.domain)):
            return outlet
    return None


def outlet_by_name(name: str | None) -> Outlet | None:
    """An outlet whose name or domain the given source string contains ('VNTC/Người Lao Động (nld.com.vn)')."""
    if not name:
        return None
    folded = name.casefold()
    for outlet in _outlets():
        if outlet.name.casefold() in folded or (outlet.domain and outlet.domain in folded):
            return outlet
    return None
