"""Event date keys, tenth session: each case is a real corpus sentence outside the gold sets."""

from __future__ import annotations

from kg.extraction.dates import find_dates, year_context


def _keys(text: str, line: int = 0) -> list[str | None]:
    """The keys of the dates of one line of the text, read with the years of the whole text."""
    lines = text.split("\n")
    offset = sum(len(x) + 1 for x in lines[:line])
    return [d.iso for d in find_dates(lines[line], offset, None, year_context(text))]


def test_a_tet_visit_after_a_year_told_as_over_is_of_the_next_year() -> None:
    # vntc-train-XH_NLD_(4499), undated: a Tết visit where the hospital reports what it did in 2005
    text = ("(NLĐ)- Sáng 20-1, ông Nguyễn Minh Triết, Ủy viên Bộ Chính trị - Bí thư Thành ủy TPHCM, đã đến thăm, chúc "
            "Tết tập thể y, bác sĩ Bệnh viện Ung bướu TPHCM.\n"
            "Giáo sư Nguyễn Chấn Hùng, Giám đốc Bệnh viện Ung bướu, cho biết năm 2005, bệnh viện đã khám cho hơn 1,1 "
            "triệu lượt bệnh nhân, phẫu trị 10.000 ca mổ...")
    assert _keys(text)[0] == "2006-01-20"


def test_a_tet_visit_honouring_last_years_deeds_is_of_the_year_told_as_current() -> None:
    # vntc-test-XH_NLD_T_(9324), undated: the households of the 2004 campaign are visited; '... phải xem xét giải quyết
    # ngay trong năm 2005' tells 2005 as the current year
    text = ("(NLĐ)- Chiều 4-2, Chủ tịch UBND TP Lê Thanh Hải cùng lãnh đạo UBND quận Tân Phú đã đến thăm và chúc Tết 5 "
            "hộ gia đình tiêu biểu trong phong trào hiến đất làm đường ở quận Tân Phú năm 2004.\n"
            "Chủ tịch Lê Thanh Hải đã chỉ đạo Chủ tịch quận Tân Phú phải xem xét giải quyết ngay trong năm 2005.")
    assert _keys(text)[0] == "2005-02-04"


def test_a_tet_visit_in_a_year_told_as_current_keeps_it() -> None:
    # vntc-train-XH_NLD_(4181), undated: 'ngay từ đầu năm 2006 đã tập trung chỉ đạo' is the current year
    text = ("(NLĐ)-Ngày 22-1, Chủ tịch Quốc hội Nguyễn Văn An đã đến thăm và chúc Tết cán bộ và nhân dân tỉnh "
            "Trà Vinh.\n"
            "Chủ tịch Quốc hội biểu dương tỉnh Trà Vinh ngay từ đầu năm 2006 đã tập trung chỉ đạo, triển khai nhiều "
            "chương trình.")
    assert _keys(text)[0] == "2006-01-22"


def test_a_year_until_whose_end_a_measure_runs_is_current() -> None:
    # vntc-test-XH_VNE_T_(2998), undated, a text of the Tết season: 'đến hết năm 2005' is no year over
    text = ("Khôi phục tiêu thụ gia cầm an toàn dịp Tết\n"
            "Cục trưởng Cục Thú y Bùi Quang Anh, cho biết, chiều 2/2, Chính phủ đã có buổi làm việc với Ban Chỉ đạo.\n"
            "Các tỉnh sẽ thu mua toàn bộ vịt của dân và không khôi phục đàn vịt đến hết năm 2005.")
    assert _keys(text, 1)[0] == "2005-02-02"


def test_no_tet_cue_no_festive_year() -> None:
    text = ("Sáng 20-1, ông Nguyễn Minh Triết đã đến thăm Bệnh viện Ung bướu TPHCM.\n"
            "Giáo sư Nguyễn Chấn Hùng cho biết năm 2005, bệnh viện đã khám cho hơn 1,1 triệu lượt bệnh nhân.")
    assert _keys(text)[0] is None


