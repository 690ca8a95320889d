"""A meeting told as chaired in the past tense took place, even well after the first date of an undated report
(real corpus sentences, vntc-test-XH_VNE_T_(1807))."""

from kg.extraction import extract
from kg.model import Article

_LEAD = ("Ông Huỳnh Phụ kể lại: Lúc 8h ngày 11/6/2004, nhận được tin áp thấp nhiệt đới, lúc đó tàu đang ở vị trí "
         "cách bờ khoảng 300 hải lý, ông cho tàu tìm nơi ẩn nấp.\n")


def test_a_meeting_chaired_days_after_the_first_date_is_reported():
    text = _LEAD + ("Chiều 16/6, một cuộc họp khẩn cấp do chủ tịch UBND tỉnh Nguyễn Xuân Phúc chủ trì đã quyết định "
                    "tăng cường thêm một tàu của hải đội 2 và tàu kiểm ngư 500CV xuất phát từ cảng Kỳ Hà.")
    [event] = extract(Article("t", "", text)).events
    assert event.chairs == ["Nguyễn Xuân Phúc"]
    assert event.date.endswith("-06-16")


def test_a_meeting_to_be_chaired_is_not_dated_as_held():
    text = _LEAD + ("Chiều 16/6, Chủ tịch UBND tỉnh Nguyễn Xuân Phúc sẽ chủ trì cuộc họp khẩn cấp để quyết định "
                    "tăng cường thêm một tàu của hải đội 2.")
    assert all(not (e.date or "").endswith("-06-16") for e in extract(Article("t", "", text)).events)
