"""A long venue name that ends its clause with a unit-named place ('tại Trung tâm văn hóa - thông tin tỉnh
Quảng Nam,') stands in that place; a unit-named place inside a clause that goes on is no venue (corpus)."""

from kg.extraction import extract
from kg.model import Article


def _locations(text: str) -> list[list[str]]:
    return [e.locations for e in extract(Article("t", "", text, published="2006-03-19")).events]


def test_a_long_venue_name_ends_with_the_province_it_stands_in():
    # vntc-train-XH_TN_(1743)
    text = ("Sáng 18/3, tại Trung tâm văn hóa - thông tin tỉnh Quảng Nam, báo Thanh Niên phối hợp với Sở Giáo dục - "
            "Đào tạo tổ chức chương trình \"Tư vấn mùa thi - 2006\". Bà Hồ Thị Thanh Lâm - Phó chủ tịch UBND tỉnh "
            "phát biểu tại chương trình.")
    assert ["Quảng Nam"] in _locations(text)


def test_a_unit_named_place_inside_a_clause_that_goes_on_is_no_venue():
    # vntc-train-XH_TT_(3462)
    text = ("Chủ tịch nước Trần Đức Lương đang dự Hội nghị thượng đỉnh Á – Phi tại Indonesia hay tin các cựu chiến "
            "binh phường Kim Liên tử nạn trên đường về thăm chiến trường xưa.")
    assert all("phường Kim Liên" not in locs for locs in _locations(text))
