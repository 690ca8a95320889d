"""What a named person says at an event ('X tuyên bố ... sẽ ...') is said, not an event to come (real corpus
sentences)."""

from kg.extraction import extract
from kg.model import Article


def test_a_future_in_what_a_visitor_declares_keeps_the_visit():
    text = ("Australia hỗ trợ cho các nạn nhân bão lụt Việt Nam. Hôm nay trong chuyến thăm Chương trình giảm nhẹ thiên "
            "tai ở Việt Nam, Quốc vụ khanh Bruce Billson đã tuyên bố chính phủ Australia sẽ hỗ trợ cho các nạn nhân ở "
            "khu vực phía Bắc bị bão số 7 tàn phá.")
    [event] = extract(Article("t", "", text)).events
    assert (event.attendees, event.locations) == (["Bruce Billson"], ["Việt Nam"])


def test_a_future_before_the_speaker_is_still_an_event_to_come():
    text = ("Australia hỗ trợ cho các nạn nhân bão lụt Việt Nam. Tuần tới, chuyến thăm Việt Nam sẽ diễn ra, Quốc vụ "
            "khanh Bruce Billson tuyên bố.")
    assert extract(Article("t", "", text)).events == []
