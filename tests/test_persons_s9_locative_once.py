"""A name the article writes once, right after a locative word ('ở', 'tại', 'khu vực'), and nowhere else is a
place, not a person: 'ở Trịnh Châu', 'ở Phan Xá', 'tại Nguyễn Khang, Hà Nội' (a street). Before, a place had to
follow a locative twice. Sentences from real corpus articles outside the gold sets
(dantri-unc-news_entertainment_243, vntc-test-XH_VNE_T_(6839), dantri-unc-news_tech_132)."""

from kg.extraction import extract
from kg.model import Article


def _persons(text: str) -> set[str]:
    return {p.name for p in extract(Article("t", "", text)).persons}


def test_a_city_after_o_is_no_person():
    text = "Triệu Lệ Dĩnh tham gia một sự kiện nhãn hàng ở Trịnh Châu (Hà Nam, Trung Quốc) vào ngày 16/4."
    assert _persons(text) == {"Triệu Lệ Dĩnh"}


def test_a_village_after_o_is_no_person():
    assert _persons("Mực nước ở Phan Xá, Kiến Giang lên trên mức báo động 3.") == set()


def test_a_street_after_tai_is_no_person():
    text = ("Ông Quang Trung, đại diện truyền thông một hệ thống kinh doanh iPhone tại Nguyễn Khang, Hà Nội cho biết "
            "doanh số đã tăng.")
    assert "Nguyễn Khang" not in _persons(text)


def test_a_name_also_written_without_the_locative_stays_a_person():
    text = "Phạm Minh Tuấn tới làm việc từ sáng. Mọi người đặt niềm tin ở Phạm Minh Tuấn."
    assert _persons(text) == {"Phạm Minh Tuấn"}
