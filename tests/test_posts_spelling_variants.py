"""Spelling variants of roles: 'sỹ' is a common spelling of 'sĩ' (Hạ nghị sỹ, Thượng nghị sỹ). Sentences from real
corpus articles."""

from kg.extraction import extract
from kg.model import Article


def holdings(text: str, **kw) -> set[tuple[str, str]]:
    return {(h.person, h.position) for h in extract(Article("t", "", text, **kw)).holdings if not h.former}


def test_a_member_of_parliament_spelt_with_sy():
    text = ("Chiều 8-4, tại Văn phòng Chính phủ, Thủ tướng Phan Văn Khải đã thân mật tiếp Hạ nghị sỹ Nhật Bản "
            "Fukuda Yasuo, đang thăm và làm việc tại nước ta.")
    assert ("Fukuda Yasuo", "Hạ nghị sỹ Nhật Bản") in holdings(text)
