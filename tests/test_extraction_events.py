from kg.extraction import extract
from kg.model import Article


def events(text: str, **kw):
    return extract(Article("t", "", text, **kw)).events


def test_chairs_from_duoi_su_chu_tri_and_from_subject_before_chu_tri():
    text = ("Sáng 13/1, dưới sự chủ trì của đồng chí Trương Thị Mai - Ủy viên Bộ Chính trị, hội nghị trực tuyến "
            "toàn quốc được tổ chức.\nĐồng chí Trần Đức Quận và đồng chí Nguyễn Trọng Ánh Đông chủ trì hội nghị "
            "tại điểm cầu Lâm Đồng.")
    [event] = events(text, published="2022-01-13T11:01:00+07:00")
    assert event.date == "2022-01-13"
    assert event.chairs == ["Trương Thị Mai", "Trần Đức Quận", "Nguyễn Trọng Ánh Đông"]
    assert event.locations == ["Lâm Đồng"]
    assert event.type == "conference"


def test_attendees_and_places_of_a_visit():
    text = ("Tối 20/4, tại xã Trường Yên, huyện Hoa Lư, Phó Thủ tướng Vũ Đức Đam dự lễ khai mạc Năm Du lịch "
            "quốc gia.")
    [event] = events(text, published="2021-04-21")
    assert event.date == "2021-04-20"
    assert event.attendees == ["Vũ Đức Đam"] and event.chairs == []
    assert "xã Trường Yên" in event.locations and "huyện Hoa Lư" in event.locations


def test_undated_event_has_no_date():
    [event] = events("Sáng 6/4, Thủ tướng Phan Văn Khải chủ trì hội nghị.")
    assert event.date is None and event.chairs == ["Phan Văn Khải"]


def test_no_event_without_a_named_participant():
    assert events("Sáng 13/1, hội nghị tổng kết được tổ chức.", published="2022-01-13") == []
