"""A form of address written with a capital right after a lower-case word for a place, a waterway or a shrine opens
that place's name ("rạch Ông Kích", "hang Ông Thang", "miếu Bà Phi Yến"): the words after it name no person.
Sentences from real corpus articles outside the gold sets (vntc-test-XH_VNE_T_(2329), (1293), (1283), (5821))."""

from kg.extraction import extract
from kg.model import Article


def _persons(text: str) -> set[str]:
    return {p.name for p in extract(Article("t", "", text)).persons}


def test_a_place_named_after_a_form_of_address_is_no_person():
    assert _persons("Phú Mỹ Hưng muốn xây cống hộp cho rạch Ông Kích") == set()
    text = ("Khu Vân Long có 32 hang động đẹp, có hang dài 250 m, rộng 10 m cao 8 m (hang Cá) hay hang Ông Thang dài "
            "132 m rộng 9 m cao 3 m là những hang xuyên thông núi với muôn ngàn nhũ đá.")
    assert _persons(text) == set()
    text = ("Du khách được đón tại TP HCM, đi ô tô đến Vũng Tàu và lên tàu ra Côn Đảo để thăm bảo tàng Côn Đảo, "
            "nghĩa trang Hàng Dương - cầu Ma Thiên Lãnh - miếu Bà Phi Yến - khu chuồng cọp.")
    assert "Phi Yến" not in _persons(text)


def test_the_person_next_to_such_a_place_stays():
    text = "Ông Phan Hữu Chỗ, Phó ban điều hành khu phố 2, phường Cô Giang, nhận xét, khi có dư chấn không ai hoảng."
    assert _persons(text) == {"Phan Hữu Chỗ"}
