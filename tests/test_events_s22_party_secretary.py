"""A Party secretary ("Bí thư Tỉnh ủy A đề nghị") speaks: "thư" in "bí thư" is no letter carrying a directive,
from real corpus sentences."""

from kg.extraction import extract
from kg.model import Article


def _attendees(text: str, **kw) -> set[str]:
    return {a for e in extract(Article("t", "", text, **kw)).events for a in e.attendees + e.chairs}


def test_a_provincial_secretary_speaking_in_a_debate_takes_part():
    text = ("Tiếp lời ông Dung, ĐB Lê Kim Toàn (Bình Định) cũng bỗng dưng “giật mình”. "
            "Cần cố gắng giữ đúng tuyến Bắc-Nam, hạn chế vòng qua nhiều địa phương, bí thư Tỉnh ủy Nghệ An Lê Doãn Hợp "
            "đề nghị. "
            "ĐB Hoàng Thanh Phú (Thái Nguyên) đồng tình ngay, cho rằng “nắn thẳng toàn tuyến thì khó”.")
    assert {"Hoàng Thanh Phú", "Lê Doãn Hợp"} <= _attendees(text)


def test_the_general_secretary_speaking_at_the_opening_takes_part():
    text = ("Sáng nay, Hội nghị lần thứ 9 Ban chấp hành Trung ương Đảng khóa IX khai mạc tại Hà Nội. "
            "Trong diễn văn khai mạc, Tổng bí thư Nông Đức Mạnh yêu cầu các đại biểu nêu cao tinh thần trách nhiệm.")
    assert "Nông Đức Mạnh" in _attendees(text)


def test_a_letter_still_carries_a_directive():
    text = ("Sáng 5-3, UBND tỉnh họp bàn về dự án. "
            "Trước đó, trong thư gửi UBND tỉnh, Bộ trưởng Nguyễn Văn A đã đề nghị tạm dừng dự án.")
    assert "Nguyễn Văn A" not in _attendees(text, published="2006-03-06")
