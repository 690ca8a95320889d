"""Texts printing the Icelandic eth `Ð`/`ð` for `Đ`/`đ`: names are found as with `Đ` and keep the printed letter
(corpus sentences)."""

from kg.extraction.pipeline import extract
from kg.extraction.printed import readable
from kg.model import Article


def _facts(text: str):
    return extract(Article("eth", "", text, "2006-03-26"))


def test_name_printed_with_eth_is_found_and_keeps_its_letter() -> None:
    text = ("Bí thư thứ nhất T.Ư Ðoàn TNCS Hồ Chí Minh, Chủ nhiệm Ủy ban quốc gia về thanh niên Việt Nam "
            "Ðào Ngọc Dung, đọc diễn văn khai mạc buổi lễ.")
    assert [p.name for p in _facts(text).persons] == ["Ðào Ngọc Dung"]


def test_holder_of_a_post_keeps_the_printed_letter() -> None:
    text = ("Tuy nhiên, với tư cách là ban soạn thảo, Bộ trưởng Bộ GTVT Ðào Ðình Bình đứng ra bảo vệ lập luận của "
            "mình. Ðề nghị Bộ GTVT cho biết.")
    facts = _facts(text)
    assert [p.name for p in facts.persons] == ["Ðào Ðình Bình"]
    assert [(h.person, h.position) for h in facts.holdings] == [("Ðào Ðình Bình", "Bộ trưởng Bộ Giao thông vận tải")]


def test_reading_keeps_offsets_and_leaves_plain_text_alone() -> None:
    text = "Ðào Ðình Bình, ðại biểu"
    assert readable(text) == "Đào Đình Bình, đại biểu" and len(readable(text)) == len(text)
    plain = "Đào Đình Bình"
    assert readable(plain) is plain
