"""After a department's post ('Vụ trưởng Vụ X', 'Trưởng ban X', 'Trưởng phòng X'), a comma and the head of a body
name the department's parent, which the label keeps; a saying verb after it, a degree before the holder's name and
a capitalised 'Bà' of a place do not change where the parent ends. Sentences from real corpus articles."""

from extracted import current_holdings as holdings


def test_a_ministry_after_a_department_is_its_parent():
    text = ("Về vấn đề này, ông Nguyễn Xuân Thành, Vụ trưởng Vụ Giáo dục Trung học, Bộ GD&ĐT cũng cho rằng, chương "
            "trình lớp 1 mới thực hiện được một tháng.")
    assert ("Nguyễn Xuân Thành", "Vụ trưởng Vụ Giáo dục Trung học, Bộ Giáo dục và Đào tạo") in holdings(text)
    text = "Bà Đỗ Thị Thuý Hằng - Phó Vụ trưởng Vụ Hành chính sự nghiệp, Bộ Tài chính"
    assert ("Đỗ Thị Thuý Hằng", "Phó Vụ trưởng Vụ Hành chính sự nghiệp, Bộ Tài chính") in holdings(text)


def test_an_association_after_its_board_is_its_parent():
    text = ("Theo bà Nguyễn Thị Ngọc Hạnh, Trưởng Ban Gia đình Xã hội, Hội liên hiệp phụ nữ thành phố, nêu: các gia "
            "đình.")
    assert ("Nguyễn Thị Ngọc Hạnh", "Trưởng Ban Gia đình Xã hội, Hội liên hiệp phụ nữ thành phố") in holdings(text)


def test_a_saying_verb_ends_the_parent():
    text = ("Trao đổi với VnExpress, ông Hồ Quốc Khánh, Phó trưởng phòng quản lý thương mại, Sở Thương mại cho hay, "
            "hiện thành phố chỉ cho phép 3 chợ trong nội thành.")
    assert ("Hồ Quốc Khánh", "Phó trưởng phòng quản lý thương mại, Sở Thương mại") in holdings(text)


def test_a_capitalised_ba_of_a_place_stays_in_the_parent():
    text = ("Trung tá Phạm Văn Lệnh, Trưởng phòng cảnh sát giao thông đường thủy, Công an Bà Rịa - Vũng Tàu hôm qua "
            "cho biết, đã ra quyết định tạm đình chỉ công tác ba cảnh sát.")
    assert ("Phạm Văn Lệnh", "Trưởng phòng cảnh sát giao thông đường thủy, Công an Bà Rịa") in holdings(text)


def test_a_field_written_with_a_comma_before_the_parent():
    # the corpus writes 'Cục Quản lý Khám, chữa bệnh, Bộ Y tế đề nghị ...'; here under its head's title
    text = "PGS.TS Lương Ngọc Khuê, Cục trưởng Cục Quản lý Khám, chữa bệnh, Bộ Y tế cho biết nhiều nước."
    assert ("Lương Ngọc Khuê", "Cục trưởng Cục Quản lý Khám, chữa bệnh, Bộ Y tế") in holdings(text)


def test_the_unit_written_another_way_joins_the_label_with_its_parent():
    text = ("Chiều qua, tiến sĩ Bùi Quang Anh, Cục trưởng Cục Thú y, Bộ Nông nghiệp và Phát triển nông thôn, khẳng "
            "định: gà chết. Mấy ngày nữa, Cục trưởng Thú y Bùi Quang Anh sẽ vào vùng dịch.")
    assert holdings(text) == {("Bùi Quang Anh", "Cục trưởng Cục Thú y, Bộ Nông nghiệp và Phát triển nông thôn")}


def test_the_parent_after_a_dash_or_a_comma_is_one_post():
    text = ("Trao đổi với PV Dân trí, bà Nguyễn Thị Việt Hương - Phó Tổng cục trưởng Tổng cục Giáo dục nghề nghiệp - "
            "Bộ LĐ-TB&XH cho biết đây là kết luận. Bà Nguyễn Thị Việt Hương, Phó Tổng cục trưởng Tổng cục Giáo dục "
            "nghề nghiệp, Bộ LĐ-TB&XH nói thêm.")
    assert len(holdings(text)) == 1


def test_a_verb_after_an_abbreviated_parent_is_no_part_of_it():
    text = "TS Nguyễn Hữu Hải - Vụ trưởng Vụ Bảo trợ xã hội, Bộ LĐTB&amp;XH công nhận: một số chính sách hỗ trợ."
    assert not any(position.endswith("công nhận") for _, position in holdings(text))
