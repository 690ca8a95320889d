"""A double-barrelled foreign family name written with a spaced dash is one name (sentences from the corpus)."""

from kg.extraction.persons import find_persons
from kg.text.segment import tokens


def _names(text: str) -> list[str]:
    return [m.name for m in find_persons(text, tokens(text), 0)]


def test_spaced_dash_joins_family_name_after_honorific() -> None:
    text = ("Đại diện Quỹ nhi đồng Liên hợp quốc tại Việt Nam, ông Christian Salazar - Volkmann bày tỏ sự khâm phục "
            "trước những thành công của VN")
    assert _names(text) == ["Christian Salazar-Volkmann"]


def test_half_spaced_dash_and_listed_after_another_person() -> None:
    assert "Kate Sherriff-Smith" in _names("cô Kate Sherriff- Smith từ trường Đại học Murdoch đã phát biểu")
    text = ("hai ca sĩ nước ngoài Alain Chenne Viere (ban nhạc Pow wow) và Laura Mayne - Kerbrat (ban nhạc Natie)… "
            "Đặc biệt")
    assert _names(text) == ["Alain Chenne Viere", "Laura Mayne-Kerbrat"]


def test_caption_singer_and_song_stays_apart() -> None:
    text = "Ariana Grande - Thank u, next\nVào năm 2008, Ariana Grande đã có một màn ra mắt"
    assert "Ariana Grande-Thank" not in _names(text)


def test_pair_of_players_stays_apart() -> None:
    text = "ông Roger Federer - Nadal gặp nhau ở chung kết. Nadal thắng."
    assert "Roger Federer-Nadal" not in _names(text)
