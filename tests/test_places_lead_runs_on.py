"""A headline run into its lead's date ('... tại Pháp Tối 6-6, ...', real corpus text vntc-test-XH_NLD_T_(9562)):
the place ends before the day-part word, it is no part of a longer name."""

from kg.extraction.places import find_places
from kg.text.segment import tokens


def _names(text: str) -> list[str]:
    return [p.name for p in find_places(text, tokens(text))]


def test_place_before_the_leads_date_is_found():
    text = ("Tổng Bí thư Nông Đức Mạnh gặp gỡ bà con Việt kiều tại Pháp Tối 6-6, Tổng Bí thư Nông Đức Mạnh đã gặp gỡ "
            "bà con Việt kiều tại Paris.")
    assert _names(text)[0] == "Pháp"


def test_a_capitalised_word_without_a_date_still_makes_a_longer_name():
    assert "Bình Dương" not in _names("Tàu đã vượt qua Thái Bình Dương Ngày đó.")
