"""The participation model's candidates are people the article reports as acting (recipe participation-features-2):
a name only in a list no one in it is told to act in, or only inside another name (a street's), is left to the
rules; no cue is read inside a person's name. Sentences are quoted from ../shared/corpus/ (none in a gold set)."""

from __future__ import annotations

import pytest

from kg.extraction import extract, lexicon
from kg.extraction import participation_model as pm
from kg.model import Article
from kg.text.normalize import fold

# vntc-train-XH_TN_(1523): streets to be named after historical figures
STREETS = ("Các con đường sẽ được mang tên các danh nhân văn hóa, lịch sử...: Lý Tự Trọng, Huỳnh Tấn Phát, Trần Văn "
           "Ơn, Xuân Thủy, Lưu Hữu Phước, Nguyễn Văn Huyên, Tô Ngọc Vân, Nguyễn Phúc Chu, Nguyễn Hữu Dật và hai địa "
           "danh được chọn để đặt tên đường là Nam Giao, Thiên Thai.")
# vntc-train-XH_VNE_(390): a worker whose given name is also the word for a ceremony
WORKER = ("Anh Trần Thanh Lễ, công nhân đội 9, thuộc Công ty Tư vấn Xây dựng và phát triển kinh tế Hà Nội kể lại: "
          "\"Lúc tai nạn xảy ra, tôi đang ngồi vận hành máy vận chuyển bê tông cách hiện trường 20 m.")
# vntc-test-XH_VNE_T_(776): a city's chairman speaking at a conference
CITY = ("Tại hội nghị triển khai công tác cải cách hành chính của TP HCM sáng nay, Chủ tịch thành phố Lê Thanh Hải "
        "nhấn mạnh đến yếu tố con người trong sự thành công của chương trình này.")
EAGER = {"recipe": pm.RECIPE_VERSION, "weights": {}, "bias": 5.0, "threshold": 0.5, "mode": "hybrid", "keep": 0.2}


def captured(text: str) -> dict:
    seen: list[dict] = []
    with pm.recording(seen.append):
        extract(Article("t", "", text, None))
    return seen[0]


def acting(text: str) -> dict[str, bool]:
    cap = captured(text)
    return {c.person: c.acting for c in pm.candidates(cap["infos"], cap["canonical"], cap["title"], {})}


def test_names_in_a_list_of_street_names_are_not_acting(monkeypatch: pytest.MonkeyPatch) -> None:
    found = acting(STREETS)
    assert {"Huỳnh Tấn Phát", "Lưu Hữu Phước", "Nguyễn Hữu Dật"} <= set(found)
    assert not any(found.values())
    cap = captured(STREETS)
    monkeypatch.setenv(pm.ENV, "nogate")
    events = pm.revise([], cap["infos"], cap["canonical"], cap["title"], None, dict(EAGER))
    assert events == []  # a model that accepts every pair still adds none of them


def test_a_person_speaking_at_a_conference_is_acting() -> None:
    # "thành phố" before the name is no street ("phố" alone would be)
    assert acting(CITY)["Lê Thanh Hải"] is True


def test_no_cue_inside_a_persons_name() -> None:
    cap = captured(WORKER)
    s = cap["infos"][0]
    keys = [fold(t.text) for t in s.toks]
    at = next(i for i, t in enumerate(s.toks) if t.text == "Lễ")
    assert lexicon.event_words().match(s.toks, at, keys)  # "Lễ" is an event word ...
    assert [p.name for p in s.persons] == ["Trần Thanh Lễ"]
    assert not any(kind.startswith("e_") for _, _, kind in pm._analyse(s).cues)  # ... but not inside his name
