"""The people a meeting to come is with ("Dự kiến, ... sẽ có cuộc hội đàm với Chủ tịch nước A, hội kiến với Tổng Bí
thư B") take no part in the event reported, from real corpus sentences."""

from kg.extraction import extract
from kg.model import Article


def _attendees(text: str, **kw) -> set[str]:
    return {a for e in extract(Article("t", "", text, **kw)).events for a in e.attendees + e.chairs}


def test_those_a_visitor_is_planned_to_hold_talks_with_are_not_at_his_arrival():
    text = ("Hôm nay, 16-3, Quốc vương Campuchia Norodom Sihamoni đến Hà Nội, bắt đầu chuyến thăm chính thức VN. "
            "Dự kiến, trong thời gian ở thăm VN, Quốc vương Sihamoni sẽ có cuộc hội đàm với Chủ tịch nước Trần Đức "
            "Lương, hội kiến với Tổng Bí thư Nông Đức Mạnh và Thủ tướng Phan Văn Khải.")
    got = _attendees(text)
    assert "Norodom Sihamoni" in got
    assert not {"Nông Đức Mạnh", "Trần Đức Lương", "Phan Văn Khải"} & got


def test_talks_a_visit_under_way_announces_firmly_are_part_of_it():
    text = ("Tối qua (19/1), Tổng thống Mông Cổ Natsagyn Bagabandi và phu nhân cùng đoàn doanh nghiệp đến Hà Nội, "
            "bắt đầu chuyến thăm Việt Nam 5 ngày. "
            "Bagabandi sẽ có cuộc hội đàm, hội kiến với Tổng bí thư Nông Đức Mạnh, Chủ tịch nước Trần Đức Lương.")
    assert {"Natsagyn Bagabandi", "Nông Đức Mạnh", "Trần Đức Lương"} <= _attendees(text)


def test_the_meetings_a_planned_programme_lists_are_to_come():
    text = ("Hôm qua 27/4, trong buổi tiếp kiến lãnh đạo TP.HCM nhân chuyến thăm Việt Nam, Bộ trưởng Bộ Cựu chiến "
            "binh Mỹ James Nicholson cho biết Mỹ sẽ hỗ trợ. "
            "Dự kiến, chuyến thăm Việt Nam của ông sẽ kéo dài đến 29.4, trong đó có các buổi gặp Thủ tướng Phan Văn "
            "Khải, Bộ trưởng Bộ Lao động - Thương binh - Xã hội Nguyễn Thị Hằng...")
    got = _attendees(text, published="2006-04-28")
    assert "James Nicholson" in got
    assert not {"Phan Văn Khải", "Nguyễn Thị Hằng"} & got


def _met_later_of(sentence: str, name: str) -> bool:
    from kg.extraction.events import _met_later
    from kg.text.normalize import fold
    from kg.text.segment import tokens
    toks = tokens(sentence, 0, len(sentence))
    keys = [fold(t.text) for t in toks]
    return _met_later(toks, keys, keys.index(fold(name)))


def test_a_visit_made_before_the_future_is_no_meeting_to_come():
    assert not _met_later_of("Đây dự kiến là một bước đi quan trọng trong quan hệ giữa quân đội hai nước sau "
                             "chuyến thăm Việt Nam của Tổng thống Barack Obama.", "Barack")
    assert _met_later_of("Dự kiến, ông Mạnh sẽ hội đàm với Thủ tướng Schroeder cũng như quan chức cao cấp khác.",
                         "Schroeder")


def test_a_lead_glued_to_a_headline_with_a_plan_does_not_put_the_reception_off():
    text = ("Peru dự kiến mở sứ quán tại Hà Nội Tại buổi tiếp Bộ trưởng Ngoại giao Cộng hòa Peru Oscar Maurtua de "
            "Romana hôm qua tại Hà Nội, Chủ tịch nước Trần Đức Lương nhấn mạnh: quan hệ hai nước đang phát triển tốt.")
    assert {"Trần Đức Lương", "Oscar Maurtua de Romana"} <= _attendees(text)
