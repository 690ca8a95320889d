"""A provincial body without its place in a sentence that names no province but names districts of one province
takes that province, in an article on two provinces ("Phó Chủ tịch UBND tỉnh Trần Văn Tuý đã ký ... xã Tam Sơn,
huyện Từ Sơn" -> Bắc Ninh, not the article's Thái Nguyên). Sentences from a real corpus article (gold_blind34
vntc-train-XH_NLD_(3902))."""

from extracted import current_holdings as holdings


def test_districts_of_the_sentence_give_its_province():
    text = ("Thái Nguyên, Bắc Ninh công bố hết dịch cúm gia cầm. Chi cục Thú y tỉnh Thái Nguyên cho biết tỉnh Thái "
            "Nguyên đã qua 21 ngày không phát sinh ổ dịch mới. Đến nay, Thái Nguyên đã hoàn thành tiêm phòng.\n"
            "Cũng trong ngày 29-12, Phó Chủ tịch UBND tỉnh Trần Văn Tuý đã ký quyết định công bố hết dịch cúm gia "
            "cầm trên địa bàn xã: Tam Sơn, huyện Từ Sơn; Gia Đông, Nghĩa Đạo huyện Thuận Thành.")
    assert ("Trần Văn Tuý", "Phó Chủ tịch Ủy ban nhân dân tỉnh Bắc Ninh") in holdings(text)


def test_districts_of_the_article_province_change_nothing():
    text = ("Thái Nguyên công bố hết dịch cúm gia cầm. Phó Chủ tịch UBND tỉnh Nguyễn Văn An đã ký quyết định công bố "
            "hết dịch trên địa bàn huyện Phú Lương.")
    assert ("Nguyễn Văn An", "Phó Chủ tịch Ủy ban nhân dân tỉnh Thái Nguyên") in holdings(text)
