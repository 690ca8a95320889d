"""Loading the data files of kg/resolution/data (once per process)."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

DATA = Path(__file__).with_name("data")


def _rows(name: str) -> list[list[str]]:
    rows = []
    for line in (DATA / name).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            rows.append(line.split("\t"))
    return rows


@cache
def abbreviations() -> list[tuple[re.Pattern[str], str]]:
    """Longest short forms first, each matched as a whole word."""
    pairs = sorted(((r[0], r[1]) for r in _rows("abbreviations.tsv")), key=lambda p: -len(p[0]))
    return [(re.compile(r"(?<!\w)" + re.escape(short) + (r"(?!\w)" if short[-1].isalnum() else "")), full)
            for short, full in pairs]


@cache
def synonyms() -> dict[str, str]:
    return {r[0]: r[1] for r in _rows("post_synonyms.tsv")}


@cache
def parent_rules() -> list[tuple[re.Pattern[str], str]]:
    return [(re.compile(r[0]), r[1] if len(r) > 1 else "") for r in _rows("parent_bodies.tsv")]


@cache
def place_prefixes() -> list[str]:
    return sorted((r[0] for r in _rows("place_prefixes.txt")), key=len, reverse=True)


@cache
def former_units() -> dict[str, tuple[str, str]]:
    return {r[0]: (r[1], r[2]) for r in _rows("former_units.tsv")}


@cache
def roles() -> list[str]:
    return sorted((r[0] for r in _rows("roles.txt")), key=len, reverse=True)


@cache
def display_labels() -> dict[str, str]:
    return {r[0]: r[1] for r in _rows("display_labels.tsv")}


@cache
def body_heads() -> list[str]:
    return sorted((r[0] for r in _rows("body_heads.txt")), key=len, reverse=True)
