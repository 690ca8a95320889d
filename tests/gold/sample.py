"""Seeded, keyword-filtered sample of gold candidates from ../shared/corpus (run once; documented in README.md).

usage: python tests/gold/sample.py > /tmp/candidates.jsonl
"""

from __future__ import annotations

import gzip
import json
import random
import re
import sys
from pathlib import Path

SHARED = Path(__file__).resolve().parents[3] / "shared"
SEED = 20261126
POLITICAL_POST = re.compile(r"Bí thư|Chủ tịch|Thủ tướng|Bộ trưởng|Giám đốc|Đại biểu|Chủ nhiệm")
NAMED_POST = re.compile(r"(Bí thư|Chủ tịch|Thủ tướng|Bộ trưởng)[^.]{0,60}?\b(ông|bà|đồng chí)? ?[A-ZĐ]\w+ [A-ZĐ]\w+")
POLITICAL_EVENT = re.compile(
    r"\b(chủ trì|[Hh]ội nghị|hội kiến|hội đàm|kỳ họp|phiên họp|[Đđ]ại hội|đến dự|tới dự|làm việc với|thăm chính thức"
    r"|tiếp (đoàn|ông|bà|Đại sứ|Bộ trưởng|Thủ tướng|Chủ tịch|Tổng))\b"
)
PERSON_CUE = re.compile(r"\b(anh|chị|ông|bà|cháu|em) [A-ZĐ]")
# Outlet/pool quotas: (pool, source substring, political, general)
QUOTAS = [
    ("vntc-chinh-tri-xa-hoi", "VnExpress", 7, 1),
    ("vntc-chinh-tri-xa-hoi", "Người Lao Động", 5, 1),
    ("vntc-chinh-tri-xa-hoi", "Tuổi Trẻ", 5, 1),
    ("vntc-chinh-tri-xa-hoi", "Thanh Niên", 4, 1),
    ("dantri-2019-2021", "Dân trí", 16, 3),
    ("vims-2016", "ViMs", 14, 3),
]


# Round 2: Party-press / provincial-meeting style, longer texts allowed: (pool, source substring, count)
STRICT_EVENT = re.compile(r"đồng chí|chủ trì|Tỉnh ủy|Thành ủy|kỳ họp|HĐND")
ROUND2 = [("vntc-chinh-tri-xa-hoi", "", 5), ("dantri-2019-2021", "Dân trí", 5), ("vims-2016", "ViMs", 4)]


def words(text: str) -> int:
    return len(text.split())


def main() -> None:
    dev = {p.stem for p in (SHARED / "gold" / "dev").glob("*.json")}
    dev_clusters = {i.split("-")[1] for i in dev if i.startswith("vims-")}
    rng = random.Random(SEED)
    picked: set[str] = set()
    for pool, outlet, n_pol, n_gen in QUOTAS:
        with gzip.open(SHARED / "corpus" / f"{pool}.jsonl.gz", "rt", encoding="utf-8") as f:
            recs = [json.loads(line) for line in f]
        recs = [r for r in recs if outlet in r["source"] and r["id"] not in dev and 150 <= words(r["text"]) <= 450]
        rng.shuffle(recs)
        seen_clusters = set(dev_clusters)
        pol, gen = [], []
        for r in recs:
            cluster = r["id"].split("-")[1] if pool.startswith("vims") else r["id"]
            if cluster in seen_clusters:
                continue
            t = r["text"]
            if len(pol) < n_pol and NAMED_POST.search(t) and POLITICAL_EVENT.search(t):
                pol.append(r)
            elif len(gen) < n_gen and PERSON_CUE.search(t) and not POLITICAL_POST.search(t):
                gen.append(r)
            else:
                continue
            seen_clusters.add(cluster)
        for kind, chosen in (("political", pol), ("general", gen)):
            for r in chosen:
                picked.add(r["id"])
                sys.stdout.write(json.dumps({"kind": kind, **r}, ensure_ascii=False) + "\n")
    rng2 = random.Random(SEED + 2)
    for pool, outlet, n in ROUND2:
        with gzip.open(SHARED / "corpus" / f"{pool}.jsonl.gz", "rt", encoding="utf-8") as f:
            recs = [json.loads(line) for line in f]
        recs = [r for r in recs if outlet in r["source"] and r["id"] not in dev | picked
                and 150 <= words(r["text"]) <= 700]
        rng2.shuffle(recs)
        clusters = dev_clusters | {i.split("-")[1] for i in picked if i.startswith("vims-")}
        chosen = []
        for r in recs:
            cluster = r["id"].split("-")[1] if pool.startswith("vims") else r["id"]
            t = r["text"]
            wanted = NAMED_POST.search(t) and STRICT_EVENT.search(t) and POLITICAL_EVENT.search(t)
            if cluster in clusters or not wanted:
                continue
            chosen.append(r)
            clusters.add(cluster)
            if len(chosen) == n:
                break
        for r in chosen:
            sys.stdout.write(json.dumps({"kind": "political-2", **r}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
