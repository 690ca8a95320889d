"""A sentence that goes on with an event's report places it only where the sentence frames it, where a person goes or
right after an event noun; a place after the person is what they speak of or do there (texts from the corpus)."""

from kg.extraction import extract
from kg.model import Article


def locations(text: str) -> list[list[str]]:
    return [e.locations for e in extract(Article("t", "", text)).events]


def test_a_place_in_what_a_speaker_is_quoted_on_is_no_venue():
    # vntc-test-XH_VNE_T_(5445)
    text = ("Đó là phương án đề nghị của cả Hà Nội và TP HCM đưa ra trong hội nghị Sơ kết an toàn giao thông sáng "
            "21/7. Phó thủ tướng Nguyễn Tấn Dũng cho rằng, số vụ tai nạn, số người chết và bị thương trong 6 tháng qua "
            "có giảm song vẫn còn nhiều vụ tai nạn nghiêm trọng. Theo Thứ trưởng Công an Lê Thế Tiệm, hàng loạt vụ tai "
            "nạn nghiêm trọng trong thời gian qua như đổ tàu E1, tai nạn ở Kon Tum, Gia Lai, Lai Châu làm chết và bị "
            "thương nhiều người, cho thấy nguy cơ tiềm ẩn tai nạn vẫn rất lo ngại.")
    assert locations(text) == [[]]


def test_a_report_given_at_a_working_session_places_nothing():
    # vntc-train-XH_NLD_(4667): the session is 'với UBND tỉnh Kiên Giang' (who is met, not where)
    text = ("Sáng 10-11, Bộ trưởng Bộ Công nghiệp Hoàng Trung Hải đã có buổi làm việc với UBND tỉnh Kiên Giang. Tại "
            "buổi làm việc, ông Văn Hà Phong, Phó Chủ tịch UBND tỉnh Kiên Giang, báo cáo: Nguy cơ bùng phát dịch cúm "
            "gia cầm ở Kiên Giang là rất cao.")
    assert locations(text) == [[]]


def test_a_city_the_visitor_goes_to_later_is_a_leg_of_the_visit():
    # vntc-test-XH_VNE_T_(5437)
    text = ("Trong khuôn khổ chuyến thăm của Chủ tịch nước Trần Đức Lương tại Trung Quốc, Bộ Bưu chính - Viễn thông "
            "đã ký với Tập đoàn Viễn thông Hoa Mỹ. Chủ tịch nước Trần Đức Lương đã thăm thành phố Quảng Châu, thủ phủ "
            "tỉnh Quảng Đông.")
    found = locations(text)
    assert len(found) == 1 and "Trung Quốc" in found[0] and any("Quảng Châu" in loc for loc in found[0])


def test_a_session_held_in_a_province_told_later_keeps_its_place():
    # vntc-test-XH_VNE_T_(5770)
    text = ("Sáng 5/8, Bộ trưởng Tài nguyên Môi trường Mai Ái Trực đã họp với các địa phương về kiểm tra đất đai. "
            "Chiều 5/8, Bộ trưởng Tài nguyên Môi trường Mai Ái Trực cũng đã có buổi làm việc tại Quảng Ninh.")
    assert ["Quảng Ninh"] in locations(text)
