"""A capitalised run opened by the word for an outlet, a pagoda or a river names that thing, not a person, even
after a cue that titles persons ("Phóng viên Báo ..."). Sentences from real articles of the corpus."""

from kg.extraction import extract
from kg.model import Article


def persons(text: str) -> set[str]:
    return {p.name for p in extract(Article("t", "", text)).persons}


def test_the_reporters_paper_is_not_a_person():
    text = ("Trung tuần tháng 3/2005, phóng viên Báo Thanh Niên đã ghi nhận được thực trạng đáng lo ngại này từ "
            "Lạng Sơn.")
    assert persons(text) == set()


def test_a_place_opened_by_a_landing_word_is_not_a_person():
    text = ("Thành phố cũng tổ chức bắn pháo hoa đồng loạt tại 4 địa điểm: Bảo tàng Hồ Chí Minh, quận 4; Đền tưởng "
            "niệm liệt sĩ Bến Dược, Củ Chi; Khu di tích lịch sử Ngã Ba Dòng, Hóc Môn.")
    assert not persons(text) & {"Bến Dược"}


def test_a_given_name_that_is_also_a_place_word_still_opens_a_name():
    text = "Ca sĩ Trường Vũ trở về biểu diễn tại Hà Nội."
    assert "Trường Vũ" in persons(text)
