"""A bare school head before a name belongs to the one school the article names; sentences from real corpus
articles."""

from extracted import all_holdings as holdings


def test_bare_principal_takes_the_one_school_named():
    text = ("Sáng 21/7, khá đông thí sinh đăng ký dự thi tuyển sinh vào CĐ Sư phạm Quảng Nam năm 2005 đã tập trung.\n"
            "Hiệu trưởng Lê Duy Phát cho biết, vì quyền lợi của 75 thí sinh, trường sẽ tổ chức thi lại.")
    assert holdings(text) == {("Lê Duy Phát", "Hiệu trưởng CĐ Sư phạm Quảng Nam")}


def test_two_schools_leave_the_principal_bare():
    text = ("Theo Vụ trưởng Vụ Đại học Trần Thị Hà, CĐ Công nghiệp Hà Nội là trường có số thí sinh đăng ký cao nhất, "
            "hơn ĐH Bách khoa Hà Nội.\nTheo Hiệu trưởng Hoàng Văn Điện, gần 36.000 thí sinh đã đến dự thi.")
    assert not any(p.startswith("Hiệu trưởng ") for _, p in holdings(text))


def test_islands_are_no_school():
    text = ("Quần đảo Trường Sa thuộc tỉnh Khánh Hòa. Trường Tiểu học Phước Bình tổ chức quyên góp.\n"
            "Hiệu trưởng Nguyễn Thị Thu Hiền cho biết đã gửi 20 triệu đồng.")
    assert holdings(text) == {("Nguyễn Thị Thu Hiền", "Hiệu trưởng Trường Tiểu học Phước Bình")}


def test_faculty_takes_the_one_school_named():
    text = ("Ngày 7/4, Hội đồng trường Trường ĐH Tôn Đức Thắng đã họp phiên thứ nhất.\nBà Phạm Thị Minh Lý, Trưởng "
            "Khoa Quản trị kinh doanh, được bầu giữ chức danh Thư ký.")
    assert ("Phạm Thị Minh Lý", "Trưởng Khoa Quản trị kinh doanh Trường Đại học Tôn Đức Thắng") in holdings(text)


def test_faculty_in_an_article_naming_a_hospital_stays_bare():
    text = ("TS Vũ Hồng Thăng, Phó Trưởng bộ môn Ung thư Trường Đại học Y Hà Nội, làm việc tại Bệnh viện K.\n"
            "Bà Lê Thị Hoa, Trưởng khoa Nội tiêu hóa cho biết.")
    assert ("Lê Thị Hoa", "Trưởng khoa Nội tiêu hóa") in holdings(text)


def test_a_name_cut_at_a_line_or_in_lower_case_is_no_school():
    text = ("Chủ tịch Hội đồng trường ĐH Tôn Đức Thắng\nTrước đó, ngày 3/4/2021, Trường Đại học Tôn Đức Thắng đã tổ "
            "chức Hội nghị. KTS Trịnh Duy Anh, Trường Đại học kiến trúc TPHCM, dự.\nHiệu trưởng Lê Văn Hùng phát biểu.")
    assert ("Lê Văn Hùng", "Hiệu trưởng Trường Đại học Tôn Đức Thắng") in holdings(text)


def test_a_table_header_trường_alone_on_its_line_is_no_school_and_no_crash() -> None:
    # VNTC admissions table (vntc-test-XH_VNE_T_(5932)): the column header 'Trường' stands alone on its line
    from kg.extraction.implicit_bodies import only_school

    text = ("Khu vực ưu tiên cách nhau 0,5 điểm\nTrường\nNguyện vọng 1\nĐH Quốc gia Hà Nội\n"
            "Hiệu trưởng cho biết điểm chuẩn sẽ công bố sau.")
    assert only_school(text) == "ĐH Quốc gia Hà Nội"
