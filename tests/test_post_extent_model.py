"""The learned post extent (kg/extraction/post_extent_model.py, KG_POST_EXTENT_MODEL): the shipped model loads with
its record, extends real corpus post phrases the rules stop too early, leaves a complete one alone, never crosses
a name or a clause mark, and the switch works."""

from __future__ import annotations

import pytest

from kg.errors import KgError
from kg.extraction import post_extent_model as pem
from kg.extraction.pipeline import extract
from kg.model import Article
from kg.text.segment import tokens

# vntc-test-XH_TN_T_(8390) (tests/gold_blind22): the rules stop the body after "Diễn đàn"
JIMI = ("Hôm 24/7, Thủ tướng Phan Văn Khải đã tiếp đoàn nghị sĩ Nhật Bản do nghị sĩ Jimi Shozaburo - Phó Chủ tịch "
        "Diễn đàn hành động vì môi trường thế giới dẫn đầu trong chuyến thăm và làm việc tại nước ta.")
# vntc-train-XH_TT_(2616) (tests/gold_blind21): a numbered unit, the rules stop before its number
PMU = ("Vẫn chưa xong, ngày 13.6.2002, ông Nguyễn Xuân Minh, là Phó phòng PID2 trực thuộc PMU 18 đã có buổi làm việc "
       "với UBND huyện Gò Công Tây.")
COMPLETE = "Phó Thủ tướng Phạm Bình Minh đã tiếp Đại sứ Nhật Bản."


def _positions(text: str, person: str) -> set[str]:
    facts = extract(Article("t", "", text, "2006-07-25"))
    return {h.position for h in facts.holdings if h.person == person and not h.former}


def test_model_file_loads_with_its_record() -> None:
    model = pem.load_model()
    assert model["recipe"] == pem.RECIPE_VERSION
    assert model["articles"] > 600 and 0 < model["positives"] < model["rows"]
    assert 0 < model["threshold"] < 1 and model["weights"]
    cv = model["cv"]
    assert cv["pooled_holding_f1_blind_rules_plus_model"] >= cv["pooled_holding_f1_blind_rules"]


@pytest.mark.parametrize(("text", "person", "rules", "extended"), [
    (JIMI, "Jimi Shozaburo", "Phó Chủ tịch Diễn đàn", "Phó Chủ tịch Diễn đàn hành động vì môi trường thế giới"),
    (PMU, "Nguyễn Xuân Minh", "Phó phòng PID2 trực thuộc PMU", "Phó phòng PID2 trực thuộc PMU 18"),
])
def test_the_model_extends_a_body_the_rules_stop_early(monkeypatch: pytest.MonkeyPatch, text: str, person: str,
                                                         rules: str, extended: str) -> None:
    monkeypatch.setenv(pem.ENV, "0")
    off = _positions(text, person)
    assert rules in off and extended not in off
    monkeypatch.setenv(pem.ENV, "1")
    on = _positions(text, person)
    assert extended in on and rules not in on
    assert on - {extended} == off - {rules}


def test_a_complete_post_is_left_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(pem.ENV, "1")
    assert _positions(COMPLETE, "Phạm Bình Minh") == {"Phó Thủ tướng"}


def test_on_by_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(pem.ENV, raising=False)
    assert pem.enabled()
    assert _positions(PMU, "Nguyễn Xuân Minh") == {"Phó phòng PID2 trực thuộc PMU 18"}


def test_a_bad_setting_is_a_one_line_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(pem.ENV, "yes")
    with pytest.raises(KgError, match=pem.ENV):
        pem.enabled()


def test_ends_stop_at_a_name_a_clause_mark_and_never_on_a_link_word() -> None:
    text = "Giám đốc Sở Y tế và Môi trường (tỉnh) Nguyễn Văn An"
    toks = tokens(text, 0, len(text))
    words = [t.text for t in toks]
    start = words.index("Sở")
    assert [words[e - 1] for e in pem.ends(toks, start, set())] == ["Sở", "Y", "tế", "Môi", "trường"]
    name = set(range(words.index("Y"), len(words)))
    assert [words[e - 1] for e in pem.ends(toks, start, name)] == ["Sở"]


def test_features_describe_the_words_added() -> None:
    text = "Tổng Giám đốc CIENCO 5 cho biết"
    toks = tokens(text, 0, len(text))
    f = pem.features(toks, "Tổng Giám đốc", True, 4, 5)
    assert {"n=1", "first=5", "last=5", "first_shape=d", "next=cho", "prev=cienco", "body"} <= f


def test_a_counting_number_is_never_taken(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Ông Nguyễn Văn An, Giám đốc Sở Y tế 2 năm nay, cho biết bệnh viện đã quá tải."
    toks = tokens(text, 0, len(text))
    after = [t.text for t in toks].index("tế") + 1
    assert pem.ends(toks, after, set()) == []
    unit = "Ông Vũ Văn Tưởng, Tổ phó tổ dân phố 93 phường Ngọc Khánh"
    utoks = tokens(unit, 0, len(unit))
    number = [t.text for t in utoks].index("93")
    assert number + 1 in pem.ends(utoks, number, set())
    monkeypatch.setenv(pem.ENV, "1")
    assert not any(p.endswith("2") for p in _positions(text, "Nguyễn Văn An"))
