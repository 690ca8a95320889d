"""'thứ nhất' after a deputy's title is part of it ("Phó Chủ tịch thứ nhất Hội đồng ...", "Phó Thủ tướng thứ nhất"):
the post goes on to its body. Sentences from real corpus articles (gold_blind28 vntc-train-XH_NLD_(5174), gold_blind32
vntc-test-XH_VNE_T_(9140), dantri-unc-news_world_215)."""

from extracted import current_holdings as holdings


def test_first_vice_chair_of_a_council_after_kiem():
    text = ("Sáng 31-12, bà Trương Mỹ Hoa, Phó Chủ tịch nước kiêm Phó Chủ tịch thứ nhất Hội đồng Thi đua - Khen thưởng "
            "Trung ương, đã có buổi làm việc với UBND TPHCM.")
    assert ("Trương Mỹ Hoa", "Phó Chủ tịch thứ nhất Hội đồng Thi đua - Khen thưởng Trung ương") in holdings(text)


def test_first_vice_chair_of_a_company_in_apposition():
    text = ("Biên bản được ký kết giữa Giáo sư Trần Quốc Thắng, Thứ trưởng Bộ Khoa học và Công nghệ Việt Nam với ông "
            "Hugo Shong, Phó Chủ tịch thứ nhất Tập đoàn dữ liệu quốc tế Mỹ (IDG).")
    assert ("Hugo Shong", "Phó Chủ tịch thứ nhất Tập đoàn dữ liệu quốc tế Mỹ") in holdings(text)


def test_a_foreign_first_deputy_prime_minister_takes_the_country():
    text = ("Trong một diễn biến khác có liên quan, Phó Thủ tướng thứ nhất, Bộ trưởng Nội vụ kiêm Quyền Ngoại trưởng "
            "Séc Jan Hamacek cho biết, Praha mong muốn các đồng minh NATO và EU sẽ trục xuất các quan chức tình báo "
            "của Nga.")
    assert ("Jan Hamacek", "Phó Thủ tướng thứ nhất Séc") in holdings(text)
