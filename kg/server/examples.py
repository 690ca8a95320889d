"""Example queries for the query page: the ontology's competency questions plus a few built-in ones."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

BUILT_IN = Path(__file__).with_name("examples")
ONTOLOGY_QUERIES = Path(__file__).resolve().parents[2] / "ontology" / "queries"


@dataclass(frozen=True)
class Example:
    title: str
    query: str


def _title(path: Path, text: str) -> str:
    for line in text.splitlines():
        stripped = line.strip()
        if stripped.startswith("#"):
            title = stripped.lstrip("#").strip()
            if title:
                return title
        elif stripped:
            break
    return path.stem.replace("_", " ").replace("-", " ")


def load_examples(folders: tuple[Path, ...] = (ONTOLOGY_QUERIES, BUILT_IN)) -> list[Example]:
    examples: list[Example] = []
    for folder in folders:
        if folder.is_dir():
            for path in sorted(folder.glob("*.rq")):
                text = path.read_text(encoding="utf-8")
                examples.append(Example(_title(path, text), text))
    return examples
