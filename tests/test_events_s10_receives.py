"""A bare 'tiếp' receives someone only when whom it receives follows it (a name, a title, 'ông', 'thân mật');
otherwise it means 'on, further' or 'serve' and opens no reception (real corpus sentences, outside the gold sets)."""

from kg.extraction import extract
from kg.model import Article


def _attendees(text: str) -> set[str]:
    return {name for event in extract(Article("t", "", text)).events for name in event.attendees + event.chairs}


def test_tiep_after_a_verb_is_further_not_a_reception():
    text = ("Nam Bộ hứng tiếp trận động đất 5,5 độ richter. Tại TP Phan Thiết, tỉnh Bình Thuận, chị Nguyễn Thị Hằng kể "
            "rằng, khoảng 15h, trong khi đang ngồi ở Trung tâm giống vật nuôi của tỉnh thì thấy rung lắc mạnh.")
    assert _attendees(text) == set()


def test_tiep_with_a_sum_after_it_is_no_reception():
    text = ("Người trực tiếp giải quyết vụ việc là ông Phạm Ngọc Minh, Phó Giám đốc Lasec. Nhiều lần sau đó, anh Phạm "
            "Ngọc Mạnh cũng đến Lasec để đòi tiếp 270 USD còn lại.")
    assert _attendees(text) == set()


def test_tiep_in_a_relative_clause_serves_applicants():
    text = ("Theo anh Nguyễn Văn Điều, cán bộ trực tiếp nhận hồ sơ, trên 20 trường hợp mà anh tiếp chỉ có 4 hồ sơ hợp "
            "lệ.")
    assert _attendees(text) == set()


def test_tiep_before_a_rank_and_a_name_is_a_reception():
    text = ("Chiều qua, tại Hà Nội, thượng tướng Phùng Quang Thanh - Thứ trưởng Quốc phòng, Tổng tham mưu trưởng quân "
            "đội nhân dân Việt Nam - đã tiếp đô đốc Thomas B. Fargo.")
    assert {"Phùng Quang Thanh", "Thomas B. Fargo"} <= _attendees(text)


def test_tiep_before_a_title_is_a_reception():
    text = ("Chiều qua, Chủ tịch nước Trần Đức Lương đã tiếp Chủ tịch Quốc hội Bulgaria Ognian Gerdjikov đang ở thăm "
            "Việt Nam.")
    assert _attendees(text) == {"Trần Đức Lương", "Ognian Gerdjikov"}
