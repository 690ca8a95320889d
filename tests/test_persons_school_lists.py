"""The bare names of a list that a plural or a number and `trường` open with a colon or a bracket are schools named
after people, not persons ("các trường THPT: Nguyễn Thượng Hiền, Gò Vấp, Nguyễn Thái Bình"). Sentences from real
corpus articles outside the gold sets (vntc-test-XH_NLD_T_(8969), vntc-test-XH_NLD_T_(9021))."""

from kg.extraction import extract
from kg.model import Article


def _persons(text: str) -> set[str]:
    return {p.name for p in extract(Article("t", "", text)).persons}


def test_a_colon_list_of_schools_holds_no_person():
    text = ("Còn rất nhiều những câu hỏi của các bạn học sinh đến từ các trường THPT: Nguyễn Thượng Hiền, Gò Vấp, "
            "Nguyễn Thái Bình, Nguyễn Chí Thanh, Hàn Thuyên, Phú Nhuận được gởi đến ban tư vấn tuyển sinh.")
    assert _persons(text) == set()


def test_a_bracketed_list_of_schools_ends_at_its_bracket():
    text = ("Tại quận 10, ngoài 100% các trường mầm non phải tự nấu ăn cho HS, còn có 6 trường tiểu học (Triệu Thị "
            "Trinh, Dương Minh Châu, Bắc Hải, Lê Thị Riêng, Hồ Thị Kỷ và Trần Quang Cơ) cũng tự nấu ăn phục vụ HS.")
    assert _persons(text) == set()


def test_persons_named_with_a_cue_after_the_schools_stay():
    text = "Đại diện các trường: thầy Nguyễn Văn An, cô Trần Thị Bình đã phát biểu."
    assert {"Nguyễn Văn An", "Trần Thị Bình"} <= _persons(text)
