"""Event date keys, ninth session: each case is a real corpus sentence outside the gold sets."""

from __future__ import annotations

from datetime import date

from kg.extraction.dates import find_dates, year_context


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


def _keys(text: str) -> list[str | None]:
    return [d.iso for d in find_dates(text, 0, None, year_context(text))]


def test_a_year_to_come_late_in_a_year_is_the_next_one() -> None:
    # vntc-test-XH_VNE_T_(7813), undated: the year to come ('đầu năm 2006, sẽ khởi công') told at an October session
    text = ("Nhà ở, đất đai được HĐND Hà Nội góp ý sôi nổi\n"
            "Nhà nguy hiểm chậm cải tạo ... được thảo luận sôi nổi trong phiên chất vấn tại HĐND Hà Nội chiều 9/10.\n"
            "Ông Quang cho hay, đầu năm 2006, sẽ khởi công xây dựng khu chung cư cho công nhân trên diện tích 3 ha.")
    assert _keys(text)[0] == "2005-10-09"


def test_a_year_to_come_early_in_a_year_is_that_one() -> None:
    # vntc-test-XH_VNE_T_(2938), undated: 'năm 2005 sẽ tập trung vào ...' at a January press briefing
    text = ("Thủ tướng yêu cầu các bộ trưởng làm gương ... trong cuộc họp báo thường kỳ chiều 28/1.\n"
            "Về công tác chống tham nhũng, năm 2005 sẽ tập trung vào 3 nội dung chính: rà soát lại hệ thống pháp luật.")
    assert _keys(text)[0] == "2005-01-28"


def test_a_deadline_year_to_come_gives_no_year() -> None:
    # vntc-train-XH_NLD_(4102), undated: 'trong năm 2007 sẽ cơ bản hoàn thành' is a deadline, not the year of 3-3
    text = ("Quy hoạch ... vừa được UBND TP công bố tại buổi họp báo ngày 3-3.\n"
            "BQL KĐTM Thủ Thiêm cho biết trong năm 2007 sẽ cơ bản hoàn thành công tác bồi thường giải tỏa.")
    assert _keys(text)[0] is None


def test_a_quantity_of_a_year_is_no_year_to_come() -> None:
    # vntc-test-XH_VNE_T_(5376): 'từ 7,2 tỉ USD năm 2004 sẽ tăng lên' tells of 2004's trade, no year to come
    text = ("Sáng 18/7, Chủ tịch nước Trần Đức Lương sẽ dẫn đầu đoàn đại biểu cấp cao.\n"
            "Quan hệ kinh tế thương mại cũng đã phát triển mạnh mẽ, từ 7,2 tỉ USD năm 2004 sẽ tăng lên 10 tỉ USD.")
    assert year_context(text).coming == ()


def test_a_tet_named_by_its_lunar_year_dates_the_days_around_it() -> None:
    # vntc-train-XH_NLD_(4817), undated: 'mừng Xuân Bính Tuất' is the spring of 2006, so its 21-1 is of 2006
    text = ("(NLĐ)- Ấm áp, thân tình là không khí buổi họp mặt kiều bào mừng Xuân Bính Tuất do UBND TP tổ chức tại "
            "Khu Du lịch Văn Thánh vào chiều 21-1.\n"
            "Theo Ủy ban Về Người Việt Nam ở nước ngoài TP, năm 2005 kiều bào đã có nhiều đóng góp.")
    assert _keys(text)[0] == "2006-01-21"
    # vntc-test-XH_TT_T_(10029): tickets for Tết Ất Dậu (2005) sold in November are of 2004
    text = "Chiều 10-11, tại cuộc gặp gỡ với báo chí về việc bán vé trong dịp Tết Ất Dậu, ông cho biết."
    assert _keys(text)[0] == "2004-11-10"


def test_a_lunar_year_of_history_dates_nothing() -> None:
    text = "Sáng 30-1, cựu chiến binh kể lại cuộc Tổng tiến công Tết Mậu Thân 1968 tại Huế."
    assert _keys(text)[0] is None


def test_a_day_after_den_is_a_bound_not_the_day_of_the_event() -> None:
    # vntc-test-XH_VNE_T_(3173): the conference opened 'sáng nay'; 'đến hết ngày 25/2' is when it ends
    s = ("Hội nghị quốc tế về cúm gia cầm lần này diễn ra đến hết ngày 25/2, do Tổ chức lương thực thế giới (FAO), "
         "Tổ chức y tế thế giới (WHO) và Tổ chức Thú y thế giới (OIE) phối hợp tổ chức.")
    assert _strong(s, date(2005, 2, 23)) == []
    # dantri-unc-news_business_155: an 'as of' day
    s = "Theo Forbes, tính tới hết ngày 19/4, khối tài sản của ông Trần Đình Long đạt 2,8 tỷ USD."
    assert _strong(s, date(2021, 4, 20)) == []


