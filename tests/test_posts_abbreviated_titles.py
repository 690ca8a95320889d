"""Titles the press writes as short forms (`TGĐ`, `Phó TGĐ`, `PTGĐ`, `GĐ`, `PCT`) are roles, labelled spelled out;
sentences from real corpus articles."""

from extracted import all_holdings as holdings


def test_a_company_officer_under_a_short_title():
    text = ("Chia sẻ về việc \"chảy máu\" chất xám tại Coteccons, ông Phạm Quân Lực - Phó TGĐ Coteccons - cho biết, "
            "trong quá trình tái cơ cấu sẽ có những nhân sự không phù hợp.")
    assert ("Phạm Quân Lực", "Phó Tổng Giám đốc Coteccons") in holdings(text)
    text = ("Chia sẻ tại Hội thảo World Mobile Broadband & ISP Summit, PTGĐ FPT Telecom Chu Hùng Thắng cho biết: "
            "\"Văn hóa lấy Khách hàng làm trọng tâm.\"")
    assert ("Chu Hùng Thắng", "Phó Tổng Giám đốc FPT Telecom") in holdings(text)
    text = ("Theo nhận định ban đầu của bác sĩ Quản Văn Hà - GĐ Trung tâm Y tế huyện Lâm Thao: \"Có tới 60% số người "
            "dân mắc các bệnh liên quan đến đường hô hấp trên.\"")
    assert ("Quản Văn Hà", "Giám đốc Trung tâm Y tế huyện Lâm Thao") in holdings(text)


def test_a_deputy_chairman_under_a_short_title():
    text = ("Ông Trương Văn Bay, PCT UBND thị xã Hội An đã đích thân gặp và tặng hoa cho bà Colette Michel cùng những "
            "sản phẩm địa phương.")
    assert ("Trương Văn Bay", "Phó Chủ tịch Ủy ban nhân dân thị xã Hội An") in holdings(text)
