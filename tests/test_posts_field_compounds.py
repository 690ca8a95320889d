"""A body named in sentence case goes on over a field compound the dictionary lacks ("Phụ sản", "Mía đường",
"Dệt may": body_words.txt) instead of being cut after its first syllable ("Bệnh viện Phụ"). Sentences from real
corpus articles (dantri health_232, vntc XH_NLD_(4248), XH_VNE_T_(8149))."""

from kg.extraction import extract
from kg.model import Article


def holdings(text: str) -> set[tuple[str, str]]:
    return {(h.person, h.position) for h in extract(Article("t", "", text)).holdings if not h.former}


def test_a_hospital_named_by_its_field():
    text = ("PGS.TS Trần Danh Cường, Giám đốc Bệnh viện Phụ sản Trung ương cho biết, ngoài 41 nhân viên y tế trở "
            "thành F2, hiện xác nhận có 17 bệnh nhân tiếp xúc với F1 của ca Covid-19.")
    assert holdings(text) == {("Trần Danh Cường", "Giám đốc Bệnh viện Phụ sản Trung ương")}


def test_a_company_named_by_its_trade():
    text = ("Ông Nguyễn Thái Hòa, Phó Giám đốc Công ty Mía đường Trà Vinh, cho biết: Đây là lần đầu tiên bệnh than "
            "xuất hiện trên cây mía ở Trà Vinh.")
    assert ("Nguyễn Thái Hòa", "Phó Giám đốc Công ty Mía đường Trà Vinh") in holdings(text)


def test_an_association_named_by_its_trade():
    text = ("Theo ông Lê Hồng Phoa, Giám đốc Công ty may xuất khẩu Protrade và là Chủ tịch Chi hội Dệt may tỉnh "
            "Bình Dương, cách tốt nhất để tránh đình công hiện nay là đảm bảo quyền lợi người lao động.")
    assert ("Lê Hồng Phoa", "Chủ tịch Chi hội Dệt may tỉnh Bình Dương") in holdings(text)
