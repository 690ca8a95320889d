"""A team ('Đội') is named like a department, its first word capitalised only ("Đội cảnh sát giao thông số 1",
"Đội quản lý hành chính về trật tự xã hội Công an quận Bình Thạnh"): the lower-case words belong to its name, as
after 'Cục' or 'Vụ'. Sentences from real corpus articles (vntc XH_VNE_(347), XH_VNE_T_(7872), XH_TT_T_(10359))."""

from extracted import current_holdings as holdings


def test_a_team_named_in_lower_case_after_the_name():
    text = ("Ông Vũ Xuân Bích, Đội trưởng Đội cảnh sát giao thông số 1, cho rằng, sau khi tăng cường xử lý thì tình "
            "trạng dừng đỗ sai quy định tại các giao lộ đã giảm.")
    assert ("Vũ Xuân Bích", "Đội trưởng Đội cảnh sát giao thông số 1") in holdings(text)


def test_a_team_after_a_rank_and_name():
    text = ("Theo trung tá Nguyễn Văn Hiếu, Đội trưởng Đội đăng ký xe, dù mức tăng đột biến như vậy nhưng thủ tục cũng "
            "được rút ngắn.")
    assert ("Nguyễn Văn Hiếu", "Đội trưởng Đội đăng ký xe") in holdings(text)


def test_a_team_and_its_police_before_the_name():
    text = ("Là một trong những địa bàn có số hộ dân nhập cư đông nhất thành phố, đội trưởng Đội quản lý hành chính về "
            "trật tự xã hội Công an quận Bình Thạnh Ngô Huy Triết cho biết thật ra hộ khẩu chỉ là một biện pháp.")
    assert ("Ngô Huy Triết", "Đội trưởng Đội quản lý hành chính về trật tự xã hội Công an quận Bình Thạnh") \
        in holdings(text)
