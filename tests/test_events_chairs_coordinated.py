"""'dự và chủ trì': the people who attend and chair a meeting chair it (real corpus sentence,
vntc-test-XH_NLD_T_(9485))."""

from kg.extraction import extract
from kg.model import Article


def test_attending_and_chairing_is_chairing():
    text = ("Ngày 23/12, tại Hà Nội, Chính phủ đã họp giao ban để đánh giá công tác phòng chống dịch cúm gia cầm. "
            "Thủ tướng Phan Văn Khải và các Phó thủ tướng: Nguyễn Tấn Dũng, Vũ Khoan, Phạm Gia Khiêm đã dự và chủ "
            "trì cuộc họp.")
    [event] = extract(Article("t", "", text, published="2005-12-24")).events
    assert event.chairs == ["Phan Văn Khải", "Nguyễn Tấn Dũng", "Vũ Khoan", "Phạm Gia Khiêm"]
    assert event.attendees == []
