"""Extraction quality floors on the hand-annotated gold sets (floors only ever go up)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.evaluation.metric import score
from kg.extraction import extract
from kg.model import Article

GOLD = Path(__file__).resolve().parent / "gold"
BLIND = Path(__file__).resolve().parent / "gold_blind"
BLIND2 = Path(__file__).resolve().parent / "gold_blind2"
BLIND3 = Path(__file__).resolve().parent / "gold_blind3"
BLIND4 = Path(__file__).resolve().parent / "gold_blind4"
BLIND5 = Path(__file__).resolve().parent / "gold_blind5"
BLIND6 = Path(__file__).resolve().parent / "gold_blind6"
BLIND7 = Path(__file__).resolve().parent / "gold_blind7"
BLIND8 = Path(__file__).resolve().parent / "gold_blind8"
BLIND9 = Path(__file__).resolve().parent / "gold_blind9"
BLIND10 = Path(__file__).resolve().parent / "gold_blind10"
BLIND11 = Path(__file__).resolve().parent / "gold_blind11"
BLIND12 = Path(__file__).resolve().parent / "gold_blind12"

# F1 floors, a little under the measured values, raised as the extractor improves
PROJECT_FLOORS = {"person": 0.98, "holding": 0.895, "participation": 0.9, "chair": 0.995, "event_location": 0.875}
# tests/gold_blind* were annotated blind and scored blind once (see each README), then opened
BLIND_FLOORS = {"person": 0.955, "holding": 0.975, "participation": 0.91, "chair": 0.995, "event_location": 0.81}
# tests/gold_blind2 (README there): blind until its first score, then a development set
BLIND2_FLOORS = {"person": 0.985, "holding": 0.96, "participation": 0.77, "event_location": 0.66}
BLIND3_FLOORS = {"person": 0.98, "holding": 0.895, "participation": 0.84, "event_location": 0.73}
BLIND4_FLOORS = {"person": 0.94, "holding": 0.915, "participation": 0.845, "event_location": 0.755}
BLIND5_FLOORS = {"person": 0.965, "holding": 0.94, "participation": 0.825, "chair": 0.995, "event_location": 0.83}
BLIND6_FLOORS = {"person": 0.985, "holding": 0.93, "participation": 0.885, "chair": 0.995, "event_location": 0.995}
BLIND7_FLOORS = {"person": 0.965, "holding": 0.955, "participation": 0.92, "chair": 0.995, "event_location": 0.745}
BLIND8_FLOORS = {"person": 0.985, "holding": 0.955, "participation": 0.895, "chair": 0.995, "event_location": 0.87}
# kept out of development until scored at the end of the session that drew them (their READMEs)
BLIND9_FLOORS = {"person": 0.97, "holding": 0.96, "participation": 0.85, "event_location": 0.495}
BLIND10_FLOORS = {"person": 0.87, "holding": 0.925, "participation": 0.77, "chair": 0.995, "event_location": 0.795}
BLIND11_FLOORS = {"person": 0.955, "holding": 0.79, "participation": 0.685, "chair": 0.995, "event_location": 0.85}
# drawn with a wider length window (100-1000 words), scored blind at the end of the fifth session
BLIND12_FLOORS = {"person": 0.875, "holding": 0.83, "participation": 0.62, "chair": 0.5, "event_location": 0.84}
DEV_FLOORS = {"person": 0.995, "holding": 0.94, "participation": 0.9, "chair": 0.8, "event_location": 0.925}


def _article(rec: dict) -> Article:
    return Article(rec["id"], rec.get("title") or "", rec["text"], rec.get("date"), rec.get("url"), rec.get("source"))


def _check(golds: list[dict], systems: list[dict], floors: dict[str, float]) -> None:
    report = score(golds, systems)
    low = {k: round(report.scores[k]["f1"], 3) for k, floor in floors.items() if report.scores[k]["f1"] < floor}
    assert not low, f"below floor: {low}\n{report.table()}"


@pytest.mark.parametrize(("folder", "floors"),
                         [(GOLD, PROJECT_FLOORS), (BLIND, BLIND_FLOORS), (BLIND2, BLIND2_FLOORS),
                          (BLIND3, BLIND3_FLOORS), (BLIND4, BLIND4_FLOORS), (BLIND5, BLIND5_FLOORS),
                          (BLIND6, BLIND6_FLOORS), (BLIND7, BLIND7_FLOORS),
                          (BLIND8, BLIND8_FLOORS), (BLIND9, BLIND9_FLOORS), (BLIND10, BLIND10_FLOORS),
                          (BLIND11, BLIND11_FLOORS), (BLIND12, BLIND12_FLOORS)],
                         ids=["project", "blind", "blind2", "blind3", "blind4", "blind5", "blind6", "blind7", "blind8",
                              "blind9", "blind10", "blind11", "blind12"])
def test_project_gold_floors(folder: Path, floors: dict[str, float]):
    if not (folder / "articles.jsonl").exists():
        pytest.skip(f"{folder}/articles.jsonl is absent")
    golds = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(folder.glob("*.json"))]
    with (folder / "articles.jsonl").open(encoding="utf-8") as f:
        systems = [extract(_article(json.loads(line))).to_json() for line in f]
    _check(golds, systems, floors)


def test_shared_dev_gold_floors(shared):
    import gzip

    golds = [json.loads(p.read_text(encoding="utf-8")) for p in sorted((shared / "gold" / "dev").glob("*.json"))]
    ids = {g["article"] for g in golds}
    systems = []
    seed = shared / "corpus" / "000_afdb58c3525a2a02.txt"
    if seed.stem in ids:
        text = seed.read_text(encoding="utf-8")
        systems.append(extract(Article(seed.stem, text.split("\n")[0], text, "2022-01-13T11:01:00+07:00", None,
                                       "Báo Lâm Đồng online")).to_json())
    for pool in sorted((shared / "corpus").glob("*.jsonl.gz")):
        with gzip.open(pool, "rt", encoding="utf-8") as f:
            for line in f:
                rec = json.loads(line)
                if rec["id"] in ids:
                    systems.append(extract(_article(rec)).to_json())
    _check(golds, systems, DEV_FLOORS)
