"""A department's name capitalises its first word only ("Cục Quản lý nhà", "Vụ Giáo dục trung học"): its lower-case
words belong to the body up to the clause's verb, a name or punctuation; sentences from real corpus articles."""

from kg.extraction import extract
from kg.model import Article


def positions(text: str) -> set[str]:
    return {h.position for h in extract(Article("t", "", text)).holdings}


def test_lower_case_words_before_a_comma():
    text = ("Vũ Ngọc Lâm, Giám đốc Trung tâm Phẫu thuật sọ mặt và tạo hình, Bệnh viện Trung ương Quân đội 108 cho "
            "biết, bệnh nhân T.")
    assert "Giám đốc Trung tâm Phẫu thuật sọ mặt và tạo hình" in positions(text)


def test_lower_case_words_before_the_verb_after_a_name():
    text = ("Ông Lê Văn Hùng, Vụ trưởng Vụ Giáo dục trung học cho biết, phiên họp toàn thể của Hội đồng sẽ được "
            "dời sang trung tuần tháng 1.")
    assert "Vụ trưởng Vụ Giáo dục trung học" in positions(text)


def test_lower_case_word_before_the_name_a_title_introduces():
    text = "Cục trưởng Cục Quản lý dược Cao Minh Quang cũng ký quyết định thành lập đoàn kiểm tra."
    assert positions(text) == {"Cục trưởng Cục Quản lý dược"}


def test_the_clause_after_the_body_is_left_out():
    text = ("Ông Nguyễn Hưng Thịnh- Phó Tổng cục trưởng Tổng cục Môi trường trong lần trao đổi với báo chí về dự "
            "thảo Luật Bảo vệ môi trường.")
    assert positions(text) == {"Phó Tổng cục trưởng Tổng cục Môi trường"}


def test_a_syllable_of_a_word_in_the_body_is_no_stop():
    text = "Ông Lê Hoàng Hảo, Giám đốc Công ty thiết bị giáo dục 1 cho biết: \"PHBM là xu hướng tất yếu\"."
    assert positions(text) == {"Giám đốc Công ty thiết bị giáo dục 1"}


def test_committee_field_after_a_role_ending_in_ban():
    text = ("Ngày 23/4, Thứ trưởng Bộ Y tế Trần Văn Thuấn, Phó Ban chỉ đạo Quốc gia phòng, chống dịch Covid-19 cùng "
            "đoàn công tác của Bộ Y tế đã đến làm việc với tỉnh Bạc Liêu.")
    assert "Phó Ban chỉ đạo Quốc gia phòng, chống dịch Covid-19" in positions(text)


def test_committee_field_ends_before_an_aspect_word_and_a_term():
    text = ("Phó Thủ tướng Lào Kikeo Khaykhamphithoune, Trưởng Ban Chuyên trách Quốc gia về phòng chống dịch của "
            "Lào vừa chủ trì hội nghị.")
    assert "Trưởng Ban Chuyên trách Quốc gia về phòng chống dịch Lào" in positions(text)
    text = "Ông Trần Văn Hùng, Trưởng Ban Kiểm soát nhiệm kỳ 2021-2025 cho biết."
    assert "Trưởng Ban Kiểm soát" in positions(text)


def test_port_authority_named_in_lower_case():
    text = "Ông Trần Văn Hùng, Giám đốc Cảng thủy nội địa Hải Phòng cho biết, chiều 19/5, đơn vị đã ra quyết định."
    assert positions(text) == {"Giám đốc Cảng thủy nội địa Hải Phòng"}


def test_dash_glued_to_the_word_before_still_joins_two_fields():
    text = "Ông Dương Tự Lực, Trưởng Phòng Sát hạch- Cấp giấy phép lái xe Sở GTCC, cho biết từ ngày 1-3."
    assert positions(text) == {"Trưởng Phòng Sát hạch- Cấp giấy phép lái xe Sở GTCC"}
