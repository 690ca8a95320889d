"""The opt-in learned holding linker (kg/extraction/holding_model.py, KG_HOLDING_MODEL): the shipped model loads,
decides real corpus sentences the rules leave unlinked, and the switch works (off by default)."""

from __future__ import annotations

import pytest

from kg.errors import KgError
from kg.extraction import holding_model as hm
from kg.extraction.pipeline import extract
from kg.model import Article

# vntc-train-XH_TN_(1445) (tests/gold_blind9): the title, its ministry in brackets, a dash, a degree, then the name:
# the rules link it (the bracketed parent belongs to the post), and the model leaves it as the rules gave it
CUC_TRUONG = ("Cục trưởng Cục Giám định và Quản lý chất lượng công trình giao thông (Bộ Giao thông vận tải) - "
              "TS Nguyễn Ngọc Long từ Hà Nội cũng đã vào tham dự hội nghị này.")
CUC_TRUONG_POST = ("Nguyễn Ngọc Long",
                   "Cục trưởng Cục Giám định và Quản lý chất lượng công trình giao thông Bộ Giao thông vận tải")
# tests/gold_blind6: two titles before one name; the gold holds the second only
HUAWEI = ("Trong bài phát biểu, Giám đốc Hội đồng quản trị kiêm Chủ tịch Viện Nghiên cứu Chiến lược của Huawei, "
          "William Xu chia sẻ về những thách thức sẽ ảnh hưởng đến phúc lợi xã hội trong thập kỷ tới.")
# vntc-test-XH_TN_T_(8472) (tests/gold_blind4): the first of two titles before one foreign name, which the rules
# leave unlinked (the gold holds both)
LAO = ("Sáng 24/3, Tổng bí thư Nông Đức Mạnh dẫn đầu đoàn đại biểu cấp cao nước ta, đã đến thủ đô Viên Chăn, bắt đầu "
       "chuyến thăm hữu nghị chính thức nước CHDCND Lào theo lời mời của Chủ tịch BCH T.Ư Đảng Nhân dân Cách mạng Lào, "
       "Chủ tịch nước CHDCND Lào Khăm-tày Xi-phăn-đon.")
LAO_PARTY = ("Khăm-tày Xi-phăn-đon", "Chủ tịch Ban Chấp hành Trung ương Đảng Nhân dân Cách mạng Lào")
# vims-Cluster_267-1754 (tests/gold_blind): a post of past years ("những năm 1969-1976"), no current holding
PALME = "Ông Olof Palme (1927-1986) là Thủ tướng Thụy Điển những năm 1969-1976 và 1982-1986."


def _holdings(text: str) -> dict[tuple[str, str], float]:
    facts = extract(Article("t", "", text, "2006-03-10"))
    return {(h.person, h.position): h.evidence[0].confidence for h in facts.holdings if not h.former}


def test_model_file_loads_with_its_record() -> None:
    model = hm.load_model()
    assert model["recipe"] == hm.RECIPE_VERSION
    assert 0.0 < model["threshold"] <= 1.0
    assert len(model["weights"]) > 100 and model["positives"] > 0
    assert "tests/gold_blind22" in model["trained_on"] and len(model["articles_sha256"]) == 16
    assert model["cv"]["pooled_holding_f1_rules_plus_model"] >= model["cv"]["pooled_holding_f1_rules"] - 0.01


def test_off_by_default_and_the_rules_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(hm.ENV, raising=False)
    assert not hm.enabled()
    assert _holdings(CUC_TRUONG) == {CUC_TRUONG_POST: 0.8}
    monkeypatch.setenv(hm.ENV, "0")
    assert _holdings(CUC_TRUONG) == {CUC_TRUONG_POST: 0.8}


def test_the_model_keeps_a_title_the_rules_linked(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(hm.ENV, "1")
    assert _holdings(CUC_TRUONG) == {CUC_TRUONG_POST: 0.8}


def test_the_model_adds_the_unlinked_title_with_its_probability(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(hm.ENV, "0")
    assert LAO_PARTY not in _holdings(LAO)
    monkeypatch.setenv(hm.ENV, "1")
    got = _holdings(LAO)
    assert ("Khăm-tày Xi-phăn-đon", "Chủ tịch nước CHDCND Lào") in got
    assert hm.load_model()["threshold"] <= got[LAO_PARTY] < 1.0


def test_the_model_chooses_between_two_titles_and_leaves_a_past_post(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(hm.ENV, "1")
    assert set(_holdings(HUAWEI)) == {("William Xu", "Chủ tịch Viện Nghiên cứu Chiến lược Huawei")}
    assert _holdings(PALME) == {}


def test_recording_sees_candidates_and_keeps_the_rules(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(hm.ENV, "0")
    seen: list[dict] = []
    with hm.recording(seen.append):
        facts = extract(Article("t", "", HUAWEI, "2021-04-20"))
    assert not facts.holdings
    cands = seen[0]["candidates"]
    assert {c.position for c in cands} == {"Giám đốc Hội đồng quản trị", "Chủ tịch Viện Nghiên cứu Chiến lược Huawei"}
    assert all(not c.linked and "first=post" in c.features for c in cands)


def test_a_bad_setting_is_a_one_line_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(hm.ENV, "yes")
    with pytest.raises(KgError, match="KG_HOLDING_MODEL"):
        hm.enabled()


def test_chosen_keeps_the_best_unlinked_candidate_of_each_post() -> None:
    def cand(person: str, post: int, linked: bool = False) -> hm.Candidate:
        return hm.Candidate(person, "Giám đốc Sở Y tế", "Giám đốc", "Sở Y tế", "", 0, post, linked)

    a, b, c, d = cand("A", 0), cand("B", 0), cand("C", 1), cand("D", 2, linked=True)
    picked = hm.chosen([a, b, c, d], [0.6, 0.9, 0.4, 0.99], 0.5)
    assert [(x.person, p) for x, p in picked] == [("B", 0.9)]


def test_recording_reports_every_post_phrase_with_its_label_and_offsets(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(hm.ENV, "0")
    seen: list[dict] = []
    with hm.recording(seen.append):
        extract(Article("t", "", HUAWEI, "2021-04-20"))
    (posts,) = seen[0]["posts"]
    start = seen[0]["spans"][0][0]
    assert [p["label"] for p in posts] == ["Giám đốc Hội đồng quản trị", "Chủ tịch Viện Nghiên cứu Chiến lược Huawei"]
    assert HUAWEI[posts[0]["start"] - start:].startswith("Giám đốc Hội đồng quản trị")
    assert not any(p["former"] for p in posts)
    assert "William Xu" in seen[0]["persons"][0]
