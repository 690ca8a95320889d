from datetime import date

import pytest

from kg.extraction.dates import find_dates, text_year, year_context

PUB = date(2022, 1, 13)


@pytest.mark.parametrize("sentence,published,expected", [
    ("Sáng 13/1, dưới sự chủ trì của đồng chí Trương Thị Mai", PUB, "2022-01-13"),
    ("Chiều qua, ông A tiếp đoàn", PUB, "2022-01-12"),
    ("Hôm nay, hội nghị khai mạc", PUB, "2022-01-13"),
    ("vào sáng thứ Ba, đoàn đến thăm", PUB, "2022-01-11"),
    ("Ngày 28/12, Thủ tướng chủ trì", PUB, "2021-12-28"),  # January article about December
    ("Tối 20/4 tại Ninh Bình", date(2021, 4, 21), "2021-04-20"),
    ("Ngày 19 tháng 5 năm 2016, lễ phát động", None, "2016-05-19"),
    ("Nhân dịp đầu năm mới 2006, chiều 25-1, Tổng Bí thư đến dự", None, "2006-01-25"),
    ("Ngày 17-1, tại hội nghị tổng kết ngành năm 2005", None, "2006-01-17"),
])
def test_event_dates_resolve_against_publication(sentence, published, expected):
    assert [d.iso for d in find_dates(sentence, 0, published)][:1] == [expected]


def test_without_publication_date_or_year_the_key_is_unknown():
    assert [d.iso for d in find_dates("Sáng 6/4, hội nghị diễn ra", 0, None)] == [None]
    assert [d.iso for d in find_dates("Chiều nay, đoàn làm việc", 0, None)] == [None]


def test_document_numbers_and_dates_are_not_event_dates():
    assert find_dates("theo Nghị quyết số 128/NQ-CP ngày 11/10/2021 của Chính phủ", 0, PUB) == []
    assert find_dates("Kết luận số 21-KL/TW là quyết tâm chính trị", 0, PUB) == []


def test_text_year_ignores_plans_and_terms():
    assert text_year("Năm 2005 đã qua. Nhiệm kỳ 2006 - 2010. Dự kiến đến năm 2020 sẽ xong.") == 2005


def test_text_year_from_a_planned_full_date_when_nothing_else():
    text = "Ngày 1/6, tại Đà Nẵng, Ban tổ chức đã họp. ABG5 dự kiến diễn ra tại Đà Nẵng từ ngày 24/9/2016 - 3/10/2016."
    assert text_year(text) == 2016
    assert text_year("Mục tiêu đến năm 2020 phủ sóng toàn quốc.") is None


def test_planned_and_future_dates_are_weak():
    [plan] = find_dates("Văn phòng QH đề xuất khai mạc kỳ họp (dự kiến ngày 15/5)", 0, None, 2006)
    assert plan.iso == "2006-05-15" and not plan.strong
    [later] = find_dates("Ngày 20/1, lễ khởi công sẽ diễn ra", 0, date(2022, 1, 13))
    assert later.iso == "2022-01-20" and not later.strong


def test_background_years_lend_no_year_to_an_undated_article():
    # birth years, a decade of the past, a war-time death: none is the year of the report
    text = ("Ngày 14/10, ông Nguyễn Thanh Hòa, Phó bí thư thường trực Huyện ủy Hòn Đất cho biết liệt sĩ đã hy sinh "
            "vào khoảng những năm 1960.")
    assert text_year(text) is None
    assert text_year("Anh Nguyễn Mạnh Hùng, Nguyễn Thành Vinh (đều sinh năm 1986, tại Hải Dương)") is None
    assert text_year("Nguyễn Mạnh Hùng (1986), thợ lò bậc 4/6, quê Hải Dương") is None
    assert text_year("Năm 1969, Bác Hồ về thăm tỉnh. Sáng 2/6, lễ kỷ niệm diễn ra.") is None
    assert text_year("Sáng 3/6, hội nghị. Đầu năm 2016 có 70,8 triệu người tham gia.") == 2016


