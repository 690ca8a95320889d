"""A name in brackets closing a paragraph signs the report: a byline, no person (corpus sentences)."""

from kg.extraction.pipeline import extract
from kg.model import Article


def _persons(text: str) -> set[str]:
    return {p.name for p in extract(Article(id="t", title="", text=text)).persons}


def test_byline_at_the_end_of_the_report() -> None:
    text = ("UBI được đánh giá là một trong 20 trường dạy về quản trị kinh doanh hàng đầu của châu Âu hiện nay. "
            "(Trần Phương)")
    assert _persons(text) == set()


def test_byline_glued_to_the_next_paragraph() -> None:
    text = ("Tai nạn làm người đàn ông 49 tuổi điều khiển xe gắn máy chết tại chỗ. (Đàm Huy)Theo một cán bộ Phòng "
            "CSGT đường bộ, hiện Phòng CSGT khi thống kê không tách riêng các trường hợp xe buýt gây tai nạn.")
    assert _persons(text) == set()


def test_author_after_a_title_and_a_reader_stay() -> None:
    text = 'Trong cuốn sách, bài thơ "Thăm núi Ba Vì" (Phạm Tiến Duật) nói về vùng núi hùng vĩ của Hà Tây.'
    assert _persons(text) == {"Phạm Tiến Duật"}


def test_name_written_again_is_no_byline() -> None:
    text = "Lễ trao giải diễn ra trọng thể. (Trần Phương)\nÔng Trần Phương, Giám đốc Sở, phát biểu khai mạc."
    assert "Trần Phương" in _persons(text)
