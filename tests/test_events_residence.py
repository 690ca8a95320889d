"""Where a person lives ('ngụ tại', 'trú tại', 'sống ở', 'quê ở') is no venue of the event they take part in."""

from kg.extraction import extract
from kg.model import Article


def test_the_home_of_an_award_winner_is_no_venue():
    text = ("Sáng 12/3, ban tổ chức đã trao giải nhất về chất lượng cho giống bưởi da xanh của nông dân Lê Văn Hòa, "
            "ngụ tại huyện Chợ Lách (Bến Tre).")
    [event] = extract(Article("t", "", text, published="2005-03-12")).events
    assert (event.locations, event.attendees) == ([], ["Lê Văn Hòa"])


def test_a_venue_after_the_home_is_kept():
    text = ("Sáng 12/3, tại TP Cần Thơ, ban tổ chức đã trao giải nhất cho nông dân Lê Văn Hòa, ngụ tại huyện Chợ Lách "
            "(Bến Tre).")
    [event] = extract(Article("t", "", text, published="2005-03-12")).events
    assert event.locations == ["Cần Thơ"]
