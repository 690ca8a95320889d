"""A name alone on its line after a paragraph's end, written nowhere else, signs the report when a byline word
follows it ('Đoàn Loan thực hiện', 'Mi Vân (tổng hợp)', 'Phạm Hiếu ghi') or the article's footer starts on the next
line ('Nguyễn Hành' before '* Mọi ý kiến đóng góp ...'): the author, no person the article reports on. Lines from
real corpus articles outside the gold sets (dantri-unc-news_education_111, dantri-unc-news_entertainment_033,
vntc-test-XH_VNE_T_(6934))."""

from kg.extraction import extract
from kg.model import Article


def _persons(text: str) -> set[str]:
    return {p.name for p in extract(Article("t", "", text)).persons}


def test_a_name_before_the_footer_is_the_byline():
    text = ("Làm việc với cơ quan Công an, ông Q. đã thừa nhận toàn bộ hành vi phạm tội của mình.\nNguyễn Hành\n"
            "* Mọi ý kiến đóng góp về giáo dục, giáo dục nghề nghiệp độc giả gửi tin, bài về email.")
    assert _persons(text) == set()


def test_a_name_with_a_byline_word_is_the_byline():
    text = "Bà Nguyễn Thị Hoa cho biết cửa hàng đã đóng cửa.\nMi Vân (tổng hợp)"
    assert _persons(text) == {"Nguyễn Thị Hoa"}
    text = "Ông Trần Văn Nam nói vậy.\nĐoàn Loan thực hiện\nCâu chuyện khác"
    assert _persons(text) == {"Trần Văn Nam"}


def test_a_list_of_names_line_by_line_stays():
    text = "Những người bị thương:\nNguyễn Văn Hùng\nTrần Văn Nam\nĐã xuất viện."
    assert _persons(text) == {"Nguyễn Văn Hùng", "Trần Văn Nam"}


def test_a_name_written_again_in_the_article_stays():
    text = "Ông Lê Văn Hải phát biểu.\nLê Văn Hải\n* Mọi ý kiến đóng góp về giáo dục."
    assert "Lê Văn Hải" in _persons(text)