def test_a_digest_of_dated_items_lends_no_year():
    text = ("Ngày 4/2, Cục Giám định có văn bản gửi Sở Giao thông công chính năm 2005.\n"
            "Ngày 4/3, ông Trần Quang Phượng, Phó giám đốc Sở, cho biết.")
    assert text_year(text) is None


def test_a_founding_year_in_the_same_sentence_is_not_the_event_year():
    [d] = find_dates("Sáng 2/6, lễ kỷ niệm 40 năm ngày Bác Hồ về thăm tỉnh năm 1969 được tổ chức", 0, None)
    assert d.iso is None


def test_a_year_of_another_paragraph_is_not_the_event_year():
    # the building's history in one paragraph, the meeting in another (no publication date)
    text = ("Theo báo Dân Trí, cuối năm 2007 UBND TPHCM đã chỉ đạo di dời chung cư này, chậm nhất đến ngày "
            "30/4/2008 phải hoàn thành.\n"
            "Tại cuộc họp với Quận ủy quận 5 ngày 20/5, Bí thư Thành ủy TP HCM Đinh La Thăng đã truy vấn.")
    years = year_context(text)
    offset = text.index("Tại cuộc họp")
    assert [d.iso for d in find_dates(text[offset:], offset, None, years)] == [None]


def test_own_paragraph_plans_and_present_years_lend_their_year():
    text = ("Sáng 3/6, Thủ tướng chủ trì hội nghị trực tuyến.\n"
            "Bà Minh cho biết đầu năm 2016 có 70,8 triệu người tham gia và đang nỗ lực mở rộng.")
    assert [d.iso for d in find_dates(text, 0, None, year_context(text))][:1] == ["2016-06-03"]
    text = "Ngày 28/3, Ủy ban Thường vụ Quốc hội đã họp chuẩn bị kỳ họp khai mạc tháng 5/2006."
    assert [d.iso for d in find_dates(text, 0, None, year_context(text))] == ["2006-03-28"]


def test_hom_with_a_day_and_month_is_that_date():
    # "hôm qua 12/3" in an undated article: the explicit day and month, with the year of the text
    [d] = find_dates("Tại hội nghị tổng kết hôm qua 12/3, ông Nguyễn Lương Trào cho biết", 0, None, 2005)
    assert d.iso == "2005-03-12" and d.strong
    [d] = find_dates("ông Raul phát biểu trong ngày khai mạc Đại hội hôm 16/4.", 0, date(2021, 4, 19))
    assert d.iso == "2021-04-16" and d.strong


def test_a_date_after_ke_tu_khi_is_background():
    sentence = ("Thống tướng Myanmar Min Aung Hlaing cũng tham dự hội nghị, đánh dấu chuyến công du nước ngoài đầu "
                "tiên của ông kể từ khi quân đội lật đổ chính quyền dân sự hôm 1/2.")
    assert [d.strong for d in find_dates(sentence, 0, date(2021, 4, 24))] == [False]


def test_a_plan_year_is_discussed_late_the_year_before_or_early_that_year():
    text = ("Sáng 13-2, Hội đồng Thi đua Khen thưởng Trung ương đã họp.\n"
            "Bàn phương hướng, nhiệm vụ năm 2006, hội đồng thống nhất phát động phong trào thi đua.")
    assert [d.iso for d in find_dates(text, 0, None, year_context(text))][:1] == ["2006-02-13"]
    text = ("Ngày 26-11, Quốc hội đã nghe tờ trình.\n"
            "Quốc hội thông qua nghị quyết về nhiệm vụ năm 2006.")
    assert [d.iso for d in find_dates(text, 0, None, year_context(text))][:1] == ["2005-11-26"]


def test_the_year_of_a_document_is_not_the_event_year():
    text = ("Chiều 13/9, Phó thủ tướng Phạm Gia Khiêm đã chủ trì cuộc họp. Các trường đang thực hiện mức thu học "
            "phí theo Quyết định 70 của Thủ tướng ban hành năm 1998.")
    assert [d.iso for d in find_dates(text, 0, None, year_context(text))][:1] == [None]


