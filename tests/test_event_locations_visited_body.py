"""A visit whose object is a body named with its province or city ('đến thăm và làm việc với Sở Khoa học và Công nghệ
TP Cần Thơ') is held in that place; a leader visited is no place (texts from the corpus)."""

from kg.extraction import extract
from kg.model import Article


def locations(text: str) -> list[list[str]]:
    return [e.locations for e in extract(Article("t", "", text)).events]


def test_the_city_of_the_department_visited_is_the_venue():
    # dantri-unc-news_science_265
    text = ("Chiều 28/4, đoàn công tác Bộ Khoa học và Công nghệ do ông Huỳnh Thành Đạt, Bộ Trưởng Bộ Khoa học và Công "
            "nghệ làm trưởng Đoàn, đến thăm và làm việc với Sở Khoa học và Công nghệ TP Cần Thơ.")
    assert locations(text) == [["Cần Thơ"]]


def test_the_province_of_the_border_guards_visited_is_the_venue():
    # dantri-unc-news_society_209
    text = ("Chiều 29/4, Phó Thủ tướng Thường trực Chính phủ Trương Hòa Bình cùng đoàn công tác đến thăm cán bộ, chiến "
            "sĩ Bộ đội Biên phòng An Giang.")
    assert locations(text) == [["An Giang"]]


def test_a_mausoleum_visited_after_the_capital_adds_no_place():
    # vntc-test-XH_TN_T_(8413): 'Chủ tịch Hồ Chí Minh' is the person mourned, not a city
    text = ("Chiều qua, tại Phủ Chủ tịch, Phó chủ tịch nước Trương Mỹ Hoa đã tiếp thân mật đoàn đại biểu già làng, "
            "trưởng bản tỉnh Gia Lai, nhân dịp đoàn ra thăm thủ đô Hà Nội và vào lăng viếng Chủ tịch Hồ Chí Minh.")
    assert all("Hồ Chí Minh" not in found for found in locations(text))
