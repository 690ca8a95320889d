"""'thị sát' (an inspection tour) is a working visit its inspector takes part in (real corpus sentences)."""

from kg.extraction import extract
from kg.model import Article


def test_an_inspection_tour_is_a_visit():
    text = ("TP HCM mạnh tay với nạn khai thác cát trái phép. Sáng 20/9, Phó chủ tịch UBND TP HCM Nguyễn Thiện Nhân "
            "thị sát tình hình khai thác cát lậu trên địa bàn huyện Nhà Bè - Cần Giờ.")
    [event] = extract(Article("t", "", text)).events
    assert (event.type, event.attendees) == ("visit", ["Nguyễn Thiện Nhân"])
