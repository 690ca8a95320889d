"""`NAME, người phát ngôn của TITLE,`: the spokesperson's post is the whole phrase, not a bare `người phát ngôn`
(which yields no holding). Sentences from real corpus articles (vntc-train-XH_TT_(2900), vntc-test-XH_VNE_T_(3497),
vntc-train-XH_TT_(2793))."""

from extracted import all_holdings as holdings


def test_the_prime_ministers_spokesman_in_apposition():
    text = ("Ông Nguyễn Kinh Quốc, người phát ngôn của Thủ tướng, cho biết Thủ tướng Chính phủ ngay trong tháng mười "
            "hai này sẽ ký một chỉ thị riêng yêu cầu các bộ, ngành và địa phương triệt để thực hiện tiết kiệm.")
    assert ("Nguyễn Kinh Quốc", "Người phát ngôn của Thủ tướng") in holdings(text)


def test_a_ministers_spokesman_with_the_ministry():
    text = ("Chiều nay, ông Nguyễn Hồng Hiển, người phát ngôn của Bộ trưởng Bộ Giao thông Vận tải cho biết, sáng 21/3, "
            "các cơ quan chức năng của Bộ đã họp triển khai ý kiến chỉ đạo về vụ đổ tàu E1.")
    assert ("Nguyễn Hồng Hiển", "Người phát ngôn của Bộ trưởng Bộ Giao thông Vận tải") in holdings(text)


def test_after_a_dash():
    text = "Phóng viên Tuổi Trẻ đã đặt câu hỏi với ông Nguyễn Kinh Quốc - người phát ngôn của Thủ tướng."
    assert ("Nguyễn Kinh Quốc", "Người phát ngôn của Thủ tướng") in holdings(text)
