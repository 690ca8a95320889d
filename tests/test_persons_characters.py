"""Roles actors play are characters, not persons the article reports on; sentences from real articles of the
corpus."""

from kg.extraction import extract
from kg.model import Article


def persons(text: str) -> set[str]:
    return {p.name for p in extract(Article("t", "", text)).persons}


def test_a_role_after_vao_vai_is_no_person_anywhere_in_the_article():
    text = ("Trần Hiểu Húc sinh ra để vào vai Lâm Đại Ngọc. Trần Hiểu Húc, sinh năm 1965, được đạo diễn mời vào "
            "đoàn phim. Lâm Đại Ngọc đa sầu đa cảm và giàu tâm hồn.")
    assert persons(text) == {"Trần Hiểu Húc"}


def test_a_role_in_brackets_after_the_actor():
    text = "Âu Dương Phấn Cường (vai Giả Bảo Ngọc) cũng giống như Trần Hiểu Húc đã rời làng giải trí."
    assert persons(text) == {"Âu Dương Phấn Cường", "Trần Hiểu Húc"}


def test_a_shoulder_is_no_role():
    text = "Trương Vũ Kỳ tựa đầu lên vai Lý Bình Hy trong buổi họp báo ra mắt phim."
    assert persons(text) == {"Trương Vũ Kỳ", "Lý Bình Hy"}
