"""Thái family names that are also words count before a middle name (corpus sentences)."""

from kg.extraction.persons import find_persons
from kg.text.segment import tokens


def _names(text: str) -> list[str]:
    return [m.name for m in find_persons(text, tokens(text), 0)]


def test_ca_before_thi_is_a_family_name() -> None:
    text = ("Hiện Công an phường Mường Thanh đang triển khai các tổ công tác truy tìm Cà Thị Út triệu tập về cơ quan "
            "công an để làm rõ")
    assert _names(text) == ["Cà Thị Út"]


def test_ca_of_a_place_is_no_family_name() -> None:
    assert _names("Hàng nghìn hộ nông dân Cà Mau mất trắng vụ tôm") == []
