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
