"""A body's name whose fields are listed in lower case with commas and closed by 'và' ("Ủy ban Dân số, gia đình và
trẻ em"), and a field in lower case followed by 'và' and a capitalised one ("Quỹ Bảo trợ Người tàn tật và Trẻ mồ côi
Việt Nam"). Sentences from real corpus articles (vntc-test-XH_VNE_T_(1587), (2914), vntc-train-XH_TT_(2812),
vntc-train-XH_NLD_(3895))."""

from extracted import current_holdings as holdings


def test_lower_case_fields_before_a_name():
    text = ("Hôm qua, Bộ trưởng, Chủ nhiệm Ủy ban Dân số, gia đình và trẻ em Lê Thị Thu đã đọc Tờ trình Quốc hội về "
            "dự án Luật Bảo vệ, chăm sóc và giáo dục trẻ em (sửa đổi).")
    assert ("Lê Thị Thu", "Chủ nhiệm Ủy ban Dân số, gia đình và trẻ em") in holdings(text)


def test_lower_case_fields_go_on_to_the_owner():
    text = ("Buổi thảo luận sáng nay của Ủy ban thường vụ Quốc hội về dự thảo nghị định Quy chế khu đô thị mới trở "
            "nên sôi nổi, khi Chủ nhiệm Ủy ban Khoa học, công nghệ và môi trường của Quốc hội, ông Hồ Đức Việt, nêu "
            "vấn đề nhà ở cho người nghèo.")
    # the Assembly's committee is labelled by its own name (assembly_committees.tsv)
    assert ("Hồ Đức Việt", "Chủ nhiệm Ủy ban Khoa học, Công nghệ và Môi trường của Quốc hội") in holdings(text)


def test_a_lower_case_field_then_và_and_a_capitalised_one():
    text = ("Tham dự có Phạm Quang Nghị, Bộ trưởng Bộ Văn hóa - Thông tin; Nguyễn Thị Xuân Mỹ, Chủ tịch Quỹ Bảo trợ "
            "Người tàn tật và Trẻ mồ côi Việt Nam cùng đại diện nhiều cơ quan ban, ngành, đoàn thể.")
    assert ("Nguyễn Thị Xuân Mỹ", "Chủ tịch Quỹ Bảo trợ Người tàn tật và Trẻ mồ côi Việt Nam") in holdings(text)


def test_verbs_after_a_comma_are_no_fields():
    text = ("Theo TTXVN, bà Tòng Thị Phóng, Bí thư Trung ương Đảng, Trưởng Ban Dân vận Trung ương, biểu dương và "
            "đánh giá cao những kết quả MTTQ VN đã đạt được trong năm 2005.")
    posts = {post for _, post in holdings(text)}
    assert "Trưởng Ban Dân vận Trung ương" in posts
    assert not any("biểu dương" in post for post in posts)
