""""Phó" and the first word of a title, written without the rest ("Phó Chủ UBND", "Phó Bộ Tư lệnh"), is the
deputy's title cut short, not the family name "Phó" and a given name (session 22; gold and corpus_dev sentences)."""

from kg.extraction.pipeline import extract
from kg.model import Article


def _persons(text: str) -> set[str]:
    return {p.name for p in extract(Article(id="t", title="", text=text)).persons}


def test_deputy_chairman_cut_short_is_no_person() -> None:
    text = ("Sáng 16/4, ông Nguyễn Thúc Dũng, Phó Chủ UBND huyện Hòa Vang (TP Đà Nẵng) cho biết, hàng loạt học sinh "
            "Trường Tiểu học Hòa Khương trên địa bàn huyện phải đi cấp cứu tại bệnh viện.")
    persons = _persons(text)
    assert "Nguyễn Thúc Dũng" in persons
    assert "Phó Chủ" not in persons


def test_deputy_commander_and_deputy_chief_of_office_are_no_persons() -> None:
    text = ("Tuy nhiên, ông Dương Đức Hòa, Phó Bộ Tư lệnh công binh, cho hay, bởi đặc thù cầu phao được sử dụng tạm "
            "trong thời gian ngắn nên cây cầu dã chiến này đã bị hư hỏng nặng.")
    assert "Phó Bộ" not in _persons(text)
    assert "Phó Chánh" not in _persons("Khiển trách Phó Chánh VP Bộ Y tế say, xúc phạm dân")


def test_family_name_pho_still_opens_a_full_name() -> None:
    assert "Phó Thị Nguyệt Hằng" in _persons("PGS. Phó Thị Nguyệt Hằng, giảng viên cao cấp Viện Vật lý Kỹ thuật, "
                                              "cho biết.")
