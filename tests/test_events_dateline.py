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


def test_an_event_to_come_after_the_report_gives_it_no_place():
    text = ("Ngày 23-2, tại Văn phòng Thành ủy TPHCM, đồng chí Nguyễn Minh Triết, Bí thư Thành ủy TPHCM, đã có buổi "
            "tiếp thân mật ông Charles Bailey, đại diện Quỹ Ford tại VN.\nMột cuộc hội thảo về quản lý và phát triển "
            "nghiên cứu khoa học sẽ diễn ra tại Hà Nội và TPHCM từ ngày 27-2 đến 3-3.")
    [event] = extract(Article("t", "", text)).events
    assert event.attendees == ["Nguyễn Minh Triết", "Charles Bailey"]
    assert "Hà Nội" not in event.locations


def test_the_visit_told_just_before_the_report_places_it():
    text = ("Mỹ sẽ cung cấp 18 tàu tuần tra cho Việt Nam.\nMỹ cũng đang củng cố mối hợp tác về an ninh với Việt Nam.\n"
            "Mỹ bên cạnh đó còn trợ giúp Việt Nam.\nHải quân hai nước đang hợp tác ngày càng chặt chẽ hơn.\n"
            "Tổng thống Mỹ Barack Obama đang có chuyến thăm chính thức Việt Nam kéo dài ba ngày. Trong cuộc họp báo "
            "chung với Chủ tịch nước Trần Đại Quang diễn ra hôm qua, Tổng thống Mỹ Obama tuyên bố dỡ bỏ hoàn toàn "
            "lệnh cấm vận vũ khí.")
    [event] = extract(Article("t", "", text)).events
    assert set(event.attendees) == {"Barack Obama", "Trần Đại Quang"} and event.locations == ["Việt Nam"]


def test_a_word_joined_range_of_days_with_a_hyphened_month_keys_its_first_day():
    text = ("Trong hai ngày 17 và 18-3-2006, lãnh đạo các bộ, ngành dưới sự chủ trì của Phó Thủ tướng Nguyễn Tấn Dũng "
            "đã ngồi lại với nhau bàn cơ chế hợp tác liên kết phát triển tại hội nghị.")
    [event] = extract(Article("t", "", text)).events
    assert event.date == "2006-03-17" and event.chairs == ["Nguyễn Tấn Dũng"]


def test_a_hyphen_after_a_dash_range_is_still_no_month():
    from kg.extraction.dates import find_dates
    assert [d.iso for d in find_dates("Ngày 12-14-4 hội nghị", 0, None, None)] == []
