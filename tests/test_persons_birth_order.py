"""A word of birth order after a form of address is a nickname, not a person's name (corpus sentences)."""

from kg.extraction.persons import find_persons
from kg.text.segment import tokens


def _names(text: str) -> list[str]:
    return [m.name for m in find_persons(text, tokens(text), 0)]


def test_birth_order_words_alone_are_no_persons() -> None:
    text = ("Chủ nhân của những căn nhà ấy là chị Liên bán vé số, anh Tâm phụ hồ, chị Bảy ve chai, bác Năm đổ nước "
            "thuê... ở phố")
    assert _names(text) == ["Liên", "Tâm"]
    assert _names("Khoảng 15h ngày 18/7, trong lúc thu gom phế liệu tại vựa của ông Sáu ở chợ Vĩnh Kim") == []


def test_full_name_ending_in_a_birth_order_word_stays() -> None:
    assert _names("Cơ quan công an đang truy tìm Cà Thị Út (24 tuổi) để làm rõ") == ["Cà Thị Út"]
    assert _names("Từ cabin, anh Sáu Tráo một tay ghì chặt bánh lái, tay kia") == ["Sáu Tráo"]
