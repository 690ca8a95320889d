"""'VN' in a body's name is written out in post labels, so that one post written both ways in one article is one
holding. Sentences from a real corpus article (vntc XH_TN_(1328))."""

from kg.extraction import extract
from kg.extraction.canonical import label
from kg.model import Article


def holdings(text: str) -> list[tuple[str, str]]:
    return [(h.person, h.position) for h in extract(Article("t", "", text)).holdings if not h.former]


def test_vn_and_viet_nam_are_one_post():
    text = ("Đến dự có Chủ tịch nước Trần Đức Lương; Chủ tịch Ủy ban T.Ư MTTQ VN Phạm Thế Duyệt. \"Chúng ta sống chết "
            "có nhau\", Chủ tịch Ủy ban T.Ư MTTQ Việt Nam Phạm Thế Duyệt biểu dương khối đại đoàn kết các dân tộc.")
    assert [p for p in holdings(text) if p[0] == "Phạm Thế Duyệt"] == [
        ("Phạm Thế Duyệt", "Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam")]


def test_vn_is_written_out_in_any_body():
    assert label("Phó Tổng Giám đốc", "Đài Truyền hình VN", "")[0] == "Phó Tổng Giám đốc Đài Truyền hình Việt Nam"
