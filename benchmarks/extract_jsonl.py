"""Write one `ArticleFacts.to_json()` per line for the articles a gold folder names, and optionally
print each article's misses and false hits against that gold (a tool for reading errors).

usage: python benchmarks/extract_jsonl.py GOLD_DIR OUT.jsonl [--errors]
Articles come from GOLD_DIR/articles.jsonl when present, else from ../shared/corpus.
"""

from __future__ import annotations

import gzip
import importlib.util
import json
import sys
from collections.abc import Iterator
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


def corpus_articles(ids: set[str] | None = None, gold: Path | None = None) -> Iterator[Article]:
    if gold is not None and (gold / "articles.jsonl").exists():
        with (gold / "articles.jsonl").open(encoding="utf-8") as f:
            for line in f:
                rec = json.loads(line)
                if ids is None or rec["id"] in ids:
                    yield record_article(rec)
        return
    if ids is None or SEED_ID in ids:
        yield seed_article()
    for pool in sorted((SHARED / "corpus").glob("*.jsonl.gz")):
        with gzip.open(pool, "rt", encoding="utf-8") as f:
            for line in f:
                rec = json.loads(line)
                if ids is None or rec["id"] in ids:
                    yield record_article(rec)


def _scorer():
    spec = importlib.util.spec_from_file_location("score", SHARED / "eval" / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main(argv: list[str]) -> int:
    gold, out = Path(argv[0]), Path(argv[1])
    docs = {}
    for p in gold.glob("*.json"):
        doc = json.loads(p.read_text(encoding="utf-8"))
        docs[doc["article"]] = doc
    records = [extract(a).to_json() for a in corpus_articles(set(docs), gold)]
    with out.open("w", encoding="utf-8") as f:
        for rec in records:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    if "--errors" in argv:
        score = _scorer()
        for rec in records:
            g, s = score.gold_items(docs[rec["article"]["id"]]), score.system_items(rec)
            for kind in g:
                if kind == "holding":
                    gold_h = g[kind]
                    miss = [(p, sorted(" ".join(sorted(x)) for x in labels)[0]) for p, labels in gold_h
                            if not any(sp == p and ws in labels for sp, ws in s[kind])]
                    extra = [(p, " ".join(sorted(ws))) for p, ws in s[kind]
                             if not any(gp == p and ws in labels for gp, labels in gold_h)]
                else:
                    miss, extra = sorted(g[kind] - s[kind]), sorted(s[kind] - g[kind])
                for label, items in (("MISS", miss), ("EXTRA", extra)):
                    for item in items:
                        print(rec["article"]["id"], kind, label, item)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
