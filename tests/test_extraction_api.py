"""The interface other stages code against: `extract(article) -> ArticleFacts`, picklable, in workers."""

import json
import pickle
from concurrent.futures import ProcessPoolExecutor

from kg.extraction import extract
from kg.model import Article, ArticleFacts

TEXT = ("Sáng 13/1, Bí thư Tỉnh ủy Trần Đức Quận chủ trì hội nghị tại điểm cầu Lâm Đồng.\n"
        "Ông Quận nhấn mạnh vai trò của công tác cán bộ.")


def _article(published: str | None = "2022-01-13T11:01:00+07:00") -> Article:
    return Article("a1", "Hội nghị", TEXT, published, None, "Báo Lâm Đồng online")


def test_extract_is_picklable_and_runs_in_a_worker_process():
    assert pickle.loads(pickle.dumps(extract)) is extract
    with ProcessPoolExecutor(max_workers=1) as pool:
        facts = pool.submit(extract, _article()).result(timeout=120)
    assert isinstance(facts, ArticleFacts)
    assert [p.name for p in facts.persons] == ["Trần Đức Quận"]


def test_json_round_trip_and_evidence_offsets():
    facts = extract(_article())
    data = json.loads(json.dumps(facts.to_json(), ensure_ascii=False))
    back = ArticleFacts.from_json(data)
    assert [h.position for h in back.holdings] == ["Bí thư Tỉnh ủy Lâm Đồng"]
    [person] = facts.persons
    assert person.aliases == ["Quận"]
    for ev in person.evidence:
        assert TEXT[ev.start:ev.end] in ("Trần Đức Quận", "Quận") and ev.sentence in TEXT
        assert 0 < ev.confidence <= 1


def test_without_publication_date_relative_dates_give_no_date():
    [event] = extract(_article(published=None)).events
    assert event.date is None and event.chairs == ["Trần Đức Quận"] and event.locations == ["Lâm Đồng"]
