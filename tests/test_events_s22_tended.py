"""'thăm' followed by what a farmer looks after ("thăm ao cá", "thăm đồng") is his own round, not a visit, from real
corpus sentences."""

from kg.extraction import extract
from kg.model import Article


def _events(text: str, **kw):
    return extract(Article("t", "", text, **kw)).events


def test_going_out_to_look_at_ones_fish_pond_is_no_visit():
    text = ("Chiều ngày 19/4, anh Dương Văn Thanh (41 tuổi, ngụ TP Thủ Đức) đi ra thăm ao cá sau nhà ở ấp 4 (xã Phạm "
            "Văn Hai) thì phát hiện con cá sấu ẩn mình gần bụi trúc.")
    assert _events(text, published="2021-04-27") == []


def test_advice_to_check_the_fields_is_no_visit():
    text = ("Ông Nguyễn Hữu Huân, Cục phó Cục Bảo vệ Thực vật, khuyến cáo: Thăm đồng thường xuyên để xác định các khu "
            "vực cần phun thuốc.")
    assert _events(text) == []


def test_a_minister_visiting_a_province_still_visits():
    text = "Sáng 5-3, Bộ trưởng Cao Đức Phát đã đến thăm tỉnh Long An và kiểm tra tình hình sản xuất."
    [event] = _events(text, published="2006-03-06")
    assert "Cao Đức Phát" in event.attendees
