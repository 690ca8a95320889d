"""'tiếp đến' (next, then) receives nobody."""

from kg.extraction import extract
from kg.model import Article


def test_tiep_den_is_next_not_a_reception():
    text = ("Tiếp đến là các bị cáo Nguyễn Văn Tùng (SN 1966), trú tại phố Nguyễn Trãi, phường Võ Cường, TP Bắc Ninh, "
            "tỉnh Bắc Ninh; Vũ Quốc Khánh (SN 1990), trú tại Phù Lưu, phường Đông Ngàn, thị xã Từ Sơn.")
    assert extract(Article("t", "", text)).events == []
    text = ("Tiếp đến Cục cảnh sát Kinh tế, Bộ Công an đã bóc gỡ đường dây buôn lậu xăng qua biên giới do vợ chồng "
            "Trần Thế Hùng cầm đầu.")
    assert extract(Article("t", "", text)).events == []


def test_receiving_a_guest_is_still_a_reception():
    text = "Sáng 5/4, Chủ tịch nước Trần Đại Quang tiếp Đại sứ Mỹ Ted Osius."
    [event] = extract(Article("t", "", text, published="2016-04-05")).events
    assert event.attendees == ["Trần Đại Quang", "Ted Osius"]
