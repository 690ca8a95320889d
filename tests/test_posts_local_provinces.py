"""A local post written without its place takes the one province named in its sentence and the one before it in the
same paragraph when that is not the article's own: a report on several provinces or a roundup of two cities.
Texts from real corpus articles (vntc-train-XH_VNE_(969), vntc-test-XH_VNE_T_(1398))."""

from extracted import current_holdings as holdings


def test_the_province_the_paragraph_opens_with():
    text = ("Lũ ở Trung Bộ làm 21 người chết\n"
            "Lũ tại Quảng Trị: Quảng Trị có 5 người chết. Tại Quảng Trị, nước sông Thạch Hãn lên cao. Quảng Trị đã "
            "sơ tán dân.\n"
            "Tại Quảng Ngãi, ông Trương Quang Tưởng, Phó chánh văn phòng UBND tỉnh, cho biết, đã xảy ra sạt lở núi ở "
            "xã Trà Phong, huyện Tây Trà.")
    assert ("Trương Quang Tưởng", "Phó chánh văn phòng Ủy ban nhân dân tỉnh Quảng Ngãi") in holdings(text)


def test_the_city_of_the_second_ceremony():
    text = ("Sáng 6/5, tại Điện Biên, lễ kỷ niệm diễn ra trọng thể. Điện Biên đón hàng vạn người. Đoàn đại biểu đến "
            "Điện Biên từ sớm.\n"
            "Cũng trong sáng 6/5, TP HCM đã tổ chức trọng thể lễ mít tinh kỷ niệm 50 năm chiến thắng Điện Biên Phủ tại "
            "Nhà hát thành phố. Đến dự có Bí thư Thành ủy TP HCM Nguyễn Minh Triết, Chủ tịch UBND thành phố Lê Thanh "
            "Hải, những cán bộ chiến sĩ từng tham gia chiến dịch.")
    assert ("Lê Thanh Hải", "Chủ tịch Ủy ban nhân dân thành phố Hồ Chí Minh") in holdings(text)


def test_the_articles_province_when_the_paragraph_names_two():
    text = ("Quảng Trị đã sơ tán dân. Quảng Trị có 5 người chết. Tại Quảng Trị, nước sông lên cao.\n"
            "Quảng Ngãi và Quảng Nam cũng bị lũ. Ông Trương Quang Tưởng, Phó chánh văn phòng UBND tỉnh, cho biết.")
    assert ("Trương Quang Tưởng", "Phó chánh văn phòng Ủy ban nhân dân tỉnh Quảng Trị") in holdings(text)
