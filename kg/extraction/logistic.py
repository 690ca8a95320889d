"""The run-time side of the project's logistic-regression models (participation, holding linker, post extent):
reading a weights file written by its training script, and the probability of a set of binary features."""

from __future__ import annotations

import json
import math
import os
from collections.abc import Callable, Iterable, Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import Any

from kg.errors import KgError


def read_model(path: Path, recipe: str, what: str, script: str) -> dict[str, Any]:
    """The JSON weights at `path`; a one-line error when unreadable or written for another feature recipe."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise KgError(f"{path}: cannot read the {what} ({exc})") from exc
    if data.get("recipe") != recipe:
        raise KgError(f"{path}: recipe {data.get('recipe')!r}, this code reads {recipe!r}; retrain it with {script}")
    return data


def setting(env: str, default: str, allowed: Iterable[str], usage: str) -> str:
    """The value of a model's switch in the environment (lower case; `default` when unset); a one-line error naming
    the variable for any value outside `allowed`."""
    value = os.environ.get(env, "").strip().lower() or default
    if value not in allowed:
        raise KgError(f"{env}={value!r}: {usage}")
    return value


def probability(features: Iterable[str], weights: dict[str, float], bias: float) -> float:
    z = bias + sum(weights.get(x, 0.0) for x in features)
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


class Recorder:
    """A hook the training scripts set around `extract(article)`: `with recording(callback): ...` hands the callback
    what the model would read for that article (`recording.callback` is None otherwise)."""

    def __init__(self) -> None:
        self.callback: Callable[[dict[str, Any]], None] | None = None

    def __call__(self, callback: Callable[[dict[str, Any]], None]) -> AbstractContextManager[None]:
        return self._set(callback)

    @contextmanager
    def _set(self, callback: Callable[[dict[str, Any]], None]) -> Iterator[None]:
        self.callback = callback
        try:
            yield
        finally:
            self.callback = None
