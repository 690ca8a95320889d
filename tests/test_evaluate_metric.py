"""The metric of EVALUATION.md: unit behaviour, and exact agreement with ../shared/eval/score.py."""

from __future__ import annotations

import importlib.util
import json
import random
from pathlib import Path

import pytest
from conftest import run_kg, shared_records

from kg.evaluation import score
from kg.evaluation.normalise import location_key, normalise

GOLD = {
    "article": "a1",
    "persons": ["Trương Thị Mai", "Trần Đức Quận"],
    "holds": [["Trần Đức Quận", ["Chủ tịch HĐND tỉnh Lâm Đồng"]],
              ["Trương Thị Mai", ["Bí thư Trung ương Đảng", "Bí thư Trung ương"]]],
    "events": [{"key": "2022-01-13", "locations": ["Lâm Đồng"], "chairs": ["Trương Thị Mai"],
                "attendees": ["Trần Đức Quận"]}],
}


def _system(**overrides) -> dict:
    rec = {"article": {"id": "a1"},
           "persons": [{"name": "Trương Thị Mai"}, {"name": "Trần Đức Quận"}],
           "holdings": [{"person": "Trần Đức Quận", "position": "Chủ tịch Hội đồng nhân dân tỉnh Lâm Đồng"},
                        {"person": "Trương Thị Mai", "position": "Bí thư Trung ương"}],
           "events": [{"date": "2022-01-13", "locations": ["tỉnh Lâm Đồng"], "chairs": ["Trương Thị Mai"],
                       "attendees": ["Trần Đức Quận"]}]}
    rec.update(overrides)
    return rec


def test_normalise_expands_abbreviations_and_tone_marks() -> None:
    assert normalise("Chủ tịch HĐND tỉnh") == normalise("chủ tịch hội đồng nhân dân tỉnh")
    assert normalise("Ủy ban") == normalise("Uỷ ban")
    assert normalise("Bí thư Bí thư Tỉnh ủy") == normalise("Bí thư Tỉnh ủy")
    assert location_key("điểm cầu tỉnh Lâm Đồng") == location_key("Lâm Đồng")
    assert normalise("TƯ") == "trung ương" and normalise("tư pháp") == "tư pháp"


def test_perfect_system_scores_one() -> None:
    scores = score([GOLD], [_system()]).scores
    for kind in ("person", "holding", "participation", "chair", "event_location"):
        assert scores[kind]["f1"] == 1.0, kind


def test_errors_lower_precision_and_recall() -> None:
    wrong = _system(persons=[{"name": "Trương Thị Mai"}, {"name": "Lâm Đồng"}],
                    events=[{"date": None, "chairs": ["Trương Thị Mai"], "attendees": []}])
    scores = score([GOLD], [wrong]).scores
    assert scores["person"] == {"precision": 0.5, "recall": 0.5, "f1": 0.5, "tp": 1, "system": 2, "gold": 2}
    assert scores["chair"]["tp"] == 0 and scores["participation"]["recall"] == 0.0
    assert scores["event_location"]["recall"] == 0.0


def test_missing_article_counts_as_empty_output() -> None:
    report = score([GOLD], [])
    assert report.scores["person"]["recall"] == 0.0
    assert report.scores["articles"]["missing_from_system"] == 1
    assert "articles with no system output: 1 of 1" in report.table()


