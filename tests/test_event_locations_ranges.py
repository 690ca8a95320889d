"""'từ X đến Y' spans an area (the provinces an event is for), nobody goes to Y (texts from the corpus)."""

from kg.extraction import extract
from kg.model import Article


def test_the_provinces_a_conference_is_for_are_no_venue():
    # vntc-train-XH_NLD_(4668)
    text = ("Ngày 10-11, thực hiện chỉ đạo của Chính phủ, Bộ NN-PTNT đã tổ chức hội nghị triển khai các chỉ thị của "
            "Ban Bí thư Trung ương và Thủ tướng Chính phủ về các biện pháp cấp bách phòng chống dịch cúm gia cầm cho "
            "các tỉnh, thành phía Nam từ Đà Nẵng đến Cà Mau. Bộ trưởng Cao Đức Phát đứng lên phát biểu tại hội nghị.")
    assert [e.locations for e in extract(Article("t", "", text)).events] == [[]]


def test_a_delegation_going_to_a_city_still_goes_there():
    # vntc-test-XH_TN_T_(8440)
    text = ("Đoàn đàm phán của Ủy ban châu Âu (EC) do ông Mauro Raffaele Petriccione dẫn đầu đã tới Hà Nội sáng 6/7 để "
            "bắt đầu vòng đàm phán song phương.")
    assert any("Hà Nội" in e.locations for e in extract(Article("t", "", text)).events)
