"""A rank or degree between a title and the name opens the name: it is no part of the body, and the title still
reaches the name over it. Sentences from real corpus articles."""

from kg.extraction import extract
from kg.model import Article


def holdings(text: str, **kw) -> set[tuple[str, str]]:
    return {(h.person, h.position) for h in extract(Article("t", "", text, **kw)).holdings if not h.former}


def test_a_degree_between_the_body_and_the_name():
    text = ("Phó giám đốc Học viện Tài chính TS Nguyễn Đào Tùng cũng chia sẻ thêm, với tình hình kinh doanh "
            "chứng khoán.")
    assert holdings(text) == {("Nguyễn Đào Tùng", "Phó giám đốc Học viện Tài chính")}


def test_a_military_rank_between_the_ministry_and_the_name():
    text = "Bộ trưởng Bộ Quốc phòng Đại tướng Phùng Quang Thanh đã tiếp đoàn đại biểu quân sự cấp cao Lào."
    assert holdings(text) == {("Phùng Quang Thanh", "Bộ trưởng Bộ Quốc phòng")}
