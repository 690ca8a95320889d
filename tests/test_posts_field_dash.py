"""A spaced dash between two fields of a body written in lower case is inside the body ("Cục bản quyền tác giả văn
học - nghệ thuật"), unless a description of the body or its holder follows it; sentences from real corpus articles."""

from extracted import all_holdings as holdings


def test_the_second_field_after_a_dash_belongs_to_the_body():
    text = ("Ông Vũ Mạnh Chu, Cục trưởng Cục bản quyền tác giả văn học - nghệ thuật, thành viên Ban soạn thảo dự luật "
            "cho biết như vậy sáng qua.")
    assert ("Vũ Mạnh Chu", "Cục trưởng Cục bản quyền tác giả văn học - nghệ thuật") in holdings(text)
    text = ("Kết thúc hội thảo, ông Trần Hồng Quân - Chủ tịch Hiệp hội Các trường đại học - cao đẳng ngoài công lập "
            "cho biết sẽ đề nghị Chính phủ công nhận tất cả các trường ĐHDL là đại học tư thục.")
    assert ("Trần Hồng Quân", "Chủ tịch Hiệp hội Các trường đại học - cao đẳng ngoài công lập") in holdings(text)
    text = ("Bà Hoàng Thị Ngọc Ngân, trưởng khoa sức khỏe - môi trường, cho biết trong buổi sáng, các nhóm khảo sát "
            "đã lấy 16 mẫu nước máy.")
    assert ("Hoàng Thị Ngọc Ngân", "Trưởng khoa sức khỏe - môi trường") in holdings(text)


def test_a_description_after_the_dash_is_no_field():
    text = ("Ông Đỗ Đức Huân, Giám đốc Ban quản lý dự án giao thông đô thị - chủ đầu tư, cho biết: Ngay đêm nay sẽ "
            "yêu cầu đơn vị thi công lấp cát.")
    assert ("Đỗ Đức Huân", "Giám đốc Ban quản lý dự án giao thông đô thị") in holdings(text)
    text = ("Còn theo lý giải của ông Vũ Kiến Thiết, Phó giám đốc Khu Quản lý giao thông đô thị - người trực tiếp "
            "tham gia quản lý tiểu dự án, việc lắp camera là cần thiết.")
    assert ("Vũ Kiến Thiết", "Phó giám đốc Khu Quản lý giao thông đô thị") in holdings(text)


def test_a_run_past_the_dash_that_ends_in_a_clause_stops_at_the_dash():
    text = ("Theo báo Khmer Times, ông Sum Pov trước đó nhận được chỉ thị từ ông Meas Vanna -trưởng ban nghiên cứu "
            "chiến lược quân sự - về việc đi công tác Phnom Penh và các tỉnh từ ngày 1/4 tới 30/5.")
    assert ("Meas Vanna", "Trưởng ban nghiên cứu chiến lược quân sự") in holdings(text)
