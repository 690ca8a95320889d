"""'đoàn BODY do TITLE NAME dẫn đầu': the bare title of the delegation's leader heads the body the delegation comes
from. Sentences from real corpus articles (vntc XH_NLD_T_(9720), XH_NLD_(5096), XH_VNE_T_(97), XH_VNE_T_(397))."""

from kg.extraction import extract
from kg.model import Article


def holdings(text: str) -> set[tuple[str, str]]:
    return {(h.person, h.position) for h in extract(Article("t", "", text)).holdings if not h.former}


def test_a_mass_organisation_delegation():
    text = ("Tổng Bí thư Nông Đức Mạnh cùng các đồng chí trong Bộ Chính trị đã vui mừng đón tiếp đoàn đại biểu Ủy ban "
            "Trung ương MTTQ VN do Chủ tịch Phạm Thế Duyệt dẫn đầu; đoàn đại biểu Quốc hội do Phó Chủ tịch Quốc hội "
            "Nguyễn Văn Yểu dẫn đầu.")
    found = holdings(text)
    assert ("Phạm Thế Duyệt", "Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam") in found
    assert ("Nguyễn Văn Yểu", "Phó Chủ tịch Quốc hội") in found


def test_a_foreign_ministry_delegation():
    text = ("Cùng ngày, tại TPHCM, Phó Chủ tịch UBND TP Nguyễn Thành Tài đã tiếp đoàn Bộ Thông tin Văn hóa CHDCND Lào "
            "do Bộ trưởng Mounkeo Oraboun dẫn đầu.")
    assert ("Mounkeo Oraboun", "Bộ trưởng Bộ Thông tin Văn hóa CHDCND Lào") in holdings(text)


def test_an_association_delegation_after_a_comma():
    text = ("Ngày 10-3, đoàn Hội Hữu nghị Việt Nam - Mông Cổ, do Phó chủ tịch Nguyễn Thế Đắc dẫn đầu đã đến thăm "
            "Ulan Bator.")
    assert ("Nguyễn Thế Đắc", "Phó chủ tịch Hội Hữu nghị Việt Nam - Mông Cổ") in holdings(text)


def test_the_place_the_delegation_is_in_is_no_part_of_the_body():
    text = ("Ông Nhớ cho hay, đoàn công tác của ĐH Hàng Hải tại Hàn Quốc do hiệu phó Đặng Trần Uy dẫn đầu, đã dùng "
            "ảnh đối chiếu với xác nạn nhân.")
    assert ("Đặng Trần Uy", "Hiệu phó Đại học Hàng Hải") in holdings(text)


def test_a_national_title_keeps_its_own_label():
    text = "Chiều qua, đoàn đại biểu Chính phủ Hoàng gia Campuchia do Thủ tướng Hun Sen dẫn đầu đã đến Hà Nội."
    assert holdings(text) == {("Hun Sen", "Thủ tướng Campuchia")}
