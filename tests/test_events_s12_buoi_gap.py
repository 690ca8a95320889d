"""'buổi gặp' names a meeting as 'cuộc gặp' does ("Tại buổi gặp công chức, viên chức trẻ ..., ông A ..."): the person
who acts at it takes part (real corpus sentences: dantri-unc-news_education_050, vntc-test-XH_NLD_T_(9329))."""

from kg.extraction import extract
from kg.model import Article


def test_the_director_speaking_at_the_meeting_takes_part():
    text = ("Tại buổi gặp công chức, viên chức trẻ của tỉnh Cà Mau mới đây, ông Nguyễn Phương Bắc, Giám đốc Sở Nội vụ "
            "tỉnh Cà Mau \"bật mí\", trước đây ông là giảng viên chính thức của trường Chính trị tỉnh.")
    events = extract(Article("t", "", text)).events
    assert [(e.date, e.attendees) for e in events] == [(None, ["Nguyễn Phương Bắc"])]
