"""'Tại <place>,' opening a sentence in a visit's report is a leg of the visit only when the report has named that
place; a place new to it opens another story (texts from the corpus)."""

from kg.extraction import extract
from kg.model import Article


def locations(text: str) -> list[list[str]]:
    return [e.locations for e in extract(Article("t", "", text)).events]


def test_another_province_in_a_flood_round_up_is_no_leg_of_the_visit():
    # vntc-train-XH_VNE_(978)
    text = ("Đoàn công tác Chính phủ do Phó thủ tướng Nguyễn Tấn Dũng dẫn đầu chiều nay đã đến Quảng Nam.\nTại Quảng "
            "Nam, Phó chủ tịch UBND tỉnh Trần Minh Cả cho biết, hôm nay thiệt hại do lũ tăng vọt với 13 người chết, 4 "
            "người mất tích.\nTại Quảng Ngãi, kể từ khi bắt đầu hoành hành đến nay (ngày 23/11), lũ đã cướp đi 11 sinh "
            "mạng, làm 1 người bị thương nặng.")
    assert locations(text) == [["Quảng Nam"]]


def test_a_country_the_report_named_is_a_leg_of_the_trip():
    # vntc-test-XH_VNE_T_(5437) (shortened): the report names Quảng Châu before 'Tại Quảng Châu,'
    text = ("Chiều 20/7, Chủ tịch nước Trần Đức Lương đã thăm Trung Quốc và thành phố Quảng Châu, thủ phủ tỉnh Quảng "
            "Đông.\nChủ tịch nước cảm ơn nhân dân tỉnh Quảng Đông.\nTại Quảng Đông, hai bên đã ký kết nhiều văn kiện "
            "hợp tác.")
    [found] = locations(text)
    assert "Quảng Đông" in found
