"""Event date keys, ninth session: each case is a real corpus sentence outside the gold sets."""

from __future__ import annotations

from datetime import date

from kg.extraction.dates import find_dates


def _strong(sentence: str, published: date | None) -> list[str | None]:
    return [d.iso for d in find_dates(sentence, 0, published) if d.strong]


def test_capitalised_date_word_after_a_run_in_headline_opens_the_lede() -> None:
    # vntc-train-XH_TT_(3020): the headline's 'sau khi' is no 'since' clause of the lede's date
    s = ("Thả cá sấu tại trại anh Hùng sau khi đã kiên cố chuồng trại Sáng 10-10-2004, anh Lê Hoàng Vũ ở số 1 "
         "Nguyễn Du, phường 2 (TX Cao Lãnh, Đồng Tháp) vừa")
    assert _strong(s, None) == ["2004-10-10"]
    # vntc-train-XH_NLD_(3698): the headline's 'sẽ' is no plan of the lede's date
    s = ("Sinh viên sẽ được học cùng lúc hai chương trình của một trường Ngày 13.10, Bộ Giáo dục - Đào tạo đã "
         "công bố bản dự thảo quy chế mới về đào tạo đại học")
    assert _strong(s, date(2005, 10, 14)) == ["2005-10-13"]


def test_lower_case_date_word_keeps_its_clause() -> None:
    s = "Bộ sẽ tổ chức hội nghị vào ngày 13.10 tại Hà Nội"
    assert _strong(s, date(2005, 10, 1)) == []
