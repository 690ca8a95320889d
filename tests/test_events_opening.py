"""Opening an event ('Mở đầu hội thảo, ông A ...') is acting at it; the reporter's own session is no event; from
real corpus sentences."""

from kg.extraction import extract
from kg.model import Article


def _events(text: str):
    return extract(Article("t", "", text)).events


def test_the_person_who_opens_the_workshop_takes_part():
    text = ("Mở đầu hội thảo, ông Nguyễn Văn Đạt, Phó Chủ tịch Hội khoa học kỹ thuật TP HCM đã thẳng thắn nói: “Dự án "
            "sai ngay từ điểm xuất phát, từ khâu thiết kế đến việc chọn chủ đầu tư.”")
    [event] = _events(text)
    assert event.attendees == ["Nguyễn Văn Đạt"]


def test_opening_a_session_with_the_reporters_is_an_interview_not_an_event():
    text = ("Mở đầu buổi làm việc chính thức với chúng tôi (không phải với tư cách bệnh nhân), bác sĩ Phan Thanh Hải - "
            "Giám đốc Medic cười hề hề: \"Cơ chế thị trường mà, bà con có nhu cầu thì mình đáp ứng thôi\".")
    assert _events(text) == []
