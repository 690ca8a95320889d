"""Write one `ArticleFacts.to_json()` per line for articles of ../shared (by gold ids or pools).

usage: python benchmarks/extract_jsonl.py GOLD_DIR OUT.jsonl   # the articles a gold folder names
Articles are looked up in ../shared/corpus (the seed .txt and the .jsonl.gz pools).
"""

from __future__ import annotations

import gzip
import json
import sys
from pathlib import Path

from kg.extraction import extract
from kg.model import Article

SHARED = Path(__file__).resolve().parents[2] / "shared"
SEED_ID = "000_afdb58c3525a2a02"


def seed_article() -> Article:
    text = (SHARED / "corpus" / f"{SEED_ID}.txt").read_text(encoding="utf-8")
    return Article(SEED_ID, text.split("\n")[0], text, "2022-01-13T11:01:00+07:00", None, "Báo Lâm Đồng online")


def record_article(rec: dict) -> Article:
    return Article(rec["id"], rec.get("title") or "", rec["text"], rec.get("date"), rec.get("url"), rec.get("source"))


def corpus_articles(ids: set[str] | None = None):
    if ids is None or SEED_ID in ids:
        yield seed_article()
    for pool in sorted((SHARED / "corpus").glob("*.jsonl.gz")):
        with gzip.open(pool, "rt", encoding="utf-8") as f:
            for line in f:
                rec = json.loads(line)
                if ids is None or rec["id"] in ids:
                    yield record_article(rec)


def main(argv: list[str]) -> int:
    gold, out = Path(argv[0]), Path(argv[1])
    ids = {json.loads(p.read_text(encoding="utf-8"))["article"] for p in gold.glob("*.json")}
    with out.open("w", encoding="utf-8") as f:
        for article in corpus_articles(ids):
            f.write(json.dumps(extract(article).to_json(), ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
