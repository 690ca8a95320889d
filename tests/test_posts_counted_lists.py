"""A counted or plural title over the list of its holders ("Sáu ủy viên BCT (A, B, ... và C)", "các Phó Thủ tướng:
A, B, C") is each one's; sentences from real corpus articles."""

from extracted import current_holdings as holdings


def test_counted_lower_case_title_over_a_parenthesised_list():
    text = ("Sáu ủy viên BCT (Nông Đức Mạnh, Nguyễn Minh Triết, Nguyễn Tấn Dũng, Nguyễn Phú Trọng, Trương Tấn Sang và "
            "Lê Hồng Anh) được giới thiệu tái cử đã trúng cử với số phiếu cao (trên 88%).")
    got = holdings(text)
    for name in ("Nông Đức Mạnh", "Nguyễn Minh Triết", "Trương Tấn Sang", "Lê Hồng Anh"):
        assert (name, "Ủy viên Bộ Chính trị") in got


def test_plural_title_over_a_colon_list():
    text = ("Sáng 26-4, tại Văn phòng Chính phủ, Chính phủ đã họp phiên thường kỳ tháng 4-2006 dưới sự chủ trì của Thủ "
            "tướng Phan Văn Khải và các Phó Thủ tướng: Nguyễn Tấn Dũng, Vũ Khoan, Phạm Gia Khiêm.")
    got = holdings(text)
    assert {("Nguyễn Tấn Dũng", "Phó Thủ tướng"), ("Vũ Khoan", "Phó Thủ tướng"),
            ("Phạm Gia Khiêm", "Phó Thủ tướng")} <= got


def test_counted_title_with_a_lower_case_clause_is_no_body():
    text = ("Các bộ trưởng trúng cử BCH là Lê Hồng Anh (Bộ Công an), Võ Hồng Phúc (Bộ KH&ĐT), Nguyễn Sinh Hùng "
            "(Bộ Tài chính).")
    assert not any("trúng cử" in post for _, post in holdings(text))


def test_counted_title_then_a_clause_closed_by_la_gives_each_listed_name_the_title():
    text = "Hai phó thủ tướng tái đắc cử BCH lần này là Nguyễn Tấn Dũng và Phạm Gia Khiêm."
    got = holdings(text)
    assert {("Nguyễn Tấn Dũng", "Phó thủ tướng"), ("Phạm Gia Khiêm", "Phó thủ tướng")} <= got


def test_a_clause_holding_a_comma_or_a_name_is_no_list_opener():
    text = "Hai phó thủ tướng đã đến thăm, động viên bà con là Nguyễn Văn A và Trần Văn B."
    assert not any(post.lower() == "phó thủ tướng" for _, post in holdings(text))


def test_counted_ministers_with_each_ministry_in_brackets():
    text = ("Các bộ trưởng trúng cử BCH là Lê Hồng Anh (Bộ Công an), Võ Hồng Phúc (Bộ KH&ĐT), Nguyễn Sinh Hùng "
            "(Bộ Tài chính), Ksor Phước (Ủy ban Dân tộc) và Lê Đức Thúy (Thống đốc Ngân hàng Nhà nước).")
    got = holdings(text)
    assert {("Lê Hồng Anh", "Bộ trưởng Bộ Công an"), ("Nguyễn Sinh Hùng", "Bộ trưởng Bộ Tài chính"),
            ("Ksor Phước", "Chủ nhiệm Ủy ban Dân tộc"), ("Lê Đức Thúy", "Thống đốc Ngân hàng Nhà nước")} <= got


def test_a_ministry_in_brackets_without_a_counted_minister_title_is_no_post():
    text = "Ông Nguyễn Văn Hùng (Bộ Công an) cho biết vụ việc đang được điều tra."
    assert not any(post.startswith("Bộ trưởng") for _, post in holdings(text))
