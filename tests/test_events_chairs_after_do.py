"""Who chairs after 'do': 'do <body> chủ trì' (a body chairs), 'do <person> chủ trì'. Real corpus sentences."""

from kg.extraction import extract
from kg.model import Article


def test_a_body_chairing_leaves_the_speaker_after_it_an_attendee():
    # vntc-train-XH_NLD_(5134): the department chairs; the official who speaks there is no chair
    text = ("Ngày 12/4, tại cuộc họp nhằm xác định các tuyến kênh rạch phục vụ giao thông thủy và thoát nước do Sở "
            "GTCC chủ trì, ông Ngô Quang Mãnh dự báo, trong quá trình phát triển đô thị sẽ có khoảng 40 kênh rạch bị "
            "san lấp.")
    [event] = extract(Article("t", "", text, published="2005-04-13")).events
    assert event.chairs == []
    assert event.attendees == ["Ngô Quang Mãnh"]


def test_people_named_after_do_still_chair():
    text = ("Cuộc họp do Phó Chủ tịch UBND tỉnh Hà Nam Trần Xuân Dưỡng chủ trì đã diễn ra chiều 30/4 tại trụ sở "
            "UBND tỉnh.")
    [event] = extract(Article("t", "", text, published="2021-04-30")).events
    assert event.chairs == ["Trần Xuân Dưỡng"]
