"""Person-name F1 of `kg extract` against underthesea's NER, on the same gold articles, in one run.

usage: python benchmarks/person_names.py [GOLD_DIR ...]

Each GOLD_DIR holds gold `*.json` files (the metric of ../shared/EVALUATION.md) and the article texts
in `articles.jsonl`. Default: every `tests/gold*` folder (general and political news). For
underthesea, every maximal run of B-PER/I-PER tokens that `ner()` tags in the title and the
sentences of the text is a person; both systems are scored by `kg.evaluation.score`
on the `person` item only, and timed.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path

from kg.evaluation.metric import score
from kg.extraction import extract
from kg.model import Article
from kg.reading import iter_inputs
from kg.text.segment import sentences

TESTS = Path(__file__).resolve().parents[1] / "tests"
DEFAULT = sorted(TESTS.glob("gold*/"))


def ours(article: Article) -> list[str]:
    return [person.name for person in extract(article).persons]


def underthesea_persons(article: Article) -> list[str]:
    from underthesea import ner

    texts = [article.title] + [article.text[s.start:s.end] for s in sentences(article.text)]
    names: list[str] = []
    for text in filter(None, texts):
        run: list[str] = []
        for token, *_, tag in ner(text) + [("", "", "", "O")]:
            if tag.endswith("-PER") and not (tag.startswith("B-") and run):
                run.append(token)
                continue
            if run:
                names.append(" ".join(run))
            run = [token] if tag == "B-PER" else []
    return names


def measure(folder: Path, system: Callable[[Article], list[str]]) -> tuple[dict[str, float], float]:
    golds = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(folder.glob("*.json"))]
    articles = [item for item in iter_inputs([folder / "articles.jsonl"]) if isinstance(item, Article)]
    start = time.perf_counter()
    records = [{"article": {"id": a.id}, "persons": [{"name": n} for n in system(a)]} for a in articles]
    elapsed = time.perf_counter() - start
    return score(golds, records).scores["person"], elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold_dirs", nargs="*", type=Path, default=DEFAULT)
    args = parser.parse_args()
    print(f"{'gold':<24}{'system':<14}{'P':>7}{'R':>7}{'F1':>7}{'seconds':>9}")
    for folder in args.gold_dirs:
        if not (folder / "articles.jsonl").is_file():
            print(f"{folder}: skipped (no articles.jsonl)")
            continue
        for label, system in (("kg extract", ours), ("underthesea", underthesea_persons)):
            s, elapsed = measure(folder, system)
            print(f"{folder.name:<24}{label:<14}{s['precision']:7.3f}{s['recall']:7.3f}{s['f1']:7.3f}{elapsed:9.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
