"""An event word followed by 'hàng năm' / 'hằng năm' / 'mỗi năm' tells what is done every year, not an event
reported (real sentences of tests/gold_blind46, dantri-unc-news_business_176)."""
from kg.extraction import extract
from kg.model import Article

_AWARD = ("Giải thưởng Chất lượng Quốc gia được Thủ tướng Chính phủ ký quyết định trao tặng{} cho những doanh nghiệp "
          "có thành tích nổi bật trong việc nâng cao chất lượng sản phẩm, dịch vụ. ")
_SOURCE = ("Theo bà Đặng Thanh Thùy, Phó Tổng giám đốc Công ty Cổ phần Xuân Hòa Việt Nam: \"Để đạt được giải thưởng "
           "cao quý này, Xuân Hòa đã vượt qua 7 tiêu chí đánh giá rất khắt khe của Ban tổ chức\".")


def _attendees(text: str) -> set[str]:
    return {name for event in extract(Article("t", "", text)).events for name in event.attendees}


def test_a_yearly_award_is_no_ceremony_its_winners_sources_attend():
    assert "Đặng Thanh Thùy" not in _attendees(_AWARD.format(" hàng năm") + _SOURCE)
    assert "Đặng Thanh Thùy" not in _attendees(_AWARD.format(" hằng năm") + _SOURCE)


def test_the_award_told_once_is_still_a_ceremony():
    assert "Đặng Thanh Thùy" in _attendees(_AWARD.format("") + _SOURCE)
