"""A rank or degree told between commas after a name does not break the apposition of the titles after it; a list's
next row number that the source glued to a body's last word is no part of the body. Sentences from a real corpus
article (a list of Party Central Committee members written without line breaks)."""

from extracted import current_holdings as holdings


def test_a_rank_between_the_name_and_the_title():
    text = ("128. Phùng Quang Thanh, Thượng tướng, Thứ trưởng Bộ Quốc phòng, Tổng Tham mưu trưởng Quân đội nhân dân "
            "Việt Nam.")
    assert ("Phùng Quang Thanh", "Thứ trưởng Bộ Quốc phòng") in holdings(text)


def test_a_row_number_glued_to_the_body_is_dropped():
    text = ("Trương Vĩnh Trọng - Trưởng Ban Nội chính Trung ương10. Lê Thanh Hải - Phó Bí thư Thành uỷ, Chủ tịch UBND "
            "TP. Hồ Chí Minh11.")
    assert ("Trương Vĩnh Trọng", "Trưởng Ban Nội chính Trung ương") in holdings(text)
