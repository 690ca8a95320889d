"""The two bare names of "từ A đến B" after a road word earlier in the sentence are the two ends of a road section,
streets named after people, not persons ("Tuyến đường Bà Hạt (hướng từ Nguyễn Kim đến Ngô Gia Tự)"). Sentences from
real corpus articles outside the gold sets (vntc-test-XH_TT_T_(10257), vntc-test-XH_VNE_T_(6440))."""

from kg.extraction import extract
from kg.model import Article


def _persons(text: str) -> set[str]:
    return {p.name for p in extract(Article("t", "", text)).persons}


def test_the_ends_of_a_road_section_are_no_persons():
    text = "Tuyến đường Bà Hạt, quận 10 (hướng từ Nguyễn Kim đến Ngô Gia Tự, bên phải) gần như không còn vỉa hè."
    assert _persons(text) == set()
    text = ("Tuyến đường tàu điện đi theo đường 32 từ Nhổn đến Hồ Tùng Mậu, ngã tư Mai Dịch, Xuân Thuỷ, Cầu Giấy, "
            "Kim Mã, Cát Linh và kết thúc ở Ga Hà Nội.")
    assert "Hồ Tùng Mậu" not in _persons(text)


def test_without_a_road_word_the_names_stay():
    text = "Ông Lê Văn Hòa cho biết, từ Nguyễn Văn Bình đến Trần Thị Mai đều đã ký đơn."
    assert {"Nguyễn Văn Bình", "Trần Thị Mai"} <= _persons(text)
