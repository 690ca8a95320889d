"""Where an incident happened ('xảy ra tại', '1 vụ nghiêm trọng tại') is spoken of, not where the event is held."""

from kg.extraction import extract
from kg.model import Article


def test_the_place_of_an_incident_raised_at_a_question_time_is_no_venue():
    text = ("Bộ trưởng Nguyễn Minh Hiển lần thứ 3 liên tiếp trả lời chất vấn. 5 chất vấn dành cho Bộ trưởng "
            "Lê Hồng Anh tập trung vào vấn đề tai nạn giao thông gia tăng, "
            "trong đó có 1 vụ nghiêm trọng tại đèo Lò Xo (Kon Tum).")
    [event] = extract(Article("t", "", text)).events
    assert (event.locations, event.attendees) == ([], ["Nguyễn Minh Hiển", "Lê Hồng Anh"])


def test_an_event_held_at_a_place_keeps_it():
    text = ("Sáng 10/6, tại huyện Bình Liêu, tỉnh Quảng Ninh, Phó Thủ tướng Nguyễn Tấn Dũng đã thăm hỏi các gia đình "
            "nạn nhân của vụ lở núi.")
    [event] = extract(Article("t", "", text, published="2005-06-10")).events
    assert event.locations == ["huyện Bình Liêu", "Quảng Ninh"]
