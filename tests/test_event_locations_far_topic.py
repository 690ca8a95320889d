"""A place that ends a long topic opened by 'về', in a sentence that has already given the venue ('Ngày 6/7, tại Hà
Nội đã khai mạc Hội nghị ... về kế hoạch ... giảm cầu ma túy tại Việt Nam'), is what the event is about, not a
second venue; a topic held at its venue keeps it (corpus)."""

from kg.extraction import extract
from kg.model import Article


def _locations(text: str) -> list[list[str]]:
    return [e.locations for e in extract(Article("t", "", text)).events]


def test_a_place_ending_the_topic_after_the_venue_is_not_a_second_venue():
    # vntc-test-XH_TN_T_(8440)
    text = ("Đoàn đàm phán của Ủy ban châu Âu (EC) gồm 6 thành viên do ông Mauro Raffaele Petriccione, Vụ trưởng trong "
            "Tổng vụ thương mại của EC, dẫn đầu đã tới Hà Nội sáng 6/7 để bắt đầu vòng đàm phán song phương về việc "
            "Việt Nam gia nhập WTO.\nNgày 6/7, tại Hà Nội đã khai mạc Hội nghị lần thứ 3 về kế hoạch hành động ACCORD "
            "giảm cầu ma túy tại Việt Nam. Đại diện của 10 nước ASEAN và Trung Quốc đã tham dự hội nghị.")
    found = _locations(text)
    assert any("Hà Nội" in locs for locs in found) and all("Việt Nam" not in locs for locs in found)


def test_a_topic_held_at_its_venue_keeps_it():
    # vntc-test-XH_TT_T_(10194)
    text = ("Trong hai ngày 15 và 16-2-2005, Chính phủ đã tổ chức hội nghị về hạ tầng giao thông và cảng biển khu vực "
            "ĐBSCL tại Cần Thơ để qui hoạch hệ thống giao thông. Phó Thủ tướng Nguyễn Tấn Dũng phát biểu tại hội nghị.")
    assert any("Cần Thơ" in locs for locs in _locations(text))
