"""Persons missed or invented on fresh general news (round-2 draw of corpus articles outside the gold sets)."""

from kg.extraction import extract
from kg.model import Article


def persons(text: str) -> set[str]:
    return {p.name for p in extract(Article("t", "", text)).persons}


def test_foreign_name_apposed_to_one_of_a_group_of_people():
    # vims-Cluster_072-479
    text = ("Mỹ vừa tiến hành cuộc không kích ở Pakistan.\nSirajuddin Haqqani, một trong những phó thủ lĩnh của "
            "Mansour có thể sẽ được chọn thay thế.")
    assert "Sirajuddin Haqqani" in persons(text)


def test_place_apposed_to_one_of_a_group_of_places_stays_a_place():
    text = "Người dân West Virginia, một trong những bang an toàn nhất, đã đi bầu."
    assert not persons(text)
