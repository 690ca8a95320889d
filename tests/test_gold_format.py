"""Structure of the project's hand-annotated gold sets (tests/gold*/): every file well formed and self-consistent,
every text the shared corpus record, no article in two sets."""

from __future__ import annotations

import datetime
import json
from pathlib import Path

import pytest
from conftest import shared_records

TESTS = Path(__file__).resolve().parent
GOLD = TESTS / "gold"
SETS = sorted(p for p in TESTS.glob("gold*/") if (p / "articles.jsonl").is_file())
GOLD_KEYS = {"article", "source", "persons", "holds", "events", "notes"}
EVENT_KEYS = {"key", "name", "locations", "chairs", "attendees"}
RECORD_KEYS = ["id", "source", "url", "title", "date", "text"]
GOLD_FILES = sorted(f for folder in SETS for f in folder.glob("*.json"))


def load_articles(folder: Path) -> dict[str, dict]:
    records = {}
    with open(folder / "articles.jsonl", encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            rec = json.loads(line)
            assert list(rec) == RECORD_KEYS, f"{folder.name}/articles.jsonl:{n}: keys {list(rec)}"
            assert rec["id"] not in records, f"{folder.name}/articles.jsonl:{n}: duplicate id {rec['id']}"
            records[rec["id"]] = rec
    return records


ARTICLES_BY_SET = {folder.name: load_articles(folder) for folder in SETS}
ARTICLES = {i: rec for records in ARTICLES_BY_SET.values() for i, rec in records.items()}


def is_event_key(key: str) -> bool:
    if key == "?":
        return True
    try:
        return datetime.date.fromisoformat(key).isoformat() == key
    except ValueError:
        return False


def test_gold_set_size_and_pairing() -> None:
    assert len(list(GOLD.glob("*.json"))) >= 60 and len(SETS) >= 8
    for folder in SETS:
        assert {p.stem for p in folder.glob("*.json")} == set(ARTICLES_BY_SET[folder.name]), folder.name


def test_no_article_is_in_two_gold_sets() -> None:
    assert len(ARTICLES) == sum(map(len, ARTICLES_BY_SET.values()))


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_gold_file_structure(path: Path) -> None:
    doc = json.loads(path.read_text(encoding="utf-8"))
    assert set(doc) == GOLD_KEYS, f"{path.name}: keys {sorted(doc)}"
    assert doc["article"] == path.stem
    assert isinstance(doc["source"], str) and doc["source"]
    assert isinstance(doc["notes"], str) and doc["notes"]
    persons = doc["persons"]
    assert all(isinstance(p, str) and p.strip() == p and p for p in persons)
    assert len(set(persons)) == len(persons), f"{path.name}: duplicate person"
    record = ARTICLES[doc["article"]]
    text = record["title"] + "\n" + record["text"]
    for person in persons:
        assert person in text, f"{path.name}: person {person!r} not written so in the article"
    for row in doc["holds"]:
        person, labels = row
        assert person in persons, f"{path.name}: holder {person!r} not in persons"
        assert labels and all(isinstance(label, str) and label for label in labels)
    for event in doc["events"]:
        assert set(event) == EVENT_KEYS, f"{path.name}: event keys {sorted(event)}"
        assert is_event_key(event["key"]), f"{path.name}: event key {event['key']!r} is neither ISO date nor '?'"
        assert all(isinstance(loc, str) and loc for loc in event["locations"])
        for person in event["chairs"] + event["attendees"]:
            assert person in persons, f"{path.name}: participant {person!r} not in persons"


def test_years_of_undated_articles_come_from_the_text_or_are_explained() -> None:
    """An undated article has no year to borrow: a dated key's year is printed in the text or argued in the notes."""
    for path in GOLD_FILES:
        doc = json.loads(path.read_text(encoding="utf-8"))
        record = ARTICLES[doc["article"]]
        if record["date"] is not None:
            continue
        for event in doc["events"]:
            year = event["key"][:4]
            if event["key"] != "?":
                assert year in record["text"] or year in doc["notes"], path.name


def test_gold_texts_are_the_shared_corpus_records(shared: Path) -> None:
    pools = {"vntc": "vntc-chinh-tri-xa-hoi", "dantri": "dantri-2019-2021", "vims": "vims-2016"}
    wanted = {pool: {i for i in ARTICLES if i.startswith(prefix + "-")} for prefix, pool in pools.items()}
    assert sum(map(len, wanted.values())) == len(ARTICLES)
    for pool, ids in wanted.items():
        found = {rec["id"]: rec for rec in shared_records(pool) if rec["id"] in ids}
        assert set(found) == ids, f"{pool}: missing {sorted(ids - set(found))}"
        for article_id, rec in found.items():
            assert rec == ARTICLES[article_id], f"{article_id}: text differs from ../shared/corpus/{pool}"


def test_gold_set_is_disjoint_from_shared_dev_gold(shared: Path) -> None:
    dev = {p.stem for p in (shared / "gold" / "dev").glob("*.json")}
    assert dev and not dev & set(ARTICLES)
