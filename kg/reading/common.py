"""Steps every reader shares: read a whole file within the size limit, decode it, check the language."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from kg.errors import InputProblem
from kg.reading.base import InputNotice, max_article_bytes
from kg.reading.decoding import DecodeError, decode
from kg.reading.language import is_vietnamese

NOT_VIETNAMESE = "not Vietnamese (article in another language)"


def read_text(path: Path) -> Iterator[InputProblem | InputNotice | str]:
    """Yields a problem, or an optional notice followed by the decoded text."""
    try:
        size = path.stat().st_size
        if size > max_article_bytes():
            yield InputProblem(path, f"huge file ({size:,} bytes; one article may have at most "
                                     f"{max_article_bytes():,}): skipped")
            return
        data = path.read_bytes()
    except OSError as err:
        yield InputProblem(path, f"unreadable file: {err.strerror or err}")
        return
    try:
        decoded = decode(data)
    except DecodeError as err:
        yield InputProblem(path, str(err))
        return
    if decoded.converted_from:
        yield InputNotice(str(path), f"converted from {decoded.converted_from} to UTF-8")
    yield decoded.text


def language_problem(text: str, path: Path | str, line: int | None = None) -> InputProblem | None:
    return None if is_vietnamese(text) else InputProblem(path, NOT_VIETNAMESE, line)
