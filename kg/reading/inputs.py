"""Files and folders → Articles, problems and notices, in a stable order (folders sorted, recursively)."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from kg.errors import InputProblem, KgError
from kg.reading.base import Item
from kg.reading.registry import READERS, reader_for


def _files(folder: Path) -> Iterator[Path]:
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            path = Path(root) / name
            if not name.startswith(".") and reader_for(path):
                yield path


def input_files(paths: Iterable[Path]) -> list[Path]:
    """Checks that every input exists (a usage error otherwise) before anything is read."""
    paths = [Path(p) for p in paths]
    missing = [str(p) for p in paths if not p.exists()]
    if missing:
        raise KgError(f"input not found: {', '.join(missing)}")
    return paths


def _read_file(path: Path) -> Iterator[Item]:
    reader = reader_for(path)
    if reader is None:
        kinds = ", ".join(sorted(READERS))
        yield InputProblem(path, f"unsupported file type (expected {kinds})")
        return
    yield from reader(path)


def iter_inputs(paths: Iterable[Path | str]) -> Iterator[Item]:
    """Every Article of the inputs, with an InputProblem for each file or line that cannot be used
    and an InputNotice for each conversion. Raises KgError at once when an input does not exist."""
    checked = input_files(Path(p) for p in paths)
    return _iterate(checked)


def _iterate(paths: list[Path]) -> Iterator[Item]:
    for path in paths:
        for file in (_files(path) if path.is_dir() else [path]):
            yield from _read_file(file)