def _load_shared_scorer(shared: Path):
    spec = importlib.util.spec_from_file_location("shared_score", shared / "eval" / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _perturb(doc: dict, rng: random.Random) -> dict:
    """A plausible system record made from a gold document with random errors."""
    names = list(doc["persons"]) + ["Nguyễn Văn Sai"]
    persons = [{"name": n.upper() if rng.random() < 0.2 else n} for n in names if rng.random() < 0.8]
    holdings = []
    for person, labels in doc["holds"]:
        if rng.random() < 0.8:
            label = rng.choice(labels)
            holdings.append({"person": person, "position": label if rng.random() < 0.8 else label + " khóa XII"})
    events = []
    for event in doc["events"]:
        key = event["key"] if rng.random() < 0.8 else "?"
        events.append({"date": None if key == "?" else key,
                       "locations": [loc for loc in event["locations"] if rng.random() < 0.7] + ["Hà Nội"],
                       "chairs": [c for c in event["chairs"] if rng.random() < 0.8],
                       "attendees": [a for a in event["attendees"] if rng.random() < 0.7] + event["chairs"][:1]})
    return {"article": {"id": doc["article"]}, "persons": persons, "holdings": holdings, "events": events}


def test_agrees_with_shared_scorer_on_perturbed_outputs(shared: Path) -> None:
    scorer = _load_shared_scorer(shared)
    golds = [json.loads(p.read_text(encoding="utf-8")) for p in sorted((shared / "gold" / "dev").glob("*.json"))]
    rng = random.Random(7)
    for _ in range(20):
        systems = [_perturb(doc, rng) for doc in golds if rng.random() < 0.9]
        ours = score(golds, systems).scores
        theirs = {k: {"tp": 0, "system": 0, "gold": 0} for k in ("person", "holding", "participation", "chair",
                                                                  "event_location")}
        sys_by_id = {s["article"]["id"]: s for s in systems}
        for doc in golds:
            g = scorer.gold_items(doc)
            s = scorer.system_items(sys_by_id.get(doc["article"], {}))
            for kind, tot in theirs.items():
                tp, ns, ng = scorer.count(kind, g[kind], s[kind])
                tot["tp"] += tp
                tot["system"] += ns
                tot["gold"] += ng
        for kind, tot in theirs.items():
            assert ours[kind] == scorer.prf(tot["tp"], tot["system"], tot["gold"]), kind


def test_kg_evaluate_cli_matches_score_py(shared: Path, tmp_path: Path) -> None:
    """`kg evaluate` on the shared dev gold prints exactly what score.py prints for the same output."""
    gold_dir = shared / "gold" / "dev"
    wanted = {json.loads(p.read_text(encoding="utf-8"))["article"] for p in gold_dir.glob("*.json")}
    inputs = tmp_path / "dev.jsonl"
    with inputs.open("w", encoding="utf-8") as out:
        for pool in ("vntc-chinh-tri-xa-hoi", "dantri-2019-2021", "vims-2016"):
            for rec in shared_records(pool):
                if rec["id"] in wanted:
                    out.write(json.dumps(rec, ensure_ascii=False) + "\n")
    seed = shared / "corpus" / "000_afdb58c3525a2a02.txt"
    saved = tmp_path / "system.jsonl"
    ours = run_kg("evaluate", gold_dir, inputs, seed, "--json", "--save", saved)
    assert ours.returncode == 0, ours.stderr
    theirs = run_kg_script(shared / "eval" / "score.py", gold_dir, saved, "--json")
    assert json.loads(ours.stdout) == json.loads(theirs)
    table = run_kg("evaluate", gold_dir, inputs, seed)
    assert table.stdout.strip() == run_kg_script(shared / "eval" / "score.py", gold_dir, saved).strip()


def run_kg_script(script: Path, *args: object) -> str:
    import subprocess
    import sys

    done = subprocess.run([sys.executable, str(script), *map(str, args)], capture_output=True, text=True, check=True)
    return done.stdout


def test_bad_gold_folder_is_a_one_line_error(tmp_path: Path) -> None:
    (tmp_path / "broken.json").write_text("{not json", encoding="utf-8")
    done = run_kg("evaluate", tmp_path, tmp_path)
    assert done.returncode == 2
    assert "broken.json" in done.stderr and "Traceback" not in done.stderr


@pytest.mark.parametrize("missing", ["nowhere"])
def test_missing_gold_folder(tmp_path: Path, missing: str) -> None:
    done = run_kg("evaluate", tmp_path / missing, tmp_path)
    assert done.returncode == 2 and "not a folder" in done.stderr
