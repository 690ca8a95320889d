"""The seed article: every line of the metric at 1.0 (issue 2, item 4)."""

from __future__ import annotations

import json
import subprocess
import sys

from kg.extraction import extract
from kg.model import Article

SEED_ID = "000_afdb58c3525a2a02"


def _seed(shared) -> Article:
    text = (shared / "corpus" / f"{SEED_ID}.txt").read_text(encoding="utf-8")
    return Article(SEED_ID, text.split("\n")[0], text, "2022-01-13T11:01:00+07:00", None, "Báo Lâm Đồng online")


def test_seed_scores_one_on_every_line(shared, tmp_path):
    facts = extract(_seed(shared))
    out = tmp_path / "seed.jsonl"
    out.write_text(json.dumps(facts.to_json(), ensure_ascii=False) + "\n", encoding="utf-8")
    result = subprocess.run([sys.executable, str(shared / "eval" / "score.py"), str(shared / "gold" / "seed"),
                             str(out), "--json"], capture_output=True, text=True, check=True)
    scores = json.loads(result.stdout)
    assert set(scores) >= {"person", "holding", "participation", "chair", "event_location"}
    for item in ("person", "holding", "participation", "chair", "event_location"):
        values = scores[item]
        assert values["f1"] == 1.0, (item, values)


def test_seed_facts_carry_evidence(shared):
    facts = extract(_seed(shared))
    text = facts.article.text
    assert {p.name for p in facts.persons} == {"Trương Thị Mai", "Trần Đức Quận", "Nguyễn Trọng Ánh Đông"}
    for p in facts.persons:
        for ev in p.evidence:
            assert text[ev.start:ev.end] == p.name or p.name in p.aliases or ev.end > ev.start
    labels = {(h.person, h.position) for h in facts.holdings}
    assert ("Trần Đức Quận", "Bí thư Tỉnh ủy Lâm Đồng") in labels
    [event] = facts.events
    assert event.date == "2022-01-13" and event.locations == ["Lâm Đồng"]