def test_a_congress_opening_a_term_counted_from_the_next_year_is_held_late_in_the_year_before() -> None:
    # vntc-train-XH_NLD_(4289), undated
    text = ("(NLĐ) - Sáng 28-12, Đại hội Đại biểu Đảng bộ Khối các cơ quan Đối ngoại Trung ương lần thứ VI (nhiệm kỳ "
            "2006-2010) đã khai mạc tại Hà Nội.")
    assert _keys(text)[0] == "2005-12-28"


def test_a_congress_opening_a_five_year_term_is_held_in_its_first_year() -> None:
    # vntc-train-XH_NLD_(4257), undated
    text = "Sáng 27-9, Đại hội Đảng bộ quận 5 - TPHCM, nhiệm kỳ 2005-2010 chính thức khai mạc, mở đầu thời kỳ mới."
    assert _keys(text)[0] == "2005-09-27"


def test_a_term_the_congress_reviews_gives_no_year() -> None:
    text = "Sáng 21-12, Đại hội đã tổng kết nhiệm kỳ 2001-2005 của Đảng bộ tỉnh."
    assert _keys(text)[0] is None


def test_the_date_of_a_related_article_link_is_no_year_of_the_text() -> None:
    # vntc-test-XH_VNE_T_(7866), undated VnExpress: the links closing the article carry their own dates
    text = ("Sáng 14/12, Phó chủ tịch UBND thành phố Phùng Hữu Phú đã họp với các sở ngành về đăng ký xe máy.\n"
            "Hà Nội cho phép dân ngoại thành đăng ký hơn 1 xe máy(13/12/2005)\n"
            "'Tôi sẽ báo cáo Quốc hội về quy định vi hiến của Hà Nội'(10/12/2005)\n"
            "Hà Nội chưa bỏ quy định ngừng đăng ký xe máy(09/12/2005)")
    assert _keys(text) == [None]


def test_a_date_closing_a_sentence_of_the_text_is_kept() -> None:
    text = ("Sáng 14/12, ông Phùng Hữu Phú đã họp với các sở ngành.\n"
            "Đoàn kiểm tra làm việc với các quận trong tháng 12/2005 (12/12/2005).")
    assert _keys(text) == ["2005-12-14"]


def test_a_target_year_in_the_sentence_is_not_the_days_year() -> None:
    # vntc-train-XH_NLD_(4718), undated: the 2020 target is no year of the workshop of 14-3
    s = ("Sẽ có 14,3 triệu ha rừng bền vững (NLĐ)- Thứ trưởng Bộ NN-PTNT Hứa Đức Nhị đã đặt ra mục tiêu như vậy vào "
         "năm 2020 tại hội thảo xây dựng chiến lược lâm nghiệp quốc gia giai đoạn 2006–2020 diễn ra ngày 14-3.")
    assert [d.iso for d in find_dates(s, 0, None)] == [None]


def test_the_year_written_after_a_planned_day_is_its_own() -> None:
    # vntc-test-XH_VNE_T_(5097): 'sẽ' before, but the year is the day's own
    s = "Hội thảo du học Anh sẽ được tổ chức vào lúc 18h ngày 7/7 năm 2005 tại khách sạn Tray, Hải Phòng."
    assert [d.iso for d in find_dates(s, 0, None)] == ["2005-07-07"]


def test_a_day_early_in_the_year_after_a_reviewed_year_named_in_its_sentence() -> None:
    # vntc-test-XH_NLD_T_(9719), undated: the caption names 2004 as the year of the merits; the body reviews it
    text = ("Đồng chí Nguyễn Minh Triết trò chuyện với các đại biểu tham dự mít tinh sáng 3-2 Đảng bộ cơ quan LĐLĐ "
            "TPHCM tặng bằng khen cho 68 tập thể, cá nhân hoàn thành xuất sắc nhiệm vụ trong năm 2004\n"
            "Đảng bộ cơ quan LĐLĐ TPHCM tổ chức mít tinh kỷ niệm ngày thành lập Đảng và tổng kết hoạt động năm 2004.")
    assert _keys(text) == ["2005-02-03"]
