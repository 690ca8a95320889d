"""A foreign given name of Latin letters before a Vietnamese family name is a person's name (corpus sentences)."""

from kg.extraction.persons import find_persons
from kg.text.segment import tokens


def _names(text: str) -> list[str]:
    return [m.name for m in find_persons(text, tokens(text), 0)]


def test_international_given_name_before_a_family_name() -> None:
    assert _names("Không ít người hâm mộ đi theo Elly Trần suốt đường catwalk để có cơ hội chụp ảnh") == ["Elly Trần"]


def test_alias_in_brackets() -> None:
    text = "Nữ doanh nhân Lê Diệp Kiều Trang (Christy Lê) sinh năm 1980 tại TP.HCM."
    assert "Christy Lê" in _names(text)


def test_vietnamese_syllable_given_name_is_not_enough() -> None:
    assert _names("Đội bóng Long An đá với Hoàng Anh Gia Lai") == []
