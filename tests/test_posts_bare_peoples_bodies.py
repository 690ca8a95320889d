"""A people's committee or council written without its level ("Phó chủ tịch UBND Nguyễn Văn Đua") takes the one
level the article names such bodies at when that is a province's, and with it the article's province. Texts from
real corpus articles (vntc-test-XH_VNE_T_(78), vntc-train-XH_VNE_(1092))."""

from extracted import current_holdings as holdings

_SESSION = ("Ủy ban thuyết phục HĐND TP HCM cho tăng giá nước\n"
            "Tỷ lệ thất thoát nước sạch 30% đang làm nhiều đại biểu hội đồng lưỡng lự biểu quyết cho việc tăng giá "
            "nước. Phát biểu trước cuộc họp sáng nay, Phó chủ tịch UBND Nguyễn Văn Đua đề nghị các đại biểu quan tâm "
            "hơn tới yêu cầu của ngành nước thành phố.\n")


def test_a_bare_committee_takes_the_provincial_level_named():
    text = _SESSION + "Các đại biểu HĐND thành phố đã chất vấn Giám đốc Công ty cấp nước."
    assert ("Nguyễn Văn Đua", "Phó chủ tịch Ủy ban nhân dân thành phố Hồ Chí Minh") in holdings(text)


def test_kept_bare_when_a_district_body_is_named_too():
    text = _SESSION + "Các đại biểu HĐND thành phố và UBND quận 5 đã chất vấn Giám đốc Công ty cấp nước."
    assert ("Nguyễn Văn Đua", "Phó chủ tịch Ủy ban nhân dân") in holdings(text)
