"""The school a department belongs to, written in lower case after a comma ("Trưởng Phòng Đào tạo, trường ĐH
Ngoại thương"): part of the post, as a capitalised parent is; and the parent of a centre or a school after a second
comma ("Trung tâm Hô hấp, Bệnh viện Nhi Trung ương"); sentences from real corpus articles."""

from extracted import current_holdings


def test_a_lower_case_school_after_the_department_is_its_parent():
    text = ("PGS.TS Bùi Đức Triệu, trưởng Phòng Quản lý Đào tạo, trường ĐH Kinh tế quốc dân cho biết, để tăng cơ hội "
            "đỗ, thí sinh nên đăng ký nhiều nguyện vọng.")
    assert ("Bùi Đức Triệu", "Trưởng Phòng Quản lý Đào tạo, trường Đại học Kinh tế quốc dân") in current_holdings(text)


def test_a_lower_case_school_after_a_dash_apposition():
    text = ("PGS.TS Vũ Thị Hiền - Trưởng Phòng Đào tạo, trường ĐH Ngoại thương cho biết, năm 2021, trường có 6 phương "
            "thức xét tuyển.")
    assert ("Vũ Thị Hiền", "Trưởng Phòng Đào tạo, trường Đại học Ngoại thương") in current_holdings(text)


def test_the_parent_of_a_centre_after_a_second_comma():
    text = ("PGS.TS Lê Thanh Chương, Trưởng khoa Hồi sức Hô hấp, Trung tâm Hô hấp, Bệnh viện Nhi Trung ương cho biết, "
            "bệnh nhi đã qua cơn nguy kịch.")
    assert ("Lê Thanh Chương", "Trưởng khoa Hồi sức Hô hấp, Trung tâm Hô hấp, Bệnh viện Nhi Trung ương") \
        in current_holdings(text)


def test_the_university_of_a_member_school_after_a_second_comma():
    text = ("PGS.TS. Nguyễn Văn Toản, Trưởng Khoa Cơ khí và Công nghệ, trường Đại học Nông lâm, Đại học Huế cho biết, "
            "khoa đã tổ chức lễ bảo vệ khóa luận.")
    assert ("Nguyễn Văn Toản", "Trưởng Khoa Cơ khí và Công nghệ, trường Đại học Nông lâm, Đại học Huế") \
        in current_holdings(text)
