"""A body ending in a bare `TP` is a city's: a province with no city of its name (Bình Định, whose city is Quy
Nhơn) is not its place, though the article names it; a province with such a city (Quảng Ngãi) or a centrally
governed city still is. Text from a real corpus article (vntc-train-XH_NLD_(4087), Người Lao Động)."""

from kg.extraction import extract
from kg.extraction.canonical import label
from kg.model import Article

TEXT = ("LĐLĐ TPHCM cứu trợ đồng bào vùng lũ lụt Bình Định, Quảng Bình\n"
        "(NLĐ)- Ngày 10-11, đoàn công tác LĐLĐ TPHCM do bà Phan Thị Anh Thư, Phó Chủ tịch LĐLĐ TP, dẫn đầu đã ra thăm "
        "và cứu trợ đồng bào vùng lũ lụt tỉnh Bình Định. Làm việc với LĐLĐ tỉnh Bình Định, bà Phan Thị Anh Thư đã chia "
        "sẻ những thiệt hại, mất mát mà chính quyền, nhân dân Bình Định trải qua do mưa lũ.")


def test_no_city_of_a_province_without_one():
    positions = {h.position for h in extract(Article("t", "", TEXT)).holdings if h.person == "Phan Thị Anh Thư"}
    assert positions and not any("Bình Định" in p for p in positions)


def test_cities_and_provinces_with_a_city_of_their_name_keep_it():
    assert label("Phó Chủ tịch", "LĐLĐ TP", "Bình Định")[2] == ""
    assert label("Phó Chủ tịch", "UBND TP", "Quảng Ngãi")[2] == "Quảng Ngãi"
    assert label("Phó Chủ tịch", "UBND TP", "Hồ Chí Minh")[2] == "Hồ Chí Minh"
    assert label("Chủ tịch", "UBND tỉnh", "Bình Định")[2] == "Bình Định"
