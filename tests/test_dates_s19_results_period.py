"""A clause framed by the period a figure is counted over ("Trong 2 năm 2003 và 2004, ... đã tài trợ", ", trong năm
2005, đã thực hiện ... 127 tỉ đồng", "ở thời điểm năm 2005") tells results, not a year the text ties to its event:
an undated article's day takes no year from it. Real corpus sentences of undated VNTC articles."""

from __future__ import annotations

from kg.extraction import extract
from kg.extraction.dates import find_dates, year_context
from kg.model import Article

# vntc-test-XH_NLD_T_(9601): the years of the aid the city received, told at the reception of 9-9
RECEPTION = ("Hội đồng Các nhà Lãnh đạo chính trị trẻ của Hoa Kỳ thăm và làm việc tại Đà Nẵng (NLĐ)- Chiều 9-9, tại "
             "Văn phòng UBND TP Đà Nẵng, ông Văn Hữu Chiến, Phó Chủ tịch UBND TP Đà Nẵng, đã đón tiếp Hội đồng Các "
             "nhà Lãnh đạo chính trị trẻ của Hoa Kỳ. Tại buổi làm việc, ông Văn Hữu Chiến đã giới thiệu về vị trí địa "
             "lý, kinh tế-xã hội TP Đà Nẵng. Trong 2 năm 2003 và 2004, nhiều tổ chức phi chính phủ của Hoa Kỳ đã tài "
             "trợ cho TP Đà Nẵng gần 70 dự án viện trợ nhân đạo, với tổng kinh phí 17 triệu USD.")
# vntc-train-XH_NLD_(4705): the year of the maintenance spent, in the lead's own line
MAINTENANCE = ("Vốn duy tu cầu đường chỉ đáp ứng được 50% nhu cầu (NLĐ)- Ngày 20-3, Ban Kinh tế Ngân sách HĐND TP "
               "đã có buổi làm việc với Sở GTCC về công tác duy tu cầu đường.Theo Sở GTCC, trong năm 2005, đã thực "
               "hiện duy tu cầu đường 127 tỉ đồng.")
# vntc-train-XH_NLD_(4092): the year of the activity the meeting is about is the meeting's
COURTS = ("Tiêu cực trong ngành tòa án còn nhiều tiềm ẩn (NLĐ) - Ngày 11-11, trong buổi làm việc với Ban Pháp chế HĐND "
          "TPHCM về tình hình hoạt động của ngành tòa án TPHCM trong năm 2005, ông Bùi Hoàng Danh nhận định: “Tình "
          "hình tiêu cực trong ngành tòa án còn nhiều tiềm ẩn”.\nTheo ông Danh, lãnh đạo ngành tòa án luôn quan tâm "
          "đến việc giáo dục cán bộ-công chức. Trong năm 2005, toàn ngành tòa án đã có một thư ký buộc thôi việc.")


def _first(text: str) -> str | None:
    return find_dates(text, 0, None, year_context(text))[0].iso


def test_the_years_of_aid_received_lend_no_year_to_the_reception() -> None:
    assert _first(RECEPTION) is None


def test_the_year_of_the_spending_reported_lends_no_year_to_the_session() -> None:
    assert _first(MAINTENANCE) is None
    events = extract(Article("t", "", RECEPTION)).events
    assert {e.date for e in events if "Văn Hữu Chiến" in e.attendees + e.chairs} == {None}


def test_the_year_of_the_activity_a_meeting_is_about_is_its_year() -> None:
    assert _first(COURTS) == "2005-11-11"
