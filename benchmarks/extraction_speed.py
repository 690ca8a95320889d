"""Extraction speed against underthesea's NER over the same sentences, in one run.

usage: python benchmarks/extraction_speed.py [--articles 1000]

Reads the first articles of each pool of ../shared/corpus (round robin), times `extract()` on
them (lexicons loaded before timing), then times `underthesea.ner()` over the same sentences
(as `kg.text.segment.sentences` cuts them), and prints articles per second and the ratio.
Skips cleanly when ../shared is absent.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import time
from itertools import islice, zip_longest
from pathlib import Path

from kg.extraction import extract
from kg.model import Article
from kg.text.segment import sentences

SHARED = Path(__file__).resolve().parents[2] / "shared"


def load(n: int) -> list[Article]:
    pools = []
    for path in sorted((SHARED / "corpus").glob("*.jsonl.gz")):
        with gzip.open(path, "rt", encoding="utf-8") as f:
            pools.append([json.loads(line) for line in islice(f, n)])
    mixed = [r for group in zip_longest(*pools) for r in group if r]
    return [Article(r["id"], r.get("title") or "", r["text"], r.get("date"), r.get("url"), r.get("source"))
            for r in mixed[:n]]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    args = parser.parse_args()
    if not (SHARED / "corpus").is_dir():
        print(f"skipped: {SHARED / 'corpus'} is absent")
        return 0
    articles = load(args.articles)
    extract(articles[0])  # load lexicons outside the timing
    start = time.perf_counter()
    for article in articles:
        extract(article)
    ours = time.perf_counter() - start

    from underthesea import ner
    texts = [article.text[s.start:s.end] for article in articles for s in sentences(article.text)]
    ner(texts[0])
    start = time.perf_counter()
    for text in texts:
        ner(text)
    theirs = time.perf_counter() - start

    n = len(articles)
    print(f"articles: {n}, sentences: {len(texts)}")
    print(f"kg extract:        {ours:8.2f} s  {n / ours:8.1f} articles/s")
    print(f"underthesea ner(): {theirs:8.2f} s  {n / theirs:8.1f} articles/s")
    print(f"ratio (ner time / extract time): {theirs / ours:.1f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
