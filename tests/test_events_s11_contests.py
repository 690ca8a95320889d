"""Sitting an exam, playing a tournament or being at the scene of an accident ('tham dự kỳ thi', 'tham dự Euro
2016', 'có mặt tại hiện trường') is no event taken part in (real corpus sentences, outside the gold sets)."""

from kg.extraction import extract
from kg.model import Article


def _participants(text: str, published: str | None = None) -> set[str]:
    article = Article("t", "", text, published=published)
    return {name for event in extract(article).events for name in event.attendees + event.chairs}


def test_a_squad_named_for_a_tournament_is_no_event():
    text = ("Chiều 31/5 (giờ Việt Nam), HLV Joachim Loew đã công bố danh sách chính thức 23 gương mặt lên đường sang "
            "Pháp dự EURO 2016. Trong khi đó, \"thương binh\" Bastian Schweinsteiger khoác áo MU lại được chọn dự "
            "EURO 2016.")
    assert _participants(text, "2016-06-01") == set()


def test_a_team_formed_for_an_exam_abroad_is_no_event():
    text = ("Thứ trưởng Bộ GD - ĐT Bành Tiến Long vừa ký danh sách thành lập đội tuyển học sinh Việt Nam tham dự kỳ "
            "thi Olympic Vật lý châu Á - Thái Bình Dương được tổ chức tại Cộng hòa Kazakhstan từ ngày 23 đến 30-4.")
    assert _participants(text) == set()


def test_an_official_at_the_scene_takes_part_in_no_event():
    text = ("Sáng qua, ông Nguyễn Văn Minh, Phó Ban Văn hóa-Xã hội HĐND TP, đã có mặt tại hiện trường và cho biết đã "
            "nhận được hàng chục cú điện thoại từ người dân yêu cầu đại diện HĐND xuống khảo sát.")
    assert _participants(text) == set()


def test_attending_a_ceremony_still_counts():
    text = ("Ngày 10/9, tại Bảo tàng Hồ Chí Minh (Hà Nội), Khu di tích Chủ tịch Hồ Chí Minh tổ chức lễ kỷ niệm 35 "
            "năm thành lập. Tới dự có Phó chủ tịch nước Trương Mỹ Hoa.")
    assert _participants(text, "2004-09-11") == {"Trương Mỹ Hoa"}
