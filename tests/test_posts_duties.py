"""A duty told in lower case after a title ('phụ trách kinh doanh', 'phụ trách mảng kinh tế') is no part of the post;
'phụ trách' before a capitalised body is the acting head of it and stays. Sentences from real corpus articles."""

from extracted import all_holdings as holdings


def test_a_duty_after_the_body_is_left_out_of_the_post():
    text = ("Ông Trần Đình Phú, Phó giám đốc Sở Giao thông công chính TP HCM phụ trách lĩnh vực cấp thoát nước, "
            "cho biết: Chúng tôi đã biết vấn đề này.")
    assert holdings(text) == {("Trần Đình Phú", "Phó giám đốc Sở Giao thông công chính thành phố Hồ Chí Minh")}


def test_a_title_with_a_duty_before_a_name_is_that_name_s():
    text = ("Tổng giám đốc Trần Đức Giao, Phó tổng giám đốc phụ trách vận tải và an toàn vận tải Trần Gia Tiến, "
            "Phó tổng giám đốc phụ trách đầu máy toa xe, an toàn đầu máy toa xe Ngô Cao Vân.")
    assert not any(label.startswith("Phó tổng giám đốc") for person, label in holdings(text)
                   if person == "Trần Đức Giao")
    assert not any("phụ trách" in label for _, label in holdings(text))


def test_the_body_after_a_duty_is_the_post_s_body():
    text = ("Trong khi đó, phó tổng giám đốc phụ trách kỹ thuật Sawaco Võ Quang Châu cho rằng trường hợp nước bẩn "
            "chỉ xảy ra cục bộ.")
    assert holdings(text) == {("Võ Quang Châu", "Phó tổng giám đốc Sawaco")}
    text = ("Theo ông Nguyễn Văn Thông, Phó giám đốc phụ trách đầu tư và phát triển của Bưu điện Lâm Đồng, phải chờ "
            "thẩm định của những cơ quan chức năng.")
    assert holdings(text) == {("Nguyễn Văn Thông", "Phó giám đốc Bưu điện Lâm Đồng")}


def test_a_duty_over_a_region_keeps_the_body_before_it():
    text = ("Cùng ngày, Thứ trưởng Bộ Ngoại giao phụ trách quan hệ với khu vực Đông Bắc Á Nguyễn Phú Bình đã tiếp "
            "Thứ trưởng Bộ Ngoại giao Trung Quốc.")
    assert ("Nguyễn Phú Bình", "Thứ trưởng Bộ Ngoại giao") in holdings(text)


def test_a_duty_alone_gives_no_post_of_it():
    text = "Đó là ông Phạm Văn Trường, Phó giám đốc phụ trách vận dụng; ông Phan Văn Nghiêm, tổ trưởng tổ giám sát."
    assert not any("phụ trách" in label for _, label in holdings(text))


def test_phu_trach_before_a_capitalised_body_is_the_acting_head():
    text = "Ông Nguyễn Phước Tồn- Phó giám đốc phụ trách Sở Y tế TP Cần Thơ cho biết: Từ khi xảy ra dịch Covid-19."
    assert holdings(text) == {("Nguyễn Phước Tồn", "Phó giám đốc phụ trách Sở Y tế thành phố Cần Thơ")}


def test_the_presidium_chairman_keeps_the_whole_title():
    text = ("Dự mít tinh có Tổng Bí thư Nông Đức Mạnh, Phó Chủ tịch nước Trương Mỹ Hoa, Phó Thủ tướng Phạm Gia Khiêm, "
            "Chủ tịch Đoàn Chủ tịch Uỷ ban Trung ương Mặt trận Tổ quốc Việt Nam Phạm Thế Duyệt, "
            "Bộ trưởng Bộ Ngoại giao Nguyễn Dy Niên.")
    found = holdings(text)
    assert ("Phạm Thế Duyệt", "Chủ tịch Đoàn Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam") in found
    assert not any(label.startswith("Chủ tịch Đoàn") for person, label in found if person == "Phạm Gia Khiêm")


def test_a_congress_presidium_member_holds_no_chairman_post():
    text = ("Đoàn Chủ tịch của Đại hội gồm 24 vị: Nông Đức Mạnh, Trần Đức Lương, Phan Văn Khải, Nguyễn Văn An, "
            "Phan Diễn, Nguyễn Minh Triết.")
    assert not holdings(text)


def test_an_assistant_to_an_office_written_in_lower_case_keeps_the_whole_office():
    text = ("Cùng dự còn có các Ủy viên T.Ư Đảng: Phạm Gia Khiêm, Phó thủ tướng; Hồ Tiến Nghị, Trợ lý Tổng bí thư; "
            "Hoàng Bình Quân, Bí thư thứ nhất T.Ư Đoàn.")
    assert ("Hồ Tiến Nghị", "Trợ lý Tổng bí thư") in holdings(text)


def test_a_deputy_assistant_secretary_is_no_assistant_secretary():
    text = ("Ông Eric John, phó trợ lý Bộ trưởng Ngoại giao Mỹ, đã nhấn mạnh như trên trong cuộc họp báo ngày 27-9 "
            "tại Hà Nội.")
    assert holdings(text) == {("Eric John", "Phó trợ lý Bộ trưởng Ngoại giao Mỹ")}


def test_a_verb_of_feeling_or_telling_ends_the_apposed_body():
    text = ("Quan điểm này được ông Nguyễn Đức Kiên, Chủ nhiệm Ủy ban Kinh tế và ngân sách đồng tình: \"Bảo hiểm xã "
            "hội là chế độ rất ưu việt\".")
    assert holdings(text) == {("Nguyễn Đức Kiên", "Chủ nhiệm Ủy ban Kinh tế và ngân sách")}
    text = ("Đồng chí Dao Nhiễu Linh, Trưởng Ban Công tác người Hoa vui mừng báo cáo với lãnh đạo Thành ủy, cộng đồng "
            "người Hoa TP trong năm qua đã có nhiều đổi thay.")
    assert holdings(text) == {("Dao Nhiễu Linh", "Trưởng Ban Công tác người Hoa")}
