"""People given an award at an event are received at it (attendees), from real corpus sentences."""

from kg.extraction import extract
from kg.model import Article


def _events(text: str, **kw):
    return extract(Article("t", "", text, **kw)).events


def test_recipients_named_after_cho_attend_the_ceremony():
    text = ("Sáng 24-2, tại TP.HCM, Chủ tịch UBND TP Lê Thanh Hải dự lễ kỷ niệm ngày Thầy thuốc Việt Nam. "
            "Dịp này, UBND TP đã trao tặng Huân chương Lao động hạng ba của Chủ tịch nước cho bốn cá nhân: BS Nguyễn "
            "Chấn Hùng (giám đốc Trung tâm Ung bướu), DS Nguyễn Văn Thục (phó giám đốc BV Da liễu) và PGS.TS Lê Chí "
            "Dũng.")
    [event] = _events(text, published="2005-02-25")
    assert event.date == "2005-02-24"
    assert set(event.attendees) == {"Lê Thanh Hải", "Nguyễn Chấn Hùng", "Nguyễn Văn Thục", "Lê Chí Dũng"}


def test_the_parent_named_beside_a_recipient_is_not_there_nor_her_home_the_venue():
    text = ("Sáng 5-3, tại Nhà hát TPHCM, ông Lê Hiếu Đằng, Phó Chủ tịch Ủy ban MTTQ TPHCM, dự lễ trao học bổng. "
            "Ca sĩ Đan Trường ký tặng 1 năm học bổng cho em Trần Đức Phương (con chị Phạm Ngọc Thủy ở tỉnh Vĩnh "
            "Long).")
    [event] = _events(text, published="2006-03-06")
    assert "Trần Đức Phương" in event.attendees and "Phạm Ngọc Thủy" not in event.attendees
    assert "Vĩnh Long" not in event.locations


def test_a_gift_sent_is_no_award_at_the_event():
    text = ("Sáng 5-3, Đại tướng Đoàn Khuê dự lễ kỷ niệm tại địa đạo Vịnh Mốc. Đại tướng đã gửi quà tặng cho người "
            "tổng công trình sư này, đó là ông Lê Xuân Vi, thương binh 1/4.")
    [event] = _events(text, published="2006-03-06")
    assert event.attendees == ["Đoàn Khuê"]
