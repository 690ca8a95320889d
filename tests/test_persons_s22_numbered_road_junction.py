"""A name joined by a dash to a numbered road ("giao lộ quốc lộ 1 - Nguyễn Hữu Trí", "QL 1A - Lê Đức Thọ") is the
other road of a junction or a route, no person (session 22; gold and corpus_dev sentences)."""

from kg.extraction.pipeline import extract
from kg.model import Article


def _persons(text: str) -> set[str]:
    return {p.name for p in extract(Article(id="t", title="", text=text)).persons}


def test_junction_with_a_national_road_names_streets() -> None:
    text = ("Ra khỏi phòng trọ tại giao lộ quốc lộ 1 - Hồ Học Lãm, chị Bích mất hơn 45 phút mới đến được giao lộ quốc "
            "lộ 1 - Nguyễn Hữu Trí, huyện Bình Chánh.")
    assert not _persons(text) & {"Hồ Học Lãm", "Nguyễn Hữu Trí"}


def test_route_through_numbered_roads_names_a_street() -> None:
    text = ("- Hướng từ các tỉnh miền Tây (qua trạm kiểm dịch An Lạc): QL 1 - QL 1A - Lê Đức Thọ - cơ sở An Nhơn.")
    assert "Lê Đức Thọ" not in _persons(text)


def test_person_and_title_after_a_dash_stays() -> None:
    text = "Ông Nguyễn Văn Nam - Giám đốc Sở GTVT cho biết đoạn quốc lộ 1A sẽ được mở rộng."
    assert "Nguyễn Văn Nam" in _persons(text)
