"""A doubled single quote written for a double one opens a quotation, from real corpus sentences."""

from kg.extraction import extract
from kg.extraction.events import _quoted
from kg.model import Article
from kg.text.segment import tokens


def test_doubled_single_quote_opens_the_quote_its_curly_mark_closes():
    text = "Ông Võ nhận xét, điều này ‘’vênh’’ với dự thảo Luật Đăng ký bất động sản."
    toks = tokens(text, 0, len(text))
    inside = [t.text for t, q in zip(toks, _quoted(toks), strict=True) if q]
    assert inside == ["vênh"]


def test_an_attendee_whose_words_hold_a_doubled_single_quote_takes_part():
    text = ("Tham dự phiên họp, Bộ trưởng Bộ Bưu chính - Viễn thông Đỗ Trung Tá cho rằng cần quy định rõ hơn về "
            "‘’chữ ký điện tử” an toàn.")
    [event] = extract(Article("t", "", text)).events
    assert event.attendees == ["Đỗ Trung Tá"]
