"""A person's details in parentheses (age, year of birth, home) between the name and the apposition of the post
leave the post the person's; sentences from real corpus articles."""

from extracted import all_holdings as holdings

from kg.extraction import extract
from kg.model import Article


def test_year_of_birth_before_the_apposition():
    text = "Ông Bùi Mạnh Khoa (Sinh năm 1972), Bí thư Đảng ủy, Cục trưởng Cục thi hành án dân sự tỉnh Thanh Hóa."
    assert ("Bùi Mạnh Khoa", "Cục trưởng Cục thi hành án dân sự tỉnh Thanh Hóa") in holdings(text)


def test_age_opening_the_parentheses_of_the_post():
    text = ("Bị cáo Trần Văn Bình (46 tuổi, Kế toán trưởng Công ty Thiên Mã) bị truy tố về hành vi lừa đảo "
            "chiếm đoạt tài sản.")
    assert holdings(text) == {("Trần Văn Bình", "Kế toán trưởng Công ty Thiên Mã")}


def test_other_words_in_parentheses_still_part_name_and_post():
    text = "Ông Trần Văn Bình (bên phải), Chủ tịch UBND tỉnh Đồng Nai và ông Lê Minh (ảnh nhỏ)."
    assert ("Trần Văn Bình", "Chủ tịch Ủy ban nhân dân tỉnh Đồng Nai") in holdings(text)
    text = "Ông Trần Văn Bình (Thiên Mã), Giám đốc Công ty Thiên Mã, cho biết."  # a short aside: the title is his
    assert holdings(text) == {("Trần Văn Bình", "Giám đốc Công ty Thiên Mã")}
    text = "Ông Trần Văn Bình (NLĐ), Giám đốc Công ty Thiên Mã, cho biết."  # one word: an outlet's tag
    assert holdings(text) == set()


def test_the_name_after_cua_is_the_one_served_not_the_holder():
    text = "Cố vấn tranh cử của ông Trump từ chức vì quá áp lực."
    assert holdings(text) == set()
    text = ("Cựu cố vấn hàng đầu của ông Johnson, Dominic Cummings - người từ chức hồi năm ngoái - gần đây tiết lộ "
            "nhiều chuyện.")
    assert not any(person == "Johnson" for person, _ in holdings(text))


def test_a_title_in_the_service_of_another_is_the_apposition_persons():
    text = ("Đại sứ Marshall Billingslea, Đặc phái viên của Tổng thống Mỹ Donald Trump, tuần này đã có chuyến công "
            "du tới 3 nước.")
    got = holdings(text)
    assert ("Marshall Billingslea", "Đặc phái viên của Tổng thống Mỹ") in got
    assert ("Donald Trump", "Tổng thống Mỹ") in got
    assert not any(person == "Donald Trump" and "phái viên" in post for person, post in got)


def test_a_short_aside_in_parentheses_before_the_apposed_title():
    text = ("Thông tin trên được ông Đoàn Nguyên Đức (bầu Đức) - Chủ tịch Hội đồng quản trị Công ty cổ phần Hoàng Anh "
            "Gia Lai cho biết tại đại hội.")
    got = {(h.person, h.position) for h in extract(Article("t", "", text)).holdings}
    assert ("Đoàn Nguyên Đức", "Chủ tịch Hội đồng quản trị Công ty cổ phần Hoàng Anh Gia Lai") in got
    text = ("Người bức xúc nhất có lẽ là bậc “trưởng lão” Đỗ Trọng Ngoạn (Bắc Giang) - Phó Chủ tịch Hội Người cao "
            "tuổi.")
    got = {(h.person, h.position) for h in extract(Article("t", "", text)).holdings}
    assert ("Đỗ Trọng Ngoạn", "Phó Chủ tịch Hội Người cao tuổi") in got


def test_an_outlet_tag_after_a_headline_is_no_aside():
    text = "Khai mạc hội chợ tại Hà Nội Trần Văn Nam (NLĐ) - Chủ tịch UBND TP Nguyễn Quốc Triệu phát biểu khai mạc."
    got = {(h.person, h.position) for h in extract(Article("t", "", text)).holdings}
    assert not any(person == "Trần Văn Nam" for person, _ in got)
