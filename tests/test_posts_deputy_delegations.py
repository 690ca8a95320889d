"""National Assembly deputies named with the province in brackets after the name and the cue inside
("Lê Huy Ngọ (ĐB Đắc Lắc)"), and the press's short 'phó đoàn' for a delegation's deputy head ("ông Mai Quốc Bình,
Phó đoàn đại biểu Quốc hội TP HCM"). Sentences from real corpus articles (vntc-test-XH_TT_T_(9840),
vntc-test-XH_VNE_T_(2584), vntc-test-XH_VNE_T_(3519), vntc-test-XH_TT_T_(10319))."""

from extracted import current_holdings as holdings


def test_a_deputy_with_cue_and_province_in_brackets():
    text = ("Cựu bộ trưởng Bộ Nông nghiệp và phát triển nông thôn Lê Huy Ngọ (ĐB Đắc Lắc) phát biểu khi QH thảo "
            "luận dự án Luật công nghệ thông tin.")
    assert ("Lê Huy Ngọ", "Đại biểu Quốc hội tỉnh Đắc Lắc") in holdings(text)


def test_a_spelled_out_deputy_in_brackets():
    text = ("Trong buổi thảo luận về dự án tổng thể đường Hồ Chí Minh sáng nay tại Quốc hội, nhiều ý kiến chỉ nêu "
            "nguyện vọng. Với những lập luận cho thấy tính ưu việt về kinh tế, lịch sử, an ninh quốc phòng... bà "
            "Nguyễn Ngọc Hải (đại biểu Phú Thọ) quyết liệt bảo vệ phương án 1.")
    assert ("Nguyễn Ngọc Hải", "Đại biểu Quốc hội tỉnh Phú Thọ") in holdings(text)


def test_no_deputy_from_a_bracket_naming_no_province():
    text = ("Quốc hội thảo luận. TS Lê Nguyễn Minh Quang (đại biểu HĐND TP.HCM): “Nền đất yếu ở khu vực TP.HCM "
            "là một vấn đề”.")
    assert not any(post.startswith("Đại biểu Quốc hội") for _, post in holdings(text))


def test_a_delegations_deputy_head_written_short():
    text = ("Đồng tình với quan điểm đó, ông Mai Quốc Bình, Phó đoàn đại biểu Quốc hội TP HCM nhấn mạnh, chia tách "
            "như vậy giúp ngành có khả năng huy động được sự tham gia của nhiều thành phần.")
    assert ("Mai Quốc Bình", "Phó đoàn đại biểu Quốc hội thành phố Hồ Chí Minh") in holdings(text)
    text = ("Đưa “thanh tra nhân dân” vào hệ thống “tai mắt” của các cơ quan quản lý nhà nước dường như “có gì đó hơi "
            "gượng ép”, phó đoàn ĐB QH Đồng Nai Lê Hồng Phương bày tỏ sự băn khoăn.")
    assert ("Lê Hồng Phương", "Phó đoàn Đại biểu Quốc hội Đồng Nai") in holdings(text)


def test_phó_đoàn_before_another_body_is_no_post():
    text = "Ông Nguyễn Văn Nam, phó đoàn kiểm tra của Sở Y tế, cho biết đã lập biên bản."
    assert not any(post.lower().startswith("phó đoàn") for _, post in holdings(text))
