"""Event date keys from the opened ninth-session draws: each case is a real corpus sentence outside the gold sets."""

from __future__ import annotations

from kg.extraction.dates import find_dates, year_context


def _keys(text: str) -> list[str | None]:
    return [d.iso for d in find_dates(text, 0, None, year_context(text))]


def test_a_day_from_august_in_a_text_of_a_school_year_is_of_its_first_year() -> None:
    # vntc-train-XH_VNE_(857), undated: Teacher's Day told with the school year under way
    text = ("Tại lễ kỷ niệm, Trưởng ban Tư tưởng Văn hóa Trung ương Nguyễn Khoa Điềm đã chúc mừng tới các nhà giáo "
            "nhân ngày 20/11.\nNăm học 2003-2004, cả nước có gần 960.000 giáo viên, giảng viên và cán bộ giáo dục.")
    assert _keys(text) == ["2003-11-20"]


def test_a_reviewed_school_year_is_over_by_august() -> None:
    # vntc-test-XH_VNE_T_(5924), undated: the review of 2004-2005 is held in the August after it
    text = ("Chiều 15/8, tại Hội nghị tổng kết năm học 2004-2005, Bộ trưởng GDĐT Nguyễn Minh Hiển đã dành hơn 1 giờ "
            "để mổ xẻ những yếu kém của ngành giáo dục.")
    assert _keys(text) == ["2005-08-15"]


def test_a_spring_day_is_not_set_by_the_school_year() -> None:
    # a spring day may prepare the coming school year or close the current one: the school year leaves it open
    text = "Sáng 12/5, Sở GD-ĐT họp bàn tuyển sinh lớp 10 năm học 2006-2007."
    assert _keys(text) == [None]


def test_a_day_written_with_its_place_in_tet_takes_the_year_of_that_tet() -> None:
    # vntc-train-XH_NLD_(4753), undated: the eve of Tết Ất Dậu fell on 8 February 2005; the text also names last
    # year's Tết (Giáp Thân) and 2004, which left the year to the wrong one
    text = ("(NLĐ)- Chiều 8-2 (30 Tết Ất Dậu), đoàn LĐLĐ TPHCM do Chủ tịch Nguyễn Huy Cận dẫn đầu đã đi thăm, tặng "
            "quà, chúc tết các CNLĐ đang làm việc tại Công ty Truyền tải Điện 4.\n"
            "Năm 2004, nhờ có nhiều biện pháp đồng bộ, tỉ lệ thất thoát nước trên địa bàn TPHCM đã giảm.\n"
            "Theo ông Nguyễn Văn Mỡn, trung bình 3 ngày vừa qua, mỗi ngày CNLĐ trong công ty vận chuyển hơn 7.000 tấn "
            "rác đến các địa điểm xử lý (giảm hơn 1.000 tấn so với cùng kỳ Tết Giáp Thân).")
    assert _keys(text)[0] == "2005-02-08"


def test_a_tet_day_without_a_printed_year_is_left_open() -> None:
    # vntc-test-XH_VNE_T_(191): Tết fell on 22 January in 2004 and in 2023; a text that prints no year settles neither
    text = "Sáng 24/1 (tức mùng 3 Tết), Bắc Bộ chịu ảnh hưởng của không khí lạnh tăng cường."
    assert _keys(text) == [None]
