"""A figure of historical_persons.txt who lived into the corpora's years (lifespans.tsv) takes part in the events
of articles written in their lifetime, and in none written after (real corpus sentences)."""

from kg.extraction import extract
from kg.model import Article

_TEXT = ("Cuộc hội ngộ của các chiến sĩ Điện Biên. Sáng qua, gần 400 đại biểu đại diện cho hàng chục nghìn chiến sĩ "
         "từng tham gia chiến dịch Điện Biên Phủ đã có buổi gặp mặt tại Hà Nội. Đại tướng Võ Nguyên Giáp, nguyên "
         "Tổng Tư lệnh Quân đội nhân dân VN, Chỉ huy trưởng mặt trận cũng tới dự.")


def test_a_figure_still_alive_takes_part_in_an_undated_report():
    [event] = extract(Article("t", "", _TEXT)).events
    assert event.attendees == ["Võ Nguyên Giáp"]


def test_a_figure_takes_part_in_nothing_reported_after_the_year_of_death():
    assert extract(Article("t", "", _TEXT, published="2021-04-20")).events == []
