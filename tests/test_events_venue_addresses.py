"""Venues: a venue's name opened by 'Trung tâm'/'Cung' is no foreign town; an address in brackets parts its places by
dashes as by commas, and a name after a house number is a street; an office's grounds, its place the venue's."""

from kg.extraction import extract
from kg.model import Article


def _event(text: str, published: str | None = None):
    [event] = extract(Article("t", "", text, published=published)).events
    return event


def test_a_venue_named_trung_tam_or_cung_is_no_town():
    text = ("Có quy mô lớn nhất từ trước đến nay, Hội báo xuân 2005 có sự góp mặt của hơn 500 cơ quan báo chí cả nước "
            "với hàng nghìn ấn phẩm đã khai mạc tại Trung tâm triển lãm Giảng Võ (Hà Nội) tối qua. Phát biểu tại buổi "
            "lễ, Phó thủ tướng Vũ Khoan cho rằng, Hội báo xuân là hoạt động thông tin báo chí giàu chất trí tuệ.")
    assert _event(text).locations == ["Hà Nội"]
    text = ("Sáng nay, Đại hội thi đua toàn quốc lần 7 đã khai mạc tại Cung văn hóa Hữu nghị Hà Nội. Phó Chủ tịch nước "
            "Trương Mỹ Hoa phát biểu tại đại hội.")
    assert "Cung" not in _event(text).locations


def test_a_dash_parts_the_places_of_an_address_in_brackets():
    text = ("Bộ VHTT tặng bằng khen cho 3 đơn vị của TPHCM (NLĐ)- Sáng 23-3, tại Văn phòng Đại diện Bộ VHTT (170 "
            "Nguyễn Đình Chiểu, Q.3 - TPHCM), Thứ trưởng Bộ VHTT Đỗ Quí Doãn đã trao bằng khen kèm "
            "số tiền thưởng 1 triệu đồng cho 3 đơn vị.")
    assert _event(text).locations == ["Hồ Chí Minh"]


def test_a_name_after_a_house_number_is_a_street_and_an_office_grounds_are_in_its_place():
    text = ("Lễ khánh thành Bia đá ghi toàn văn Thư Hồ Chủ tịch đã diễn ra trang trọng tại khuôn viên Văn phòng Tỉnh "
            "Ủy Gia Lai (1- Hai Bà Trưng - TP Pleiku). Chủ tịch nước Trần Đức Lương đã cắt băng khánh thành.")
    assert _event(text).locations == ["Gia Lai", "tp Pleiku"]


def test_a_hall_of_a_city_party_committee_written_with_a_capital_u_is_in_that_city():
    text = ("Sáng nay, tại hội trường Thành Ủy TP HCM, 2.445 cá nhân đã được Sở GDĐT tặng huân chương. Phó giám đốc "
            "Sở Giáo dục và Đào tạo TP HCM Huỳnh Công Minh phát biểu tại buổi lễ.")
    assert _event(text).locations == ["Hồ Chí Minh"]
