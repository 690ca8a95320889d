"""Joining a body or a slate ('tham gia danh sách bầu cử BCH', 'tham gia BCH', 'tham gia cấp ủy') takes part in no
event. Sentences from the corpus."""

from kg.extraction import extract
from kg.model import Article


def events(text: str, **kw):
    return extract(Article("t", "", text, **kw)).events


def test_the_people_of_a_slate_take_no_part_in_the_sitting():
    # the first sentence from vntc-train-XH_TN_(1457); the speech and the slate composed on the shape of the corpus's
    # 'tiếp tục tham gia danh sách bầu cử BCH T.Ư khóa X gồm: ...' (vntc-train-XH_TN_(1551); names invented)
    text = ("Chiều ngày 19/4, Đại hội làm việc tại hội trường, thảo luận các văn kiện Đại hội. Đồng chí Nguyễn Văn An, "
            "Ủy viên Bộ Chính trị, Chủ tịch Quốc hội, phát biểu tại phiên họp. Các Ủy viên Trung "
            "ương khóa IX tiếp tục tham gia danh sách bầu cử BCH T.Ư khóa X gồm: Lê Văn Thành, Trần Thị Hoa.")
    [event] = events(text)
    assert "Nguyễn Văn An" in event.attendees
    assert not {"Lê Văn Thành", "Trần Thị Hoa"} & set(event.attendees + event.chairs)