def test_a_day_and_month_take_the_year_the_text_writes_for_that_same_day():
    text = ("Sáng 21/4, Đại hội X tiếp tục làm việc tại Hội trường.\n"
            "Chiều ngày 21/4/2006, đại biểu Đại hội đã bầu Ban Chấp hành Trung ương.")
    assert [d.iso for d in find_dates(text, 0, None, year_context(text))][:1] == ["2006-04-21"]


def test_a_document_word_must_be_a_whole_word():
    # "đời sống (NLĐ)- Ngày 30-3": "sống" is no "số" (number of a document)
    from kg.extraction.dates import find_dates

    text = "Đẩy mạnh sản xuất hàng hóa mới cải thiện được đời sống (NLĐ)- Ngày 30-3, tại Hà Nội"
    [found] = find_dates(text, 0, None)
    assert found.strong and found.iso is None
    assert find_dates("theo Quyết định số 12 ngày 30-3", 0, None) == []


def test_a_target_year_at_the_end_of_a_long_clause_is_no_year_of_the_report():
    text = ("Ngày 20/5, phát biểu tại cuộc hội đàm với Thủ tướng Phan Văn Khải, Thủ tướng Ôn Gia Bảo khẳng định "
            "ủng hộ VN gia nhập WTO.\nHai thủ tướng nhất trí đề ra mục tiêu nâng kim ngạch buôn bán hai chiều giữa VN "
            "và Trung Quốc lên 10 tỷ USD vào năm 2010; đồng thời bày tỏ hài lòng, nhiều khả năng mục tiêu đưa kim "
            "ngạch lên 5 tỷ USD vào năm 2005 sẽ được thực hiện ngay trong năm nay.")
    assert [d.iso for d in find_dates(text[:60], 0, None, year_context(text))][:1] != ["2010-05-20"]


def test_tomorrow_is_a_plan_not_the_day_of_the_event():
    sentence = ("Tại cuộc họp, ông Mai Văn Huỳnh, Phó bí thư thường trực, Chủ tịch HĐND tỉnh chỉ đạo Chủ tịch UBND TP "
                "Phú Quốc ngay trong ngày mai triệu tập tất cả lực lượng.")
    [found] = find_dates(sentence, 0, date(2021, 4, 26))
    assert found.iso == "2021-04-27" and not found.strong


def test_a_day_followed_by_toi_is_to_come():
    [coming] = find_dates("Vào ngày 25/7 tới, hội sẽ tổ chức một cuộc hội thảo quốc tế", 0, None)
    assert not coming.strong
    first, _ = find_dates("kéo dài từ ngày 20/4 tới ngày 3/5", 0, None)  # "tới ngày": until, not "coming"
    assert first.strong


def test_a_year_set_against_the_present_one_is_not_the_report_s():
    text = ("Thủ tướng Phan Văn Khải thăm Canada\n6h30 ngày 26/6, Thủ tướng Phan Văn Khải đa đên sân bay quốc tế "
            "McDonald Cartier, bắt đầu chuyến thăm Canada 5 ngày, tư 26 đên 29/6. Đây là chuyến thăm chính thức "
            "Canada đầu tiên của Thủ tướng kể từ khi hai nước thiết lập quan hệ ngoại giao.\nTheo Đại sứ Canada tại "
            "Việt Nam Richard Lecoq, chuyến thăm sẽ góp phần duy trì mối quan hệ song phương vững chắc và sự hợp tác "
            "tại các diễn đàn đa phương. Thủ tướng Phan Văn Khải sẽ có cuộc gặp với Thủ tướng Canada Paul Martin và "
            "các bộ trưởng Việt Nam cũng sẽ gặp gỡ các đối tác. Các cuộc gặp đó hy vọng sẽ dẫn tới việc ký kết một "
            "số hiệp định góp phần tăng cường quan hệ song phương.\nTrong những năm gần đây, quan hệ Việt Nam - "
            "Canada tiếp tục phát triển tốt đẹp, hai bên đã tăng cường tiếp xúc kể cả ở cấp cao; ký 16 thỏa ước nhằm "
            "tăng cường quan hệ hợp tác trên các lĩnh vực kinh tế, thương mại, đầu tư, viện trợ phát triển. Năm "
            "2004, quan hệ thương mại giữa hai nước đạt trên 400 triệu USD, đang tiếp tục gia tăng trong năm nay.")
    assert [d.iso for d in find_dates(text[:80], 0, None, year_context(text))] == [None]


