"""Which persons an article keeps (kg/extraction/naming_convention.py): `KG_FULL_NAMES_ONLY=1` keeps only those it
names in full (the annotation guide's "named in full"), `0` every name; by default news about officials (someone
named in full holds a post) keeps its full names only, other news every name (the issue's `chị Minh`). Sentences from
real corpus articles outside the gold sets (vntc-test-XH_VNE_T_(177), dantri-unc-news_sport_223; the official's
sentence is the pattern of the Party press)."""

import pytest

from kg.extraction import extract
from kg.model import Article

TEXT = ("Chị Minh, một hành khách bức xúc, hai chân chị đã mỏi dừ vì phải đứng đợi hơn 2 giờ. "
        "Dường như điều đó đã trở thành động lực lớn giúp cho thầy trò HLV Solskjaer tạo nên trận đấu bùng nổ nhất "
        "mùa giải. Trong đó, Bruno Fernandes và Cavani mỗi người lập cú đúp.")
OFFICIAL = "Sáng 12/3, ông Nguyễn Văn Tư, Chủ tịch UBND tỉnh Lâm Đồng, đã đến kiểm tra nhà ga. "


def _facts(text: str):
    return extract(Article("t", "", text, published="2021-03-12"))


def _persons(text: str) -> set[str]:
    return {p.name for p in _facts(text).persons}


def test_by_default_other_news_keeps_given_and_one_word_names(monkeypatch):
    monkeypatch.delenv("KG_FULL_NAMES_ONLY", raising=False)
    assert {"Minh", "Solskjaer", "Cavani", "Bruno Fernandes"} <= _persons(TEXT)


def test_by_default_news_about_officials_keeps_full_names_only(monkeypatch):
    monkeypatch.delenv("KG_FULL_NAMES_ONLY", raising=False)
    facts = _facts(OFFICIAL + TEXT)
    assert {p.name for p in facts.persons} == {"Nguyễn Văn Tư", "Bruno Fernandes"}
    assert all(n in {"Nguyễn Văn Tư", "Bruno Fernandes"} for e in facts.events for n in e.chairs + e.attendees)
    assert {h.person for h in facts.holdings} == {"Nguyễn Văn Tư"}


@pytest.mark.parametrize(("value", "expected"), [("1", {"Bruno Fernandes"}),
                                                  ("0", {"Minh", "Solskjaer", "Cavani", "Bruno Fernandes"})])
def test_the_switch_overrides_the_article(monkeypatch, value, expected):
    monkeypatch.setenv("KG_FULL_NAMES_ONLY", value)
    assert _persons(TEXT) == expected
    assert expected <= _persons(OFFICIAL + TEXT) | {"Minh", "Solskjaer", "Cavani"}
    if value == "0":
        assert {"Minh", "Cavani"} <= _persons(OFFICIAL + TEXT)
