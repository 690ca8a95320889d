"""What readers yield: articles, problems (skipped input) and notices (input used after a fix)."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from kg.errors import InputProblem
from kg.model import Article


@dataclass(frozen=True)
class InputNotice:
    """Input that was used after a conversion the user should know about (e.g. a legacy encoding)."""

    path: str
    message: str
    line: int | None = None

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.message}"


Item = Article | InputProblem | InputNotice
Reader = Callable[[Path], Iterator[Item]]


def max_article_bytes() -> int:
    """Largest single article (a .txt/.html file or one JSON line) accepted; larger input is reported as huge."""
    return int(os.environ.get("KG_MAX_ARTICLE_BYTES", 5_000_000))
