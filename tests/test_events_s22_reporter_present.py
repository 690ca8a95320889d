"""The reporter's own presence ("chúng tôi có mặt tại ...", "Có mặt tại khu vực này ..., chúng tôi thấy") opens no
event and puts nobody at one, from real corpus sentences."""

from kg.extraction import extract
from kg.model import Article


def _events(text: str, **kw):
    return extract(Article("t", "", text, **kw)).events


def test_the_reporter_present_at_a_neighbourhood_is_no_event():
    text = ("Bà Phan Thị Thanh, một người dân ở đây, cho biết do con mương thoát nước ở khu vực này bị lấp nên nước "
            "thải không thoát ra sông được. Có mặt tại khu vực này vào sáng 30-6, chúng tôi thấy ngoài căn hộ của bà "
            "Thanh, còn nhiều hộ khác bị ngập. "
            "Ông Lý Việt Hoàng, Chủ tịch UBND phường 13, cho biết phường sẽ cho lắp đặt máy bơm.")
    assert _events(text, published="2006-07-01") == []


def test_we_were_present_is_no_event():
    text = ("Anh Trần Văn Thuận bên ngôi nhà còn nợ tiền Nhà nước trên 11 triệu đồng, phải trả bằng vàng Ảnh: H.Dũng "
            "Ngày 2-5, chúng tôi có mặt tại khu dân cư Bình An, phường Hòa Cường Bắc, quận Hải Châu, TP Đà Nẵng, hàng "
            "trăm hộ dân nơi đây đang mất ăn mất ngủ.")
    assert _events(text, published="2006-05-03") == []


def test_an_official_present_still_attends():
    text = "Sáng 5-3, tại Hà Nội, Phó Thủ tướng Vũ Khoan có mặt tại lễ khai mạc hội chợ."
    [event] = _events(text, published="2006-03-06")
    assert "Vũ Khoan" in event.attendees
