"""A sentence opened by 'Trong suốt' / 'Suốt' sums up a span of time: no event (corpus sentences, a name added)."""

from kg.extraction import extract
from kg.model import Article


def test_what_someone_did_throughout_a_span_opens_no_event():
    text = "Suốt 2 tháng ròng thăm và chăm bạn, anh Nguyễn Văn Khương đã gặp rất nhiều người."
    assert extract(Article("t", "", text)).events == []


def test_the_same_visit_told_without_the_span_is_an_event():
    text = "Hôm qua, anh Nguyễn Văn Khương đã đến thăm và chăm bạn tại bệnh viện."
    [event] = extract(Article("t", "", text, published="2021-04-20")).events
    assert event.attendees == ["Nguyễn Văn Khương"]
