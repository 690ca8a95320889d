"""Ministries the press writes as run-together or hyphenated initials ('Bộ GDĐT', 665 times in corpus_dev; 'Bộ
KH-ĐT', 'Bộ TTTT', 'Bộ KHCN', ...) are ministries (ministries.tsv): a post's body takes the official name, and a
bare 'Thứ trưởng' takes the one ministry the article names. Sentences from real corpus articles
(vntc-test-XH_VNE_T_(4646), vntc-test-XH_NLD_T_(9283))."""

from extracted import current_holdings as holdings


def test_a_bare_deputy_minister_takes_the_ministry_written_in_initials():
    text = ("Trong những ngày này, Bộ GDĐT cũng đã cử đoàn thanh tra đi kiểm tra ngẫu nhiên tại một số tỉnh, thành. "
            "Ngay trong sáng qua, đoàn do Thứ trưởng Bành Tiến Long dẫn đầu đã kiểm tra điểm sao in đề thi của thành "
            "phố Hà Nội.")
    assert ("Bành Tiến Long", "Thứ trưởng Bộ Giáo dục và Đào tạo") in holdings(text)


def test_a_ministry_in_initials_takes_its_official_name():
    text = "Thứ trưởng Bộ KHĐT Cao Viết Sinh cho biết sẽ trình Chính phủ trong tháng tới."
    assert ("Cao Viết Sinh", "Thứ trưởng Bộ Kế hoạch và Đầu tư") in holdings(text)


def test_a_bare_minister_takes_the_ministry_the_article_is_about():
    text = ("Tại phiên họp, Thủ tướng cũng nghe Bộ Giao thông Vận tải báo cáo về vụ đổ tàu E1. Thủ tướng nhấn mạnh, "
            "đây là tai nạn nghiêm trọng. Để xảy ra vụ việc, trách nhiệm trước hết thuộc về Bộ Giao thông vận tải.\n"
            "Thủ tướng yêu cầu Bộ trưởng Đào Đình Bình phải làm rõ trách nhiệm của cá nhân, tập thể liên quan đến vụ "
            "tai nạn. Nếu Bộ Giao thông vận tải và Tổng công ty đường sắt còn có ý kiến khác nhau, Bộ Công an sẽ vào "
            "cuộc.")
    assert ("Đào Đình Bình", "Bộ trưởng Bộ Giao thông vận tải") in holdings(text)
    two = text.replace("Bộ Giao thông vận tải và", "Bộ Công an và")  # named twice beside another twice: no majority
    assert ("Đào Đình Bình", "Bộ trưởng") in holdings(two)


def test_a_ministry_written_without_và_takes_its_official_name():
    text = ("Ông Đặng Hùng Võ, Thứ trưởng Bộ Tài nguyên Môi trường cho biết, đã từ lâu TP HCM xin ý kiến của Chính phủ "
            "để triển khai dự án.")
    assert ("Đặng Hùng Võ", "Thứ trưởng Bộ Tài nguyên và Môi trường") in holdings(text)