def test_an_undated_article_counting_years_from_a_well_known_day_is_of_that_year():
    # vntc-train-XH_TN_(1485): no year of its own; 1975, printed later in the text, + 31 is 2006
    text = ("Tổng bí thư Nông Đức Mạnh đã tham dự lễ mít tinh kỷ niệm 31 năm ngày giải phóng miền Nam 30/4, "
            "120 năm ngày Quốc tế lao động 1/5 và chào mừng thành công Đại hội X của Đảng được tổ chức trọng thể "
            "sáng qua 28/4 tại Hà Nội.\nPhát biểu tại buổi lễ, Tổng bí thư Nông Đức Mạnh nhấn mạnh đến ý nghĩa to "
            "lớn của chiến thắng vĩ đại mùa xuân 1975.")
    ctx = year_context(text)
    assert ctx is not None and ctx.anniversary == 2006
    found = find_dates(text, 0, None, ctx)
    assert [d.iso for d in found if d.strong] == ["2006-04-28"]


def test_anniversaries_that_disagree_lend_no_year():
    from kg.extraction.dates import anniversary_year

    assert anniversary_year("kỷ niệm 30 năm ngày giải phóng miền Nam và kỷ niệm 61 năm Cách mạng tháng Tám") is None
    assert anniversary_year("kỷ niệm 31 năm ngày thành lập công ty") is None


def test_an_anniversary_lends_its_year_only_when_the_text_prints_the_year_counted_from():
    from kg.extraction.dates import anniversary_year

    # vntc-test-XH_VNE_T_(1311): 1954 is not printed; only outside knowledge dates 'Tối 2/5'
    unprinted = ('Tối 2/5, UBND thành phố Hà Nội sẽ tổ chức cuộc "Gặp gỡ các nhân chứng lịch sử - kỷ niệm 50 năm '
                 'chiến thắng Điện Biên Phủ" tại Cung thể thao Quần Ngựa.')
    assert anniversary_year(unprinted) is None
    # vntc-test-XH_NLD_T_(9532): the span printed in brackets gives both years
    printed = ("Sáng 2-9, Huyện ủy-HĐND-UBND- Ủy ban MTTQ huyện Cần Giờ tổ chức lễ mít tinh kỷ niệm 60 năm Cách mạng "
               "Tháng Tám, Quốc khánh 2-9 (2.9.1945-2.9.2005) và đón nhận danh hiệu Anh hùng Lao động")
    assert anniversary_year(printed) == 2005
    # vntc-test-XH_NLD_T_(9393) style: the year it comes to printed alone is enough
    assert anniversary_year("các ngày lễ lớn trong năm 2005, đặc biệt là kỷ niệm 30 năm giải phóng miền Nam") == 2005


def test_an_undated_day_a_few_days_after_a_full_date_the_text_tells_of_takes_its_year():
    # gold_blind4 vims-Cluster_148-968: the award 'sáng 27/5' follows the seizure of 'ngày 21/5/2016'
    text = ("Thiếu tá Ngô Văn Phục cho biết, sáng 27/5, Đại tá Phạm Mạnh Thường trao thưởng nóng 16 triệu đồng cho 8 "
            "cán bộ, chiến sĩ Phòng CSGT Bắc Giang.\n"
            "Như Báo Giao thông đưa tin, khoảng 22h00 ngày 21/5/2016, Tổ TTKS giao thông của Phòng CSGT phát hiện xe.")
    found = find_dates(text, 0, None, year_context(text))
    assert found[0].iso == "2016-05-27"


