"""A bare title after a full one of the same family shares its body only when it is a deputy's or a standing
member's: a body has one head, so a second bare head's title names another body. Sentences from real corpus
articles."""

from kg.extraction import extract
from kg.model import Article


def holdings(text: str, **kw) -> set[tuple[str, str]]:
    return {(h.person, h.position) for h in extract(Article("t", "", text, **kw)).holdings if not h.former}


def test_a_second_head_title_does_not_take_the_first_ones_body():
    text = ("Sáng 15-1, Chủ tịch QH Nguyễn Văn An và Chủ tịch QH Hàn Quốc Kim Won Ki đã khai mạc triển lãm "
            "nghệ thuật thư pháp Hàn Quốc về tác phẩm thơ Nhật ký trong tù của Chủ tịch Hồ Chí Minh tại Bảo tàng "
            "Hồ Chí Minh ở Hà Nội.")
    assert not any(person == "Hồ Chí Minh" for person, _ in holdings(text))


def test_a_deputy_title_still_shares_the_body():
    text = ("Chủ tịch UBND tỉnh Lâm Đồng Huỳnh Đức Hòa và Phó Chủ tịch Đoàn Văn Việt đã kiểm tra "
            "công trình.")
    assert ("Đoàn Văn Việt", "Phó Chủ tịch Ủy ban nhân dân tỉnh Lâm Đồng") in holdings(text)


def test_a_bare_deputy_title_in_apposition_shares_the_body():
    text = ("Trong số những người hy sinh có Trung tướng Trương Đình Thanh - Tư lệnh Quân khu, Thiếu tướng Nguyễn Bá "
            "Tuấn - Phó Tư lệnh, Tham mưu trưởng Quân khu 4.")
    assert ("Nguyễn Bá Tuấn", "Phó Tư lệnh Quân khu") in holdings(text)