def test_a_day_of_a_review_of_a_year_is_early_in_the_next_one() -> None:
    # vntc-train-XH_NLD_(4193), undated: a review of 2001-2005 held on 24-1 is of 2006
    text = ("Đà Nẵng: “TP 5 không” thành công nhờ tính thiết thực (NLĐ)- Ngày 24-1, UBND TP Đà Nẵng tổ chức hội nghị "
            "tổng kết 5 năm (2001-2005) thực hiện chương trình “TP 5 không”.")
    assert _keys(text)[0] == "2006-01-24"
    # vntc-train-XH_NLD_(4890): the review of 2004 and the targets of 2005 on 18-3: 2005
    text = ("(NLĐ)- Sở LĐ-TB-XH TPHCM đã tổ chức hội nghị tổng kết công tác giải quyết việc làm (GQVL) năm 2004 và bàn "
            "các chương trình mục tiêu GQVL năm 2005 vào ngày 18-3.\nTrong năm qua, TPHCM đã GQVL cho 230.000 người.")
    assert _keys(text)[0] == "2005-03-18"


def test_an_anniversary_count_of_a_day_of_history_dates_the_weeks_around_it() -> None:
    # vntc-train-XH_NLD_(5003), undated: 60 years of the general election of 6-1-1946, met on 4-1: 2006
    text = ("(NLĐ)- Nhân dịp kỷ niệm 60 năm Quốc hội (QH) VN, sáng 4-1, tại Hà Nội, Ủy ban Thường vụ QH đã tổ chức gặp "
            "mặt các đại biểu QH từ khóa I đến nay\nđể ôn lại truyền thống, kỷ niệm hoạt động của QH, nhất là cuộc "
            "tổng tuyển cử đầu tiên (6-1-1946) của nước VN độc lập.")
    assert _keys(text)[0] == "2006-01-04"


def test_a_day_of_every_year_is_no_event_day() -> None:
    # vntc-test-XH_VNE_T_(5914), undated: the rally of 15/8 for 60 years of the police (19/8/1945) is of 2005; '19/8
    # hằng năm' is the day of every year it sets
    text = ("Ngày 15/8, tại lễ mít tinh kỷ niệm 60 năm thành lập lực lượng công an nhân dân Việt Nam, Thủ tướng Phan "
            "Văn Khải tuyên bố, từ 2005 lấy ngày 19/8 hằng năm là Ngày hội Toàn dân bảo vệ an ninh Tổ quốc.\n"
            "Ngày 19/8/1945, cuộc tổng khởi nghĩa giành chính quyền ở Hà Nội thắng lợi.")
    found = find_dates(text, 0, None, year_context(text))
    assert [(d.iso, d.strong) for d in found][:2] == [("2005-08-15", True), ("2005-08-19", False)]


def test_a_full_date_of_history_keys_no_event() -> None:
    # vntc-test-XH_NLD_T_(9478): the day of 1975 the article looks back on is no event it reports
    s = ("Giáp truyền đạt ý kiến chỉ đạo của Bộ Chính trị và Quân ủy Trung ương, vào lúc 12 giờ 25 phút ngày "
         "30-4-1975, sau khi nhận được tin ta đã làm chủ thành phố Sài Gòn")
    assert _strong(s, None) == []
    # vntc-test-XH_VNE_T_(6220)
    s = "Chủ tịch Hồ Chí Minh, người đã tuyên bố độc lập vào ngày 2/9/1945."
    assert _strong(s, date(2005, 8, 31)) == []


def test_a_signing_date_is_a_day_of_the_event_a_document_date_is_not() -> None:
    # vntc-test-XH_VNE_T_(9140): 'ký kết' concludes an agreement at a ceremony
    s = ("Nội dung trên nằm trong Biên bản hợp tác ghi nhớ, được ký kết ngày 25/6 tại Viện nghiên cứu Mc Govern, "
         "thuộc Học viện Công nghệ Massachusetts")
    assert _strong(s, date(2005, 6, 26)) == ["2005-06-25"]
    s = "Theo Quyết định số 123 do Thủ tướng ký ngày 25/6, Bộ sẽ thành lập ban chỉ đạo."
    assert [d.iso for d in find_dates(s, 0, date(2005, 6, 26))] == []
