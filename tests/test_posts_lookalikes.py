"""Posts whose words look like another role or stop early; sentences from real corpus articles."""

from extracted import current_holdings as holdings


def test_embassy_is_no_ambassador_post():
    text = ("Hôm nay, ông Đào Công Hải, Tham tán Đại sứ quán Việt Nam tại Hàn Quốc, "
            "cho biết Hàn Quốc sẽ sát hạch tiếng Hàn.")
    assert holdings(text) == {("Đào Công Hải", "Tham tán Đại sứ quán Việt Nam tại Hàn Quốc")}
    text = "Đoàn đã gặp đại diện Đại sứ quán Mỹ Christopher Pothoven và trao hai bức thư."
    assert holdings(text) == set()


def test_a_centre_takes_its_parent_after_a_comma():
    text = "PGS.TS Mai Duy Tôn, Giám đốc Trung tâm Đột quỵ, Bệnh viện Bạch Mai cho biết tại Hội nghị Khoa học."
    assert holdings(text) == {("Mai Duy Tôn", "Giám đốc Trung tâm Đột quỵ, Bệnh viện Bạch Mai")}
    text = ("Ngày 28/3, ông Quách Tuấn Ngọc, Giám đốc Trung tâm tin học, Bộ Giáo dục - Đào tạo cho biết "
            "hiện đã có 40 trường đại học.")
    assert holdings(text) == {("Quách Tuấn Ngọc", "Giám đốc Trung tâm tin học, Bộ Giáo dục - Đào tạo")}


def test_a_committee_named_by_a_list_of_fields():
    text = ("Thượng nghị sĩ Đảng Lao động Kimberley Kitching, Chủ tịch Ủy ban Tham vấn Thương Mại, Quốc phòng và "
            "Đối ngoại của Quốc hội nhận định, thỏa thuận BRI của bang Victoria là một phần trong chiến lược.")
    assert ("Kimberley Kitching", "Chủ tịch Ủy ban Tham vấn Thương Mại, Quốc phòng và Đối ngoại của Quốc hội") \
        in holdings(text)
    text = "Uông Chu Lưu, Bộ trưởng Bộ Tư pháp. Nguyễn Văn Lợi, Phó Bí thư Tỉnh uỷ, Chủ tịch UBND tỉnh Thanh Hoá."
    assert ("Nguyễn Văn Lợi", "Phó Bí thư Tỉnh ủy Thanh Hóa") in holdings(text)  # a title after a comma: no field


def test_a_bare_council_takes_its_lower_case_name():
    text = ("Ủy viên Hội đồng thương mại cấp cao của Úc, ông Mike Moignard cho biết nước này mỗi năm thu được "
            "khoảng 500 triệu đô la Úc từ các du học sinh Ấn Độ.")
    assert holdings(text) == {("Mike Moignard", "Ủy viên Hội đồng thương mại cấp cao Úc")}
    text = ("Theo ông Phạm Gia Lâm, Phó chủ tịch Hội đồng thi của trường, lượng thí sinh dự thi tăng gần 2.000 "
            "so với năm trước.")
    assert holdings(text) == {("Phạm Gia Lâm", "Phó chủ tịch Hội đồng thi")}


def test_title_before_name_over_a_dash():
    text = ("Ngày 30/4, Chủ tịch Ủy ban nhân dân tỉnh Hưng Yên - Đỗ Quốc Văn, đã ký Công điện số 860/CĐ-CTUBND "
            "về việc thực hiện quyết liệt các biện pháp.")
    assert holdings(text) == {("Đỗ Quốc Văn", "Chủ tịch Ủy ban nhân dân tỉnh Hưng Yên")}
