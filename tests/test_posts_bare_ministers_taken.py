"""A bare 'Bộ trưởng' does not take the article's one ministry when another named person is its minister, when the
person's own ministry is written elsewhere, or before ', Chủ nhiệm ...'; sentences from real corpus articles."""

from extracted import current_holdings as holdings


def test_a_ministry_has_one_minister():
    text = ("Bộ trưởng Mai Tiến Dũng cho biết, liên quan tới hiện tượng cá chết hàng loạt tại khu vực biển miền Trung, "
            "Thủ tướng Chính phủ đã trực tiếp chỉ đạo. Cũng tại buổi họp báo, Bộ trưởng Bộ Thông tin và Truyền thông "
            "(TT-TT) Trương Minh Tuấn cho biết thêm, các nhà khoa học đã rất nỗ lực và xác định được nguyên nhân.")
    got = holdings(text)
    assert ("Trương Minh Tuấn", "Bộ trưởng Bộ Thông tin và Truyền thông") in got
    assert ("Mai Tiến Dũng", "Bộ trưởng Bộ Thông tin và Truyền thông") not in got


def test_the_only_ministry_still_fills_a_bare_minister():
    text = ("Bộ trưởng Bộ Thông tin và Truyền thông Trương Minh Tuấn dự họp báo. Bộ trưởng Trương Minh Tuấn cho biết "
            "thêm, các nhà khoa học đã rất nỗ lực và xác định được nguyên nhân.")
    assert ("Trương Minh Tuấn", "Bộ trưởng Bộ Thông tin và Truyền thông") in holdings(text)
