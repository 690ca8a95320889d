"""After a count of people ('hai HLV', 'hai tiến sĩ', 'hai đạo diễn'), a listed foreign given name and a family name
are the first of the people counted, even when the next name is not right after a comma or 'và' ('hai đạo diễn
Olivier Assayas người Pháp với ... và đạo diễn Cristian Mungiu'); a group word still heads a team ('các cầu thủ Real
Madrid'). Sentences from real corpus articles outside the gold sets (dantri-unc-news_sport_129,
vims-Cluster_231-1516)."""

from kg.extraction import extract
from kg.model import Article


def _persons(text: str) -> set[str]:
    return {p.name for p in extract(Article("t", "", text)).persons}


def test_the_first_of_two_coaches_is_a_person():
    text = ("Hiện tại, hai HLV Julian Nagelsmann (Leipzig) và Brendan Rodgers (Leicester) đang được nhắc đến nhiều "
            "nhất.")
    assert {"Julian Nagelsmann", "Brendan Rodgers"} <= _persons(text)


def test_the_first_of_two_doctors_is_a_person():
    text = "CIES Football Observatory thành lập từ năm 2005 bởi hai tiến sĩ Raffaele Poli và Loic Ravenel."
    assert "Raffaele Poli" in _persons(text)


def test_a_team_after_a_group_word_stays_out():
    assert _persons("Các cầu thủ Real Madrid đã tập luyện từ sáng.") == set()
