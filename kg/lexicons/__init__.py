"""Lexicons shipped as data files beside this module, loaded once per process.

Every loader is cached: worker processes pay the cost once, and nothing is read at import time.
Lines starting with `#` are comments; TSV files are tab-separated.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _lines(name: str) -> list[str]:
    path = HERE / name
    out = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.rstrip("\n")
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        out.append(line.strip("\ufeff"))
    return out


@cache
def word_list(name: str) -> tuple[str, ...]:
    """One entry per line, stripped, de-duplicated in order."""
    seen: dict[str, None] = {}
    for line in _lines(name):
        seen.setdefault(line.strip(), None)
    return tuple(seen)


@cache
def table(name: str) -> tuple[tuple[str, ...], ...]:
    """Rows of a TSV file (each cell stripped)."""
    return tuple(tuple(cell.strip() for cell in line.split("\t")) for line in _lines(name))


@cache
def mapping(name: str) -> dict[str, str]:
    """First column -> second column of a TSV file."""
    return {row[0]: (row[1] if len(row) > 1 else "") for row in table(name)}


@cache
def phrase_pattern(name: str, kind: str, flags: int = 0) -> re.Pattern[str]:
    """The phrases of one kind (first column) of a TSV file, as one pattern matched on word boundaries."""
    phrases = [row[1] for row in table(name) if row[0] == kind and len(row) > 1]
    return re.compile(r"\b(?:" + "|".join(map(re.escape, phrases)) + r")\b", flags)
