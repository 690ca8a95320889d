"""Which reader reads which file: by suffix, longest first (`.jsonl.gz` before `.gz`)."""

from __future__ import annotations

from pathlib import Path

from kg.reading import html, jsonl, txt
from kg.reading.base import Reader

READERS: dict[str, Reader] = {
    ".txt": txt.read,
    ".jsonl": jsonl.read,
    ".jsonl.gz": jsonl.read,
    ".html": html.read,
    ".htm": html.read,
}


def reader_for(path: Path) -> Reader | None:
    name = path.name.lower()
    for suffix in sorted(READERS, key=len, reverse=True):
        if name.endswith(suffix):
            return READERS[suffix]
    return None
