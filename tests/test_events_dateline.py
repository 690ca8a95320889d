"""A headline 'Province: <event>' places the article's one event when the text places it nowhere (real corpus
headlines and sentences)."""

from kg.extraction import extract
from kg.model import Article


def test_headline_province_places_the_one_event_of_its_kind():
    text = ("Sáng 31/1, Thủ tướng Phan Văn Khải đã nhấn nút khởi công dự án Đại lộ Đông - Tây, một công trình giao "
            "thông lớn nhất từ trước tới nay của thành phố.")
    [event] = extract(Article("t", "TP HCM: Khởi công dự án Đại lộ Đông tây", text)).events
    assert event.attendees == ["Phan Văn Khải"] and event.locations == ["Hồ Chí Minh"]


def test_headline_of_another_kind_or_a_placed_event_adds_nothing():
    text = ("Sáng 31/1, Thủ tướng Phan Văn Khải đã nhấn nút khởi công dự án Đại lộ Đông - Tây tại quận 2, TP HCM.")
    [event] = extract(Article("t", "Hà Nội: Khởi công dự án Đại lộ Đông tây", text)).events
    assert "Hà Nội" not in event.locations
    text = "Sáng 31/1, Thủ tướng Phan Văn Khải đã nhấn nút khởi công dự án Đại lộ Đông - Tây."
    [event] = extract(Article("t", "TP HCM: Giá nhà tăng mạnh", text)).events
    assert event.locations == []
