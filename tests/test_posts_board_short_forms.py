"""A board's head written with the board's short form ('phó trưởng BQL dự án Bạch Đằng Đông', 'Trưởng BTC Cuộc thi
...'): a post of that board (sentences from corpus_dev)."""

from kg.extraction import extract
from kg.model import Article


def holdings(text: str) -> set[tuple[str, str]]:
    return {(h.person, h.position) for h in extract(Article("t", "", text)).holdings if not h.former}


def test_deputy_head_of_a_project_board_in_apposition():
    text = "Ông Phan Hoài Lưu - phó trưởng BQL dự án Bạch Đằng Đông - cho rằng: “Nguyên tắc mà nói”."
    assert holdings(text) == {("Phan Hoài Lưu", "Phó trưởng Ban Quản lý dự án Bạch Đằng Đông")}


def test_head_of_a_board_before_a_clause():
    text = "Ông Nguyễn Minh Tuệ, Trưởng BQL dự án cầu Móng Sến cho biết, cầu sẽ thông xe trong tháng tới."
    assert holdings(text) == {("Nguyễn Minh Tuệ", "Trưởng Ban Quản lý dự án cầu Móng Sến")}


def test_head_of_an_organising_board():
    text = "Bà Nguyễn Thúy Hồng, Trưởng BTC Cuộc thi Giáo viên Sáng tạo, cho biết cuộc thi năm nay rất sôi nổi."
    assert holdings(text) == {("Nguyễn Thúy Hồng", "Trưởng BTC Cuộc thi Giáo viên Sáng tạo")}
