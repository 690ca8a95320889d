"""'UV' is the press's short form of 'Ủy viên' before a body ('UV BCT', 'UV T.Ư Đảng'); sentences from a real corpus
article."""

from extracted import current_holdings as holdings


def test_uv_before_a_body_is_a_member():
    text = ("Tham dự buổi lễ có các đồng chí Nguyễn Khoa Điềm, UV BCT, Bí thư T.Ư Đảng, Trưởng Ban Tư tưởng Văn hóa "
            "T.Ư; Hồng Vinh, UV T.Ư Đảng, Phó trưởng ban thường trực Ban Tư tưởng Văn hóa T.Ư, Chủ tịch Hội Nhà báo "
            "Việt Nam; Phạm Quang Nghị, UV T.Ư Đảng, Bộ trưởng Bộ Văn hóa Thông tin.")
    got = holdings(text)
    assert {("Nguyễn Khoa Điềm", "Ủy viên Bộ Chính trị"), ("Hồng Vinh", "Ủy viên Trung ương Đảng"),
            ("Phạm Quang Nghị", "Bộ trưởng Bộ Văn hóa Thông tin")} <= got


def test_uv_light_is_no_post():
    text = "Theo bác sĩ Nguyễn Văn Hùng, tia UV rất có hại cho mắt trẻ em."
    assert holdings(text) == set()