def test_a_deadline_lends_no_year_to_a_later_day():
    # dev vims-Cluster_220-1450 (its meeting day moved to 5/5): 'chậm nhất đến ngày 30/4/2008' is a deadline
    text = ("UBND TPHCM đã chỉ đạo các ban ngành khẩn trương di dời chung cư này, chậm nhất đến ngày 30/4/2008 phải "
            "hoàn thành.\nTại cuộc họp với Quận ủy quận 5 ngày 5/5, Bí thư Thành ủy TP HCM Đinh La Thăng đề nghị.")
    found = [d for d in find_dates(text, 0, None, year_context(text)) if d.start > text.index("\n")]
    assert found[0].iso is None


def test_a_budget_estimate_or_plan_of_a_year_is_made_in_the_year_before_but_accounts_after_it():
    # vntc-test-XH_VNE_T_(7075): the debate on the 2006 estimate, 'sáng 22/10', is of 2005
    text = ("Bộ trưởng Tài chính Nguyễn Sinh Hùng phải 3 lần đăng đàn tại phiên thảo luận về thực hiện ngân sách 2005, "
            "dự toán ngân sách 2006 diễn ra chiều 21 và sáng 22/10.")
    assert [d.iso for d in find_dates(text, 0, None, year_context(text)) if d.strong] == ["2005-10-22"]
    # vntc-test-XH_NLD_T_(9303) style: 'kế hoạch, ngân sách năm 2005' deployed on 29-12 is in 2004
    plan = "Hội nghị triển khai Nghị quyết Quốc hội về kế hoạch, ngân sách năm 2005 tại TPHCM ngày 29-12."
    assert [d.iso for d in find_dates(plan, 0, None, year_context(plan))] == ["2004-12-29"]
    # final accounts of a year are no plan: the year is not moved back
    accounts = "Ngày 2-12, HĐND đã thông qua nghị quyết tổng quyết toán ngân sách nhà nước năm 2004."
    assert [d.iso for d in find_dates(accounts, 0, None, year_context(accounts))] == ["2004-12-02"]


@pytest.mark.parametrize("sentence,published,expected", [
    ("Ngày 9-10/4, Tổng cục Giáo dục nghề nghiệp (Bộ LĐ-TB&XH) đã tổ chức tọa đàm", date(2021, 4, 10), "2021-04-09"),
    ("Trong 2 ngày 26 và 27/04/2021, đoàn công tác của Tỉnh ủy - UBND tỉnh Cà Mau", date(2021, 4, 28), "2021-04-26"),
    ("Tổng thống Obama bắt đầu chuyến thăm chính thức Việt Nam trong 3 ngày, từ 23 - 25/5.", date(2016, 5, 24),
     "2016-05-23"),
    ("do Quỹ Goldman Sachs và Viện giáo dục quốc tế (IIE) của Mỹ phối hợp tổ chức, từ ngày 9 đến 14/7 tại New York",
     date(2005, 7, 20), "2005-07-09"),
    ("Trong 3 ngày từ 15-17.3, Sở GD- ĐT TP.HCM phối hợp với Tổ chức cứu trợ nhi đồng Thụy Điển tổ chức hội thảo",
     date(2006, 3, 20), "2006-03-15"),
])
def test_a_range_of_days_is_keyed_by_its_first_day(sentence, published, expected):
    found = [d for d in find_dates(sentence, 0, published) if d.strong]
    assert [d.iso for d in found] == [expected]


def test_a_day_month_written_with_a_dash_is_no_range():
    assert [d.iso for d in find_dates("Sáng 25-1, Tổng Bí thư đến dự", 0, date(2006, 1, 26))] == ["2006-01-25"]
    assert find_dates("theo Quyết định số 12-14/4 của", 0, date(2006, 4, 20)) == []


def test_a_range_to_come_is_announced_not_reported():
    sentence = ("Đoàn đại biểu Chính phủ Hoàng gia Campuchia do Thủ tướng Hun Sen dẫn đầu, trong đó có 8 bộ trưởng, sẽ "
                "sang thăm hữu nghị chính thức Việt Nam từ ngày 10 đến 12/10.")
    assert [d.strong for d in find_dates(sentence, 0, None, 2001)] == [False]
    later = find_dates("Hội nghị diễn ra từ ngày 20-22/4 tại Hà Nội", 0, date(2021, 4, 13))
    assert [(d.iso, d.strong) for d in later] == [("2021-04-20", False)]


