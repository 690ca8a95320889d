"""A sentence opening 'Theo ông X, ...' in the report of a conference, workshop or sitting tells what a speaker
said there, as 'ông X cho biết' does (real corpus sentences, outside the gold sets)."""

from kg.extraction import extract
from kg.model import Article


def _attendees(text: str) -> set[str]:
    return {name for event in extract(Article("t", "", text)).events for name in event.attendees + event.chairs}


def test_a_source_opening_the_sentence_after_a_workshop_lead_speaks_at_it():
    text = ("Ngày 9.3, tại TP.HCM, Bộ GD - ĐT tổ chức hội thảo về Dự thảo quy chế xét công nhận tốt nghiệp THCS. "
            "Theo ông Lê Quán Tần, Vụ trưởng Vụ Giáo dục trung học, Bộ GD - ĐT thì: \"Bộ dự kiến 3 phương thức tuyển "
            "sinh vào lớp 10\".")
    [event] = extract(Article("t", "", text)).events
    assert (event.attendees, event.locations) == (["Lê Quán Tần"], ["Hồ Chí Minh"])


def test_a_source_in_a_workshop_report_speaks_at_it():
    text = ("Ngày 28.3, tại Hà Nội, Công đoàn Giáo dục VN đã tổ chức hội thảo quản lý và sử dụng hiệu quả thiết bị dạy "
            "học. Theo ông Lương Tất Thùy, Phó Chủ tịch Công đoàn Giáo dục VN, từ tháng 6-2004 đến tháng 3-2006, Công "
            "đoàn Giáo dục đã tiến hành điều tra khảo sát đối với 2.000 cán bộ quản lý giáo dục.")
    assert _attendees(text) == {"Lương Tất Thùy"}


def test_a_source_with_no_event_reported_takes_part_in_nothing():
    text = ("Hà Nội còn 10 điểm dễ úng ngập trong mùa mưa. Theo ông Nguyễn Sĩ Bảo, Giám đốc Công ty Thoát nước Hà "
            "Nội, tại thủ đô còn một số tuyến phố dễ xảy ra úng ngập khi mưa bão lớn.")
    assert _attendees(text) == set()
