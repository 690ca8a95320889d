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


def test_international_body_keeps_its_seat_after_its_abbreviation():
    # corpus (vntc): the seat "tại Việt Nam" after "(WB)" still belongs to the post, before or after the name
    text = "Giám đốc Ngân hàng Thế giới (WB) tại Việt Nam Klaus Rohland ký hiệp định tín dụng với Bộ Tài chính."
    assert ("Klaus Rohland", "Giám đốc Ngân hàng Thế giới tại Việt Nam") in holdings(text)
    text = "Đại sứ Liên minh châu Âu (EU) tại VN, ông Marcus Conarro, vừa cho biết: chương trình là tiên tiến nhất."
    assert any(p.startswith("Đại sứ Liên minh châu Âu") for n, p in holdings(text) if n == "Marcus Conarro")


def test_an_ambassadors_own_country_is_not_the_country_of_his_seat():
    # corpus (dantri world): the later bare "Đại sứ Lescouhier" is Belgium's ambassador, not Korea's
    text = ("Sự việc liên quan đến bà Xiang Xueqiu, 63 tuổi, vợ Đại sứ Bỉ tại Hàn Quốc Peter Lescouhier. "
            "Đại sứ Peter Lescouhier từng học tập tại Đại học Phúc Đán và Nam Kinh của Trung Quốc.")
    found = holdings(text)
    assert ("Peter Lescouhier", "Đại sứ Bỉ tại Hàn Quốc") in found
    assert ("Peter Lescouhier", "Đại sứ Hàn Quốc") not in found
