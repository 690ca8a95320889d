"""A post's own short form in parentheses right after it belongs to the post, as do the body's short name, parent
or place in parentheses before the name; the short forms of Party posts
(UVBCT, UVTƯ) are posts. Sentences from real corpus articles."""

from kg.extraction import extract
from kg.model import Article


def holdings(text: str, **kw) -> set[tuple[str, str]]:
    return {(h.person, h.position) for h in extract(Article("t", "", text, **kw)).holdings if not h.former}


def test_a_short_form_between_the_title_and_the_name():
    text = ("Các “tư lệnh” lĩnh vực mình phụ trách - theo như cách gọi của Chủ tịch Quốc hội (QH) Nguyễn Văn An "
            "về các vị bộ trưởng - đã trả lời chất vấn.")
    assert ("Nguyễn Văn An", "Chủ tịch Quốc hội") in holdings(text)


def test_a_short_form_after_a_body_before_a_foreign_name():
    text = ("Chủ tịch Liên đoàn bóng đá châu Âu (UEFA) Alexander Ceferin chỉ trích Phó Chủ tịch Man Utd, "
            "Ed Woodward.")
    assert ("Alexander Ceferin", "Chủ tịch Liên đoàn bóng đá châu Âu") in holdings(text)


def test_a_glossed_post_keeps_the_chain_of_posts_going():
    text = ("Đồng chí Phan Diễn, Ủy viên Bộ Chính trị (UVBCT), Thường trực Ban Bí Thư đã đọc lời đề dẫn khai mạc "
            "đại hội.")
    assert holdings(text) == {("Phan Diễn", "Ủy viên Bộ Chính trị"), ("Phan Diễn", "Thường trực Ban Bí Thư")}


def test_party_short_forms_after_a_name_are_posts():
    text = ("Ông Vũ Đức Đam, UVTƯ Đảng, Phó Thủ tướng Chính phủ dự lễ. Đoàn Chủ tịch gồm Phan Diễn (UVBCT), "
            "Nguyễn Minh Triết (UVBCT), Bộ trưởng Bộ Công An Lê Hồng Anh.")
    found = holdings(text)
    assert {("Vũ Đức Đam", "Ủy viên Trung ương Đảng"), ("Phan Diễn", "Ủy viên Bộ Chính trị"),
            ("Nguyễn Minh Triết", "Ủy viên Bộ Chính trị"), ("Lê Hồng Anh", "Bộ trưởng Bộ Công an")} <= found



def test_a_short_name_between_the_body_and_the_name():
    text = ("Trong cuộc họp của ban Kinh tế ngân sách HĐND TP HCM, hôm qua, Tổng giám đốc Tổng công ty cấp nước "
            "Sài Gòn (Sawaco) Võ Dũng đã thừa nhận có thể nước bẩn đã xâm nhập vào đường ống nước máy.")
    assert ("Võ Dũng", "Tổng giám đốc Tổng công ty cấp nước Sài Gòn") in holdings(text)


def test_a_place_in_parentheses_between_the_body_and_the_name():
    text = ("Ông Chủ tịch UBND quận Gò Vấp (TP HCM) Trần Kim Long từng ký bán nhiều khu đất quy hoạch "
            "công viên.")
    assert holdings(text) == {("Trần Kim Long", "Chủ tịch Ủy ban nhân dân quận Gò Vấp")}
