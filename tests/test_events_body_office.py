"""An event held at the office of a local body ('tại trụ sở UBND TPHCM') is held in that body's place."""

from kg.extraction import extract
from kg.model import Article


def locations(text: str) -> list[list[str]]:
    return [e.locations for e in extract(Article("t", "", text)).events]


def test_the_seat_of_a_city_committee_places_the_reception():
    # vntc-train-XH_NLD_(4368)
    text = ("Ngày 2-3, tại trụ sở UBND TPHCM, Chủ tịch UBND TP Lê Thanh Hải đã có buổi tiếp ông Okuda Hiroshi, Chủ "
            "tịch Liên đoàn Kinh tế Nhật Bản.")
    assert locations(text) == [["Hồ Chí Minh"]]


def test_the_office_with_a_level_word_before_the_city():
    # vntc-test-XH_NLD_T_(9601)
    text = ("Chiều 9-9, tại Văn phòng UBND TP Đà Nẵng, ông Văn Hữu Chiến, Phó Chủ tịch UBND TP Đà Nẵng, đã tiếp "
            "đoàn chính trị gia trẻ Hoa Kỳ do ông Jame Claybonrne làm trưởng đoàn.")
    assert locations(text) == [["Đà Nẵng"]]


def test_a_body_named_without_its_office_is_only_a_jurisdiction():
    text = ("Ngày 2-3, Chủ tịch UBND TPHCM Lê Thanh Hải đã có buổi tiếp ông Okuda Hiroshi, Chủ tịch Liên đoàn Kinh "
            "tế Nhật Bản.")
    assert locations(text) == [[]]
