"""A bare 'Phó Tổng cục trưởng' before a name takes the one general department (Tổng cục) the article names, also two
sentences before it; a head's name run into the department is no part of it. Sentences from real corpus articles
(gold_blind24 vntc-train-XH_VNE_(458), vntc-test-XH_VNE_T_(2136))."""

from extracted import current_holdings as holdings


def test_bare_deputy_head_takes_the_one_general_department_named():
    text = ("Theo Tổng cục Du lịch, trong 6 tháng đầu năm, hơn 110.000 khách Hàn Quốc đã đến Việt Nam. Trong đó, khách "
            "Hàn Quốc tăng khoảng 80% so với cùng kỳ năm ngoái. Theo Phó Tổng cục trưởng Phạm Từ, với việc dỡ bỏ visa, "
            "Việt Nam hy vọng sẽ đón nửa triệu khách Nhật/năm trong tương lai gần.")
    assert ("Phạm Từ", "Phó Tổng cục trưởng Tổng cục Du lịch") in holdings(text)


def test_two_general_departments_leave_the_title_bare():
    text = ("Tổng cục Du lịch và Tổng cục Hải quan đã họp. Trong đó, khách Hàn Quốc tăng khoảng 80%. Theo Phó Tổng cục "
            "trưởng Phạm Từ, Việt Nam hy vọng sẽ đón nửa triệu khách Nhật.")
    assert not any(person == "Phạm Từ" and "Tổng cục Du lịch" in post for person, post in holdings(text))


def test_the_heads_name_is_no_part_of_the_department():
    text = ("Tổng cục trưởng Tổng cục Du lịch Việt Nam Võ Thị Thắng và Thị trưởng Geneva Pierre Muller đã khai mạc. "
            "Báo chí nhắc lại mục tiêu mà Tổng cục trưởng Võ Thị Thắng nêu ra trong phát biểu khai mạc.")
    assert all("Muller" not in post for _, post in holdings(text))
