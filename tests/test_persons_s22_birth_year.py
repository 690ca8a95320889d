"""`sinh năm`/`sinh ngày` after a name is the birth date: the name's last syllable does not form a word with `sinh`
("Bình sinh", "Phát sinh") and stays in the name (session 22; gold and corpus_dev sentences)."""

from kg.extraction.pipeline import extract
from kg.model import Article


def _persons(text: str) -> set[str]:
    return {p.name for p in extract(Article(id="t", title="", text=text)).persons}


def test_given_name_before_birth_year_stays_whole() -> None:
    text = ("Đó là thủy thủ Nguyễn Anh Dũng, sinh năm 1980 và thủy thủ trưởng Phạm Thanh Bình sinh năm 1954. Ông "
            "Bình là người cao tuổi nhất trong số thuyền viên Việt Nam làm việc trên tàu Tiên Phong.")
    persons = _persons(text)
    assert "Phạm Thanh Bình" in persons
    assert "Phạm Thanh" not in persons


def test_forest_ranger_before_birth_year_stays_whole() -> None:
    text = ("Kiểm lâm viên Mai Duy Bình sinh năm 1965, quê xã Đông La, huyện Đông Hưng, tỉnh Thái Bình, đang được "
            "điều trị tại bệnh viện.")
    persons = _persons(text)
    assert "Mai Duy Bình" in persons
    assert "Mai Duy" not in persons
