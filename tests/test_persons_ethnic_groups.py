"""An ethnic group named after a noun of persons is a people, not a person (corpus sentences)."""

from kg.extraction.persons import find_persons
from kg.text.segment import tokens


def _names(text: str) -> list[str]:
    return [m.name for m in find_persons(text, tokens(text), 0)]


def test_women_of_an_ethnic_group() -> None:
    assert _names("Người phụ nữ Sán Chỉ thi đấu trong giải đấu với trang phục mang đậm bản sắc dân tộc") == []


def test_children_of_an_ethnic_group() -> None:
    text = "Và những bà những chị, những em bé Hà Nhì thân thiện tò mò chạy theo chân khách lạ"
    assert _names(text) == []


def test_a_person_of_the_group_is_still_named() -> None:
    assert _names("Chị Lý Thị Hoa, người dân tộc Sán Chỉ, cho biết") == ["Lý Thị Hoa"]
