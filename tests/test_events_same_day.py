"""'cùng ngày' opening a sentence dates a named person's event by the day last told (real corpus sentences)."""

from kg.extraction import extract
from kg.model import Article


def test_same_day_takes_the_day_told_before_in_a_dated_article():
    text = ("Nằm lại nơi từng vào sinh ra tử. 16 giờ ngày 21-4, một bầu không khí tang thương bao phủ lên khu vực "
            "trụ sở UBND phường Kim Liên, quận Đống Đa, Hà Nội. Tin dữ làm hàng chục cựu chiến binh bàng hoàng. "
            "Nhiều người đã khóc. Có người ngất đi. "
            "Đến tối cùng ngày, Chủ tịch UBND TP Nguyễn Quốc Triệu đã đến UBND phường Kim Liên thăm hỏi và thông báo "
            "quyết định hỗ trợ tạm thời.")
    events = extract(Article("t", "", text, published="2005-04-22")).events
    assert [(e.date, e.attendees) for e in events] == [("2005-04-21", ["Nguyễn Quốc Triệu"])]


def test_same_day_opens_an_undated_event_late_in_the_article():
    text = ("Tây Nguyên phát triển. Vùng này có nhiều tiềm năng. Kinh tế tăng trưởng khá. Đời sống cải thiện. "
            "Chiều cùng ngày, đồng chí Đinh Thế Huynh đến thăm, làm việc với Ban Chỉ đạo Tây Nguyên.")
    [event] = extract(Article("t", "", text)).events
    assert (event.date, event.attendees) == (None, ["Đinh Thế Huynh"])


def test_same_day_without_a_named_person_or_event_opens_nothing():
    text = ("Cháy lớn ở chợ. Ngày 5/4, đám cháy bùng lên. Nhiều người hoảng loạn. Lực lượng chữa cháy có mặt. "
            "Đến 16h cùng ngày, đám cháy đã được dập tắt.")
    assert extract(Article("t", "", text, published="2021-04-06")).events == []