def test_the_day_of_an_act_within_a_range_is_the_day_told():
    sentence = ("Tối 23/4, Chủ tịch nước Nguyễn Xuân Phúc đã có bài phát biểu tại Hội nghị thượng đỉnh về Khí hậu, "
                "được tổ chức theo hình thức trực tuyến trong hai ngày 22 và 23/4.")
    assert [d.iso for d in find_dates(sentence, 0, date(2021, 4, 24)) if d.strong] == ["2021-04-23"]


@pytest.mark.parametrize("text,expected", [
    # vntc-test-XH_NLD_T_(9453): the government's monthly session of 'tháng 4-2006'
    ("(NLĐ)- Sáng 26-4, tại Văn phòng Chính phủ, Chính phủ đã họp phiên thường kỳ tháng 4-2006 dưới sự chủ trì của "
     "Thủ tướng Phan Văn Khải.", "2006-04-26"),
    # vims-Cluster_248-1628: a month with its year in the sentence before
    ("Tàu sân bay Stennis hoạt động ở Biển Đông kể từ giữa tháng 4/2016.\nNgày 15/4, Bộ trưởng Quốc phòng Mỹ Ash "
     "Carter đã thăm tàu.", "2016-04-15"),
    # a month range starting at the day's month
    ("Sáng 12/3, Tỉnh Đoàn tổ chức chương trình tặng báo.\nTheo đó, từ tháng 3 đến 12/2005, Hội hỗ trợ hơn 170 triệu "
     "đồng.", "2005-03-12"),
])
def test_an_undated_day_takes_the_year_printed_with_its_month(text, expected):
    found = [d for d in find_dates(text, 0, None, year_context(text)) if d.strong]
    assert found[0].iso == expected


def test_a_month_set_as_a_target_or_of_another_month_lends_no_year():
    # vntc-train-XH_NLD_(5068): the work started on 11-10 is to be finished in 10-2006, twelve months on
    text = ("Dự án đã được UBND thành phố Hà Nội khởi công sáng 11-10.\nNhà thầu đã cam kết thi công đúng tiến độ "
            "trong vòng 12 tháng, hoàn thành công trình vào tháng 10-2006.")
    assert find_dates(text, 0, None, year_context(text))[0].iso is None
    other = "Sáng 12/3, Tỉnh Đoàn tổ chức chương trình.\nDoanh thu tháng 5/2005 đạt 3 tỷ."
    assert find_dates(other, 0, None, year_context(other))[0].iso is None


def test_an_anniversary_of_any_day_takes_its_year_from_the_years_bracketed_after_it():
    from kg.extraction.dates import anniversary_year

    # vntc-train-XH_NLD_(5265): the bracketed span ends 75 years after it starts, in the year of 'Tối 25-3'
    text = ("Tối 25-3, tại Trung tâm Hội nghị quốc tế Hà Nội, T.Ư Ðoàn TNCS Hồ Chí Minh long trọng tổ chức mít-tinh "
            "kỷ niệm 75 năm Ngày thành lập Ðoàn TNCS Hồ Chí Minh (26-3-1931-26-3-2006), với sự tham gia của hàng "
            "nghìn đoàn viên thanh niên.")
    ctx = year_context(text)
    assert ctx is not None and ctx.anniversary == 2006
    assert [d.iso for d in find_dates(text, 0, None, ctx) if d.strong] == ["2006-03-25"]
    # vntc-train-XH_VNE_(1084): the year bracketed alone is the anniversary's own when N years on is no year of news
    assert anniversary_year("trong lễ kỷ niệm 110 năm thành phố Đà Lạt (năm 2003)") == 2003
    # a lone year from which N years on is a year of news is the one counted from
    assert anniversary_year("Quốc hội đã tổ chức buổi gặp mặt nhân kỷ niệm 60 năm (6/1/1946).") == 2006
    # a span whose ends are not N years apart gives nothing
    assert anniversary_year("kỷ niệm 30 năm giải phóng (1954 - 1975)") is None
