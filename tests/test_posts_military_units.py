"""Military posts: a chief of staff ("Tham mưu trưởng") and the number that names a military unit ("Quân khu 4").
Sentences from real corpus articles (dantri-unc-news_world_221, vntc-test-XH_VNE_T_(2901), (4143), (807))."""

from extracted import current_holdings as holdings


def test_a_chief_of_staff_holds_a_post():
    text = ("Tham mưu trưởng Hải quân Indonesia Yudo Margono ngày 24/4 cho biết các nhà chức trách đã tìm thấy "
            "mảnh vỡ của tàu ngầm.")
    assert ("Yudo Margono", "Tham mưu trưởng Hải quân Indonesia") in holdings(text)


def test_a_chief_of_staff_of_a_numbered_military_region():
    text = ("Trong số những người hy sinh có Trung tướng Trương Đình Thanh - Tư lệnh Quân khu, Thiếu tướng Nguyễn Bá "
            "Tuấn - Phó Tư lệnh, Tham mưu trưởng Quân khu 4.")
    assert ("Nguyễn Bá Tuấn", "Tham mưu trưởng Quân khu 4") in holdings(text)


def test_a_military_region_keeps_its_number():
    text = ("Hơn 8h, sau tiếng hô của Phó Tư lệnh Quân khu 7, Trung tướng Phạm Xuân Hoà, các đoàn duyệt binh "
            "của khối quân đội bắt đầu diễu hành.")
    assert ("Phạm Xuân Hoà", "Phó Tư lệnh Quân khu 7") in holdings(text)


def test_a_number_after_another_body_is_not_taken():
    text = "Ông Nguyễn Văn An, Giám đốc Sở Y tế 2 năm nay, cho biết bệnh viện đã quá tải."
    assert not any(post.endswith("2") for _, post in holdings(text))


def test_a_steering_committee_keeps_its_number():
    text = ("Ông Phan Diễn, Ủy viên Bộ Chính trị, thường trực Ban bí thư, trưởng Ban chỉ đạo trung ương 6 phát biểu "
            "như vậy hôm qua, tại hội nghị kiểm điểm thực hiện kết luận Hội nghị Trung ương 4 (khóa IX).")
    assert ("Phan Diễn", "Trưởng Ban chỉ đạo trung ương 6") in holdings(text)
