"""An event's name written in quotation marks after 'tại'/'trong'/'dự' ('tại "Hội nghị tổng kết ..." do Bộ Y tế ...
tổ chức') is the name of the event the report tells, not a quotation: the event opens and its speakers take part
(real corpus sentences, vntc-test-XH_TN_T_(8423))."""

from kg.extraction import extract
from kg.model import Article

_LEAD = ("Hàng loạt những nỗi khổ của người có thẻ BHYT đã được \"thống kê\" tại \"Hội nghị tổng kết 5 năm thực hiện "
         "Nghị định 58 của Chính phủ về bảo hiểm y tế\" do Bộ Y tế, Bộ Tài chính, Bộ Lao động - Thương binh và Xã hội "
         "tổ chức ngày 9/7 tại Hà Nội.")
_SPEAKER = ("Ông Lương Ngọc Khuê, Phó Vụ trưởng Vụ Điều trị nêu rõ: \"Quỹ BHYT kết dư tương đối lớn là vấn đề cần "
            "được xem xét toàn diện\".")


def test_a_conference_named_in_quotes_after_tai_opens_with_its_speaker():
    events = extract(Article("t", "", f"{_LEAD}\n{_SPEAKER}")).events
    assert [(e.date, e.attendees, e.locations) for e in events] == [(None, ["Lương Ngọc Khuê"], ["Hà Nội"])]


def test_a_quotation_opening_with_an_event_word_is_still_speech():
    text = ("“Hội nghị lần này đã thống kê hàng loạt những nỗi khổ của người có thẻ BHYT”, ông Lương Ngọc Khuê, Phó Vụ "
            "trưởng Vụ Điều trị nói.")
    assert extract(Article("t", "", text)).events == []
