"""A place that ends a venue's name, with where the venue stands said after it in brackets or after a dash: the
bracketed place is the event's, the one inside the name is not. Real corpus sentences."""

from kg.extraction import extract
from kg.model import Article


def test_a_museum_named_after_a_person_is_no_place():
    # vntc-test-XH_VNE_T_(1539): 'Bảo tàng Hồ Chí Minh (Hà Nội)'; the person added to make an event
    text = ("Sáng cùng ngày, tại Bảo tàng Hồ Chí Minh (Hà Nội), đã khai mạc hội thi chung khảo toàn quốc báo cáo "
            "viên giỏi về tư tưởng Hồ Chí Minh do Ban Tư tưởng văn hóa T.Ư tổ chức. Trưởng ban Tư tưởng văn hóa "
            "Trung ương Nguyễn Khoa Điềm dự và phát biểu.")
    [event] = extract(Article("t", "", text, published="2005-05-16")).events
    assert event.locations == ["Hà Nội"]


def test_a_square_named_after_a_person_is_no_place():
    # vntc-test-XH_VNE_T_(9293): 'tại Quảng trường Hồ Chí Minh (TP Vinh, tỉnh Nghệ An)'
    text = ("Lễ hội Làng Sen 2005 với chủ đề \"Hồ Chí Minh và bản sắc văn hóa các dân tộc Việt Nam\" đã được mở màn "
            "với đại lễ tối 15/5, tại Quảng trường Hồ Chí Minh (TP Vinh, tỉnh Nghệ An). Chủ tịch nước Trần Đức "
            "Lương dự lễ khai mạc.")
    [event] = extract(Article("t", "", text, published="2005-05-16")).events
    assert "Hồ Chí Minh" not in event.locations
    assert "Nghệ An" in event.locations


def test_a_city_ending_a_venue_name_with_nothing_after_it_stays():
    # guard: with no place after it, the city in the name is where the venue is
    text = "Sáng 12/5, tại Bệnh viện Phổi Đà Nẵng, Bộ trưởng Bộ Y tế Nguyễn Thanh Long làm việc với lãnh đạo bệnh viện."
    [event] = extract(Article("t", "", text, published="2021-05-12")).events
    assert event.locations == ["Đà Nẵng"]
