"""An undated article's "sáng nay (7-1)": the day and month in brackets right after a relative day are the day
reported when a date the text writes in full ties them to a year (a decree issued the day before); a year the text
only plans or targets ("chương trình ... của năm 2006") leaves them undated (corpus)."""

from __future__ import annotations

from kg.extraction import extract
from kg.model import Article


def _dates(text: str) -> set[str | None]:
    return {e.date for e in extract(Article("t", "", text)).events}


def test_a_day_in_brackets_after_sang_nay_takes_the_year_of_the_decree_issued_the_day_before() -> None:
    # vntc-train-XH_NLD_(4413), undated
    text = ("(NLĐO) - Bộ trưởng Bộ LĐ-TB-XH Nguyễn Thị Hằng đã tuyên bố như vậy tại buổi họp báo giới thiệu Nghị định "
            "03/2006/NĐ-CP của Chính phủ, ban hành ngày 6-1-2006 về điều chỉnh lương tối thiểu trong doanh nghiệp có "
            "vốn đầu tư nước ngoài do Bộ LĐ-TB-XH phối hợp với Tổng LĐLĐ Việt Nam tổ chức sáng nay (7-1) tại Hà Nội.")
    events = extract(Article("t", "", text)).events
    assert any(e.date == "2006-01-07" and "Hà Nội" in e.locations for e in events)


def test_a_day_in_brackets_with_only_a_planned_year_stays_undated() -> None:
    # vntc-train-XH_NLD_(4003), undated
    text = ("Kiến nghị nâng cấp Quốc lộ 50 (NLĐ) – Nằm trong chương trình hoạt động giám sát của năm 2006, hôm qua "
            "(29-3), Ban Văn hóa – Xã hội HĐND TPHCM đã có buổi làm việc tại Trung tâm Thể thao Giải trí Thành Long "
            "(TPHCM) nhằm tìm hiểu những khó khăn. Theo ông Quách Thành Lai, đại diện lãnh đạo trung tâm, khó khăn lớn "
            "nhất hiện nay vẫn là Quốc lộ 50.")
    assert _dates(text) == {None}


def test_a_hyphenated_pair_alone_is_still_no_date() -> None:
    text = "Ông Đào Văn Hưng dự cuộc họp, tỉ số 2-3 được nhắc lại."
    assert None in _dates(text) or not _dates(text)
