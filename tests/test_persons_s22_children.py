"""`em` ending the noun `trẻ em` (children) is no form of address: the capitalised words after it name the
children's place, people or organisation ("trẻ em Bình Nhì", "trẻ em H're", "Tổ chức trẻ em Rồng Xanh"), not a
person called "em X" (session 22; gold and corpus_dev sentences)."""

from kg.extraction.pipeline import extract
from kg.model import Article


def _persons(text: str) -> set[str]:
    return {p.name for p in extract(Article(id="t", title="", text=text)).persons}


def test_childrens_organisation_is_no_person() -> None:
    text = ("Như tin đã đưa, ngày 24/4, Phòng Cảnh sát Hình sự Công an Nghệ An phối hợp Tổ chức trẻ em Rồng Xanh và "
            "Công an huyện Kỳ Sơn (Nghệ An) bàn giao 3 thai phụ.")
    assert "Rồng Xanh" not in _persons(text)


def test_childrens_place_and_people_are_no_persons() -> None:
    assert "Bình Nhì" not in _persons("Khu vui chơi trẻ em Bình Nhì bị bỏ hoang")
    assert "Nông Sơn" not in _persons("Được biết, trong chương trình “vì một chiếc cầu cho trẻ em Nông Sơn” do báo "
                                      "Tuổi trẻ phát động, nhiều đơn vị đã đóng góp.")


def test_minister_for_children_keeps_her_name() -> None:
    text = ("Hôm qua, Bộ trưởng, Chủ nhiệm Ủy ban Dân số, gia đình và trẻ em Lê Thị Thu đã đọc Tờ trình Quốc hội về "
            "dự án Luật Bảo vệ, chăm sóc và giáo dục trẻ em.")
    assert "Lê Thị Thu" in _persons(text)
