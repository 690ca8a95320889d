"""A capitalised title of several words ("Trưởng Ban Quản lý", "Phó Giám đốc", "Phó Thống đốc") whose body the press
writes in lower case takes that body in apposition to a name or before one, as a title in lower case already did: the
title's own capitals name no body; a board in the title (HĐQT, Hội đồng trường) does. Sentences from real corpus
articles outside the gold sets."""

from extracted import all_holdings as holdings


def test_head_of_a_market_board():
    # vntc-test-XH_VNE_T_(2372)
    text = ("Theo ông Nguyễn Mạnh Bảo, Trưởng ban Quản lý chợ Cao Đạt, hiện có 110 hộ đang bán hàng tại đây, trong đó "
            "87 hộ có đăng ký kinh doanh.")
    assert holdings(text) == {("Nguyễn Mạnh Bảo", "Trưởng ban Quản lý chợ Cao Đạt")}


def test_head_of_the_heritage_board_of_the_city():
    # vntc-test-XH_VNE_T_(2316)
    text = ("Trái với những ý kiến trên, ông Phạm Hữu Mý, Trưởng Ban quản lý di tích lịch sử và danh lam thắng cảnh TP "
            "HCM, cho rằng, đây là mộ vô danh.")
    assert holdings(text) == {("Phạm Hữu Mý", "Trưởng Ban quản lý di tích lịch sử và danh lam thắng cảnh thành phố "
                                              "Hồ Chí Minh")}


def test_deputy_director_of_a_bird_park():
    # vntc-test-XH_VNE_T_(236)
    text = "Ông Phạm Hoài Nam, Phó Giám đốc vườn chim 19/5, cho biết: lúc cao điểm, ước tính có khoảng 10.000 con."
    assert holdings(text) == {("Phạm Hoài Nam", "Phó Giám đốc vườn chim 19/5")}


def test_a_title_before_a_name_with_its_body_in_lower_case():
    # vntc-test-XH_VNE_T_(4907)
    text = ("Ra sân bay đón Thủ tướng Phan Văn Khải có Phó Thống đốc bang Washington Brad Owen; Đại sứ Mỹ tại Việt Nam "
            "Michael Marine.")
    assert ("Brad Owen", "Phó Thống đốc bang Washington") in holdings(text)


def test_words_after_a_board_are_no_body():
    # dantri-unc-news_business_205 (gold_blind): "Chủ tịch HĐQT | tập trung nghiên cứu ..." is what he does
    text = ("Ông Trần Tuấn Dương giữ chức vụ Phó Chủ tịch HĐQT Tập đoàn, cùng với ông Trần Đình Long - Chủ tịch HĐQT "
            "tập trung nghiên cứu định hướng chiến lược phát triển Hòa Phát trong 20-30 năm tới.")
    assert not any("nghiên cứu" in position for _, position in holdings(text))
