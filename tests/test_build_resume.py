"""An interrupted build (Ctrl-C, kill -9) leaves a consistent store; running it again continues where it
stopped and ends with exactly the graph of an uninterrupted build (no fact twice, none missing)."""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import REPO, run_kg


def _nquads(store: Path) -> list[str]:
    out = run_kg("export", "--format", "nquads", "--store", store)
    assert out.returncode == 0, out.stderr
    return sorted(line for line in out.stdout.splitlines() if line.strip())


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("resume") / "corpus"
    shutil.copytree(REPO / "corpus", folder)
    return folder


def _reference(inputs: Path, store: Path) -> list[str]:
    out = run_kg("build", inputs, "--store", store, "--no-exports", "--workers", "1")
    assert out.returncode == 0, out.stderr
    return _nquads(store)


def _as_from_a_terminal() -> None:
    # A job started in the background (nohup, `&` in a script, some CI runners) inherits SIGINT ignored,
    # and Python then installs no KeyboardInterrupt handler: Ctrl-C of a terminal is what is tested here.
    signal.signal(signal.SIGINT, signal.SIG_DFL)


@pytest.mark.parametrize("sig, workers", [(signal.SIGINT, "1"), (signal.SIGKILL, "2"), (signal.SIGTERM, "1")])
def test_interrupted_build_resumes(inputs: Path, tmp_path: Path, sig: signal.Signals,
                                   workers: str) -> None:
    store = tmp_path / "store"
    env = dict(os.environ, KG_PROGRESS_INTERVAL="0")
    proc = subprocess.Popen([sys.executable, "-m", "kg.cli", "build", str(inputs), "--store", str(store),
                             "--no-exports", "--workers", workers, "--batch-size", "2"],
                            cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            preexec_fn=_as_from_a_terminal)
    assert proc.stderr is not None
    for line in proc.stderr:
        match = re.match(r"progress: (\d+) articles, (\d+) quads", line)
        if match and int(match[2]) > 0:  # at least one batch is in the store
            proc.send_signal(sig)
            break
    _, rest = proc.communicate(timeout=120)
    assert proc.returncode != 0, "the build finished before it could be interrupted"
    if sig != signal.SIGKILL:
        assert proc.returncode == 130 and "run the same command again" in rest and "Traceback" not in rest

    again = run_kg("build", inputs, "--store", store, "--no-exports", "--workers", "1")
    assert again.returncode == 0, again.stderr
    done = int(re.search(r"(\d+) already in the store", again.stdout)[1])
    extracted = int(re.search(r"(\d+) extracted", again.stdout)[1])
    assert 0 < done < 29 and done + extracted == 29
    assert _nquads(store) == _reference(inputs, tmp_path / "reference")
