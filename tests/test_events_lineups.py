"""Lineups and speeches at an event (real corpus sentences): the presidium's members and those who read an address
attend it."""

from kg.extraction import extract
from kg.model import Article


def _events(text: str, **kw):
    return extract(Article("t", "", text, **kw)).events


def test_presidium_members_listed_after_the_event_attend_it():
    text = ("Sáng nay (18/4), Đại hội Đảng toàn quốc lần thứ X đã khai mạc tại Hà Nội.\n"
            "Đoàn Chủ tịch của Đại hội gồm 24 vị: Nông Đức Mạnh, Trần Đức Lương, Phan Văn Khải, Nguyễn Văn An, "
            "Phan Diễn, Nguyễn Minh Triết, Nguyễn Tấn Dũng.")
    [event] = _events(text)
    assert event.chairs == []
    assert event.attendees == ["Nông Đức Mạnh", "Trần Đức Lương", "Phan Văn Khải", "Nguyễn Văn An", "Phan Diễn",
                               "Nguyễn Minh Triết", "Nguyễn Tấn Dũng"]


def test_presidium_of_a_shareholders_meeting():
    text = ("Sáng 24/4, Công ty tổ chức Đại hội đồng cổ đông thường niên năm 2021. Đoàn chủ tịch điều hành Đại hội "
            "gồm: Ông Trần Trung Chính - Chủ tịch Hội đồng quản trị; ông Trần Thanh Nam - Thành viên HĐQT.")
    [event] = _events(text, published="2021-04-25")
    assert event.date == "2021-04-24"
    assert set(event.attendees) == {"Trần Trung Chính", "Trần Thanh Nam"}


def test_a_presidium_in_a_title_is_no_lineup():
    text = ("Ông Phạm Thế Duyệt, Chủ tịch Đoàn Chủ tịch Ủy ban MTTQ Việt Nam, đã bày tỏ sự ủng hộ và cho rằng, "
            "vụ kiện này là quyền lợi chính đáng của mọi nạn nhân.")
    assert _events(text) == []


def test_reading_the_opening_address_is_taking_part():
    text = ("Tối 10.4, văn phòng thương mại bên cạnh Đại sứ quán Vương quốc Campuchia tại TP.HCM đã tổ chức buổi lễ "
            "mừng Tết cổ truyền Chol Chnam Thmay. Đại sứ Campuchia tại Việt Nam, ông Long Kem đã đọc diễn văn khai "
            "mạc buổi lễ.")
    [event] = _events(text, published="2006-04-11")
    assert event.date == "2006-04-10" and event.attendees == ["Long Kem"]


def test_a_district_naming_a_hall_is_no_place_of_the_event():
    text = ("Sáng 2/2/2005, tại Hội trường Ba Đình, Hà Nội, Ban Chấp hành Trung ương Đảng đã tổ chức trọng thể Lễ kỷ "
            "niệm 75 năm Ngày thành lập Đảng Cộng sản Việt Nam. Tổng Bí thư Nông Đức Mạnh đọc diễn văn kỷ niệm.")
    [event] = _events(text)
    assert event.date == "2005-02-02" and event.attendees == ["Nông Đức Mạnh"]
    assert event.locations == ["Hà Nội"]


def test_a_district_with_its_unit_word_stays_the_place():
    text = "Sáng 2/2/2005, tại quận Ba Đình, Hà Nội, Tổng Bí thư Nông Đức Mạnh dự lễ kỷ niệm."
    [event] = _events(text)
    assert "quận Ba Đình" in event.locations


def test_a_historical_figure_named_as_the_owner_of_a_thing_takes_no_part():
    text = ("Sáng qua 14/4, Chủ tịch Quốc hội Nguyễn Văn An đã tiếp đoàn đại biểu Hạ viện Hoa Kỳ do ngài Dennis "
            "Hastert dẫn đầu. Tại buổi tiếp, Quốc hội Việt Nam tặng đoàn bản sao bức thư của Chủ tịch Hồ Chí Minh gửi "
            "Tổng thống Mỹ năm 1946.")
    [event] = _events(text)
    assert "Hồ Chí Minh" not in event.attendees and "Nguyễn Văn An" in event.attendees


def test_den_before_a_time_word_is_no_move_to_the_place_after_it():
    text = ("Chiều 5/3, Bộ trưởng Nguyễn Minh Hiển có buổi làm việc với lãnh đạo thành phố. Chủ tịch HĐND Phùng Hữu "
            "Phú phát biểu tại buổi làm việc: thông công chính đã trình phương án, nhưng tới nay Hà Nội vẫn chưa có "
            "quyết định cuối cùng.")
    [event] = _events(text, published="2006-03-06")
    assert "Phùng Hữu Phú" in event.attendees and "Hà Nội" not in event.locations
