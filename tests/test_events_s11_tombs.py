"""The person whose tomb an event is held at or visited ('khu mộ của Giáo sĩ A', 'thăm mộ của ...') is dead and
takes part in nothing, as the person a funeral is held for (real corpus sentences, outside the gold sets)."""

from kg.extraction import extract
from kg.model import Article


def test_the_rabbi_whose_tomb_hosts_the_festival_takes_no_part_in_it():
    text = ("Đêm 29/4, hàng chục nghìn người Do Thái đã tập trung tại núi Meron, phía bắc Israel để tham gia lễ hội "
            "Lag B'Omer ở khu mộ của Giáo sĩ Shimon Bar Yochai.")
    article = Article("t", "", text, published="2021-04-30")
    assert all("Shimon Bar Yochai" not in e.attendees + e.chairs for e in extract(article).events)
