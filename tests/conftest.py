"""Shared fixtures: the repository, ../shared (skipped with a reason when absent), the real CLI."""

from __future__ import annotations

import gzip
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


@pytest.fixture(scope="session")
def repo() -> Path:
    return REPO


@pytest.fixture(scope="session")
def shared() -> Path:
    if not (SHARED / "corpus").is_dir():
        pytest.skip(f"needs ../shared beside the repository ({SHARED} is absent)")
    return SHARED


def shared_records(pool: str) -> Iterator[dict]:
    """Records of one JSON Lines pool of ../shared/corpus (e.g. 'vntc-chinh-tri-xa-hoi')."""
    with gzip.open(SHARED / "corpus" / f"{pool}.jsonl.gz", "rt", encoding="utf-8") as f:
        for line in f:
            yield json.loads(line)


def run_kg(*args: str | os.PathLike, cwd: Path | None = None, input: str | None = None,
           timeout: float = 600) -> subprocess.CompletedProcess:
    """Run the real `kg` command line in a subprocess."""
    return subprocess.run([sys.executable, "-m", "kg.cli", *map(str, args)], cwd=cwd or REPO, input=input,
                          capture_output=True, text=True, timeout=timeout)


@pytest.fixture(autouse=True)
def _default_models_unless_said(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests see the defaults (rules with the person CRF, and the learned post extent) even when the shell switches a
    model on or off; tests of a model set its variable themselves (test_extraction_gold.py, test_participation_model,
    test_holding_model, test_person_crf)."""
    for variable in ("KG_PARTICIPATION_MODEL", "KG_HOLDING_MODEL"):
        monkeypatch.setenv(variable, "0")
    monkeypatch.delenv("KG_PERSON_CRF", raising=False)  # on by default
    monkeypatch.delenv("KG_POST_EXTENT_MODEL", raising=False)  # on by default
