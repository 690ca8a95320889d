"""A sentence-initial 'Trả lời phỏng vấn', 'Trả lời báo chí', 'Trả lời Báo ...' is the reporter's interview as its
lower-case form is; but answering the press at an event ('trả lời báo chí trong kỳ họp', 'phát biểu với báo chí
bên lề diễn đàn') is taking part in it (real corpus sentences, outside the gold sets)."""

from kg.extraction import extract
from kg.model import Article


def _participants(text: str) -> set[str]:
    return {name for event in extract(Article("t", "", text)).events for name in event.attendees + event.chairs}


def test_an_ambassador_interviewed_on_the_visit_takes_no_part_in_it():
    text = ("Chuyến thăm của Thủ tướng củng cố quan hệ VN - Canada\n"
            "Trả lời phỏng vấn nhân chuyến thăm Canada của Thủ tướng Phan Văn Khải, Đại sứ Canada tại Việt Nam "
            "Richard Lecoq nhận định chuyến thăm sẽ góp phần duy trì mối quan hệ song phương vững chắc.")
    assert "Richard Lecoq" not in _participants(text)


def test_answering_a_newspaper_about_an_accident_is_no_part_in_the_meeting():
    text = ("Hôm nay (21-3), Bộ GTVT sẽ cùng các cơ quan chức năng họp làm sáng tỏ nguyên nhân tai nạn tàu E1. "
            "Trả lời Báo NLĐ về hạ tầng đường sắt đoạn xảy ra tai nạn tàu E1 ở Lăng Cô, Tổng Giám đốc Tổng Công ty "
            "Đường sắt VN Nguyễn Hữu Bằng thừa nhận rằng nơi xảy ra tai nạn là cung đoạn nguy hiểm nhất.")
    assert "Nguyễn Hữu Bằng" not in _participants(text)


def test_speaking_to_the_press_on_the_sidelines_of_a_forum_is_taking_part():
    text = ("\"Các DN TBN có thể hiện diện mạnh mẽ hơn tại VN trong lĩnh vực năng lượng và du lịch\", nhà vua "
            "phát biểu. Theo Phó thủ tướng Vũ Khoan, du lịch là lĩnh vực đầy tiềm năng giữa hai nước. Phát biểu với "
            "báo chí bên lề diễn đàn, Phó thủ tướng nói ông hi vọng hai nước sẽ có nhiều hợp tác hơn trong lĩnh vực "
            "du lịch.")
    assert "Vũ Khoan" in _participants(text)
