"""Session 10 person rules, each from real corpus_dev sentences outside the gold sets."""

from kg.extraction.persons import find_persons
from kg.text.segment import tokens


def _names(text: str) -> list[str]:
    return [m.name for m in find_persons(text, tokens(text), 0)]


def _report(line: str) -> list[str]:
    """The names of a line closing a football report (the article's other sentences carry its sports words)."""
    text = "Đội hình thi đấu\n" + line
    return _names(text)


def test_lineup_after_a_formation_without_colon() -> None:
    # dantri-unc-news_sport_048: no colon after the formation, a substitute's minute in brackets
    text = ("Leeds (4-1-4-1) Meslier, Ayling, Llorente, Struijk, Alioski (Klich 79'), Phillips, Helder Costa "
            "(Poveda-Ocampo 67'), Dallas, Roberts (Hernandez 86'), Harrison 6, Bamford.")
    names = _report(text)
    for player in ("Meslier", "Ayling", "Struijk", "Klich", "Poveda-Ocampo", "Dallas", "Hernandez", "Bamford"):
        assert player in names
    assert "Leeds" not in names


def test_lineup_with_ratings_and_semicolons() -> None:
    # dantri-unc-news_sport_026 and _089: ratings after names, lines split by semicolons, initials
    text = ("VILLARREAL (4-4-2): Rulli 6; Foyth 7.5 (Gaspar 70, 6), Albiol 7, Torres 7, Pedraza 6 (Moreno 81); "
            "Chukwueze 7, Parejo 7, Capoue 6, Trigueros 7 (Gomez 81); Moreno 6.5, Alcacer 5 (Coquelin 45, 6).")
    names = _report(text)
    for player in ("Rulli", "Foyth", "Gaspar", "Capoue", "Alcacer", "Coquelin"):
        assert player in names
    assert "VILLARREAL" not in names
    text = ("Osasuna (4-1-4-1): Herrera; Vidal Miralles, Hernandez, D. Garcia, Sanchez; Torro (Rodriguez Menendez 84); "
            "Torres (Barja Alfonso 81), Moncayola, Martinez (Brasanac 64), R. Garcia (Lopez 81); Avila (Budimir 64)")
    names = _report(text)
    assert {"Vidal Miralles", "D. Garcia", "Rodriguez Menendez", "Budimir"} <= set(names)


def test_formation_outside_a_sports_report_is_no_lineup() -> None:
    # a score-like bracket in a text with no sports word opens no list
    text = "Đề án (1-2-3) gồm Hà Nội, Hải Phòng, Đà Nẵng, Cần Thơ, Huế, Vinh, Nha Trang, Quy Nhơn."
    assert _names(text) == []


def test_prose_ends_the_lineup() -> None:
    text = ("Đội hình: Barcelona (4-3-3): Ter Stegen; Mingueza (Umtiti, 75), Pique (Araujo, 46), Lenglet, Alba; "
            "Roberto, Busquets, De Jong; Messi, Griezmann, Dembele trong trận đấu tại Madrid")
    names = _names(text)
    assert {"Ter Stegen", "Umtiti", "De Jong", "Dembele"} <= set(names)
    assert "Madrid" not in names
