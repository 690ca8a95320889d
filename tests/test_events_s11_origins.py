"""'đến từ'/'tới từ' + a place tells where someone comes from, not where the event is held (real corpus sentences,
outside the gold sets)."""

from kg.extraction import extract
from kg.model import Article


def _locations(text: str) -> set[str]:
    return {loc for event in extract(Article("t", "", text)).events for loc in event.locations}


def test_a_star_from_england_does_not_place_the_award_ceremony():
    text = ("Ngôi sao đến từ nước Anh, người nhận được 8 đề cử nhưng không thể có mặt tại lễ trao giải vì đang "
            "tiếp tục "
            "chuyến lưu diễn thế giới của mình, đã đánh bại Justin Bieber, Drake, Taylor Swift và The Weeknd để giành "
            "giải thưởng danh giá nhất trong đêm: Nghệ sĩ của năm.")
    assert "Anh" not in _locations(text)


def test_a_guest_from_america_does_not_place_the_groundbreaking():
    text = ("Sáng 26-5, tại xã Phổ Cường, huyện Đức Phổ, tỉnh Quảng Ngãi, Trung ương Đoàn đã tổ chức lễ khởi công "
            "bệnh xá Đặng Thùy Trâm. Có mặt tại buổi lễ còn có một người khách đặc biệt đến từ nước Mỹ, đó là Robert "
            "Whitehurst - anh trai của Fred Whitehurst.")
    assert "Mỹ" not in _locations(text)
