"""The README's Quick start is what CI runs."""

from __future__ import annotations

import re
from pathlib import Path


def _quick_start_commands(repo: Path) -> list[str]:
    text = (repo / "README.md").read_text(encoding="utf-8")
    section = text.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    return [block.strip() for block in re.findall(r"```sh\n(.*?)```", section, flags=re.S)]


def test_quick_start_has_exactly_two_commands(repo: Path) -> None:
    commands = _quick_start_commands(repo)
    assert len(commands) == 2
    assert "kg build" in commands[0] and "pytest" in commands[1]


def test_ci_runs_the_readme_test_command_verbatim(repo: Path) -> None:
    test_command = _quick_start_commands(repo)[1]
    ci_lines = [line.strip() for line in (repo / ".ci" / "run").read_text(encoding="utf-8").splitlines()]
    assert test_command in ci_lines
