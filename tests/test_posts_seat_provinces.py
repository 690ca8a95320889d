"""A provincial body placed by the city the article is about, while the city was the seat of a province
(province_seats.tsv: Huế, of Thừa Thiên Huế until 2025): the province's post; sentences from real corpus articles."""

from kg.extraction import extract
from kg.extraction.canonical import seat_province
from kg.model import Article

_HUE = ("Người dân Huế phải bắt xe vào thành phố từ 2 đoạn tránh Huế phía Nam (Phú Bài) và phía Bắc. Trước đó, ông "
        "Nguyễn Văn Bạt, Phó giám đốc Sở Giao thông Vận tải đã thông báo từ 1/7 sẽ mở 8 tuyến xe buýt về đường tránh "
        "phía Nam. Du khách đến Huế đều phàn nàn.")


def positions(text: str, published: str | None = None) -> set[str]:
    return {h.position for h in extract(Article("t", "", text, published=published, source="VnExpress")).holdings}


def test_a_department_of_the_seat_city_is_the_provinces():
    assert "Phó giám đốc Sở Giao thông Vận tải Thừa Thiên Huế" in positions(_HUE)


def test_after_the_city_became_a_province_it_keeps_its_name():
    assert "Phó giám đốc Sở Giao thông Vận tải Huế" in positions(_HUE, "2025-03-01")


def test_the_citys_own_bodies_keep_the_city():
    assert seat_province("Huế", "UBND thành phố", None) == "Huế"
    assert seat_province("Huế", "UBND tỉnh", "2006-05-01") == "Thừa Thiên Huế"
