"""Bodies cut short: a unit named with its number ('Xí nghiệp Thiết kế xây dựng số 2', 'Khu QLGTĐT số 1'), and
fields the dictionary lacks ('Công chánh', 'Vắc xin', 'đô thị'), are part of the body's name (corpus_dev sentences)."""

from kg.extraction import extract
from kg.model import Article


def holdings(text: str) -> set[tuple[str, str]]:
    return {(h.person, h.position) for h in extract(Article("t", "", text)).holdings if not h.former}


def test_enterprise_number_ends_its_name_before_a_parent():
    text = ("Ông Hoàng Văn Uẩn - Giám đốc Xí nghiệp Thiết kế xây dựng số 2, Công ty Tư vấn xây dựng tổng hợp, "
            "cho biết.")
    assert ("Hoàng Văn Uẩn", "Giám đốc Xí nghiệp Thiết kế xây dựng số 2") in holdings(text)


def test_abbreviated_unit_keeps_its_number_and_city():
    text = "Ông Lê Quyết Thắng, phó giám đốc Khu QLGTĐT số 1 TP.HCM, nói: Sau khi nhận bàn giao."
    assert holdings(text) == {("Lê Quyết Thắng", "Phó giám đốc Khu QLGTĐT số 1 thành phố Hồ Chí Minh")}


def test_numbered_team_before_the_holder():
    text = "Đội phó Quản lý thị trường số 1 Hoàng Chí Trung cho biết để bắt được vụ pháo lậu chiều nay."
    assert holdings(text) == {("Hoàng Chí Trung", "Đội phó Quản lý thị trường số 1")}


def test_a_street_number_after_a_comma_is_no_part_of_the_body():
    text = "Ông Nguyễn Văn Minh, Chủ tịch UBND tỉnh, số 12 đường Lê Lợi, cho biết."
    assert all("số" not in p for _, p in holdings(text))


def test_field_words_the_dictionary_lacks_go_on_with_the_body():
    text = "Ông Trần Đình Phú, Phó giám đốc Sở Giao thông - Công chánh TP.HCM, cho biết."
    assert holdings(text) == {("Trần Đình Phú", "Phó giám đốc Sở Giao thông - Công chánh thành phố Hồ Chí Minh")}
    text = ("GS Nguyễn Thu Vân, Giám đốc Công ty Vắc xin và Sinh phẩm số 1 - Viện Vệ sinh dịch tễ Trung ương, "
            "cho biết.")
    assert holdings(text) == {("Nguyễn Thu Vân",
                               "Giám đốc Công ty Vắc xin và Sinh phẩm số 1 - Viện Vệ sinh dịch tễ Trung ương")}


def test_urban_and_the_number_end_the_unit():
    text = "Ông Lê Toàn - giám đốc Khu Quản lý giao thông đô thị số 1 - cho biết trước khi khoán duy tu đường."
    assert holdings(text) == {("Lê Toàn", "Giám đốc Khu Quản lý giao thông đô thị số 1")}
