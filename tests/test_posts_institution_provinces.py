"""A province that only ends an institution's own name (`Trường Đại học Kiến trúc Hà Nội`) does not make the
article's city: a bare `TP` in a Hồ Chí Minh City paper stays Hồ Chí Minh City. Text from a real corpus article
(vntc-train-XH_NLD_(4071), Người Lao Động)."""

from kg.extraction import extract
from kg.model import Article

TEXT = ("(NLĐ)- Ngày 10-6, tại UBND TP, Viện Kinh tế TP và Ban Quản lý Đầu tư- Xây dựng Khu đô thị mới (KĐTM) Thủ "
        "Thiêm đã tổ chức hội thảo tư vấn.\n"
        "Phát biểu khai mạc hội thảo, Phó Chủ tịch UBND TP Nguyễn Văn Đua đã chỉ ra 4 vấn đề chính cần có ý kiến của "
        "các nhà tư vấn. Tán đồng ý kiến này, PGS-TS Trần Trọng Hanh, Hiệu trưởng Trường Đại học Kiến trúc Hà Nội, đề "
        "xuất nên chia các dự án đầu tư thành 2 nhóm. Ông Trần Du Lịch, Viện trưởng Viện Kinh tế TP, ghi nhận ý kiến "
        "của các nhà tư vấn.")


def holdings(source: str | None) -> set[tuple[str, str]]:
    return {(h.person, h.position) for h in extract(Article("t", "", TEXT, source=source)).holdings}


def test_the_papers_city_over_a_universitys_city():
    found = holdings("Người Lao Động")
    assert ("Nguyễn Văn Đua", "Phó Chủ tịch Ủy ban nhân dân thành phố Hồ Chí Minh") in found
    assert ("Trần Du Lịch", "Viện trưởng Viện Kinh tế thành phố Hồ Chí Minh") in found
    assert ("Trần Trọng Hanh", "Hiệu trưởng Trường Đại học Kiến trúc Hà Nội") in found


def test_the_outlet_tag_alone():
    found = holdings(None)
    assert ("Nguyễn Văn Đua", "Phó Chủ tịch Ủy ban nhân dân thành phố Hồ Chí Minh") in found


BAR = ("(NLĐ)- Theo ông Nguyễn Thu Giang, Phó Giám đốc Sở Tư pháp TP, những “lùm xùm” trong vụ khách sạn Tản Đà chủ "
       "yếu là do đơn vị tổ chức không lường trước được.\n"
       "Tương tự, luật sư Nguyễn Ngọc Lâm, Phó Chủ nhiệm Đoàn Luật sư Quảng Ngãi, cũng cho rằng, nếu trước khi bán đấu "
       "giá đơn vị tổ chức đã đưa ra những quy định ràng buộc cụ thể thì không có chuyện này.")
# from vntc-test-XH_NLD_T_(9261), Người Lao Động


def test_the_papers_city_over_a_bar_associations_province():
    found = {(h.person, h.position) for h in extract(Article("t", "", BAR)).holdings}
    assert ("Nguyễn Thu Giang", "Phó Giám đốc Sở Tư pháp thành phố Hồ Chí Minh") in found
