"""Event rules that keep what is not the event's out of it: places, participants and dates of other happenings."""

from kg.extraction import extract
from kg.model import Article


def events(text: str, **kw):
    return extract(Article("t", "", text, **kw)).events


def test_a_place_of_a_sentence_where_nobody_takes_part_is_not_the_events():
    # vntc-test-XH_VNE_T_(362): the minister's trip to Washington last year is another visit
    text = ("Tư lệnh quân đội Mỹ tại Thái Bình Dương thăm Việt Nam\n"
            "Chuyến đi (8-11/2) của đô đốc Thomas B. Fargo tới Hà Nội nhằm thắt chặt quan hệ quốc phòng Việt - Mỹ, "
            "đáp lễ chuyến thăm chính thức giữa Bộ trưởng Quốc phòng Phạm Văn Trà tới Washington năm ngoái.\n"
            "Chiều qua, tại Hà Nội, thượng tướng Phùng Quang Thanh - Thứ trưởng Quốc phòng, Tổng tham mưu trưởng quân "
            "đội nhân dân Việt Nam - đã tiếp đô đốc Fargo.")
    [event] = events(text)
    assert "Phùng Quang Thanh" in event.attendees
    assert "Hà Nội" in event.locations and "Washington" not in event.locations


def test_a_participant_named_again_with_the_event_word_places_it():
    # dantri-unc-news_health_226 (caption): the vice-minister of the working visit inspects in Bạc Liêu
    text = ("Ngày 23/4, Thứ trưởng Bộ Y tế Trần Văn Thuấn cùng đoàn công tác của Bộ Y tế đã đến làm việc với tỉnh "
            "Bạc Liêu về công tác phòng, chống dịch Covid-19.\n"
            "Thứ trưởng Bộ Y tế Trần Văn Thuấn (bìa phải) cùng đoàn công tác kiểm tra điểm tiêm vắc xin phòng dịch "
            "Covid-19 tại Bệnh viện đa khoa tỉnh Bạc Liêu.")
    [event] = events(text, published="2021-04-23")
    assert event.locations == ["Bạc Liêu"]
