"""A sitting the rules open when a deputy speaks ('ĐB Đặng Văn Khoa lưu ý: ...') takes the speakers its report
quotes before him, not one who spoke to the press (real corpus sentences, vntc-train-XH_TT_(2586))."""

from kg.extraction import extract
from kg.model import Article

_SPEAKERS = ("Ông Nguyễn Văn Quang - viện phó Viện Kinh tế - khẳng định: “Giấy đỏ mới hợp lý hơn bởi nó tương tự như "
             "bằng khoán cũ.” Ông Trần Thế Ngọc, giám đốc Sở TN-MT, cho biết vấn đề là ghi trên giấy đỏ như thế nào. "
             "Ông Nguyễn Thanh Nhàn - phó giám đốc Sở TN-MT - cho biết nếu trước đây thủ tục giao đất rất nhiêu khê, "
             "thì nay đã được cải tiến nhanh gọn. ")
_DEPUTY = ("ĐB Đặng Văn Khoa lưu ý: “Tôi biết có trường hợp rất trái khoáy, một dự án xây dựng khu dân cư có phần "
           "hùn vốn của công an.”")
_HEAD = "Giấy chứng nhận quyền sử dụng đất không tước quyền sở hữu nhà\n"


def test_the_speakers_before_the_first_deputy_take_part_in_his_sitting():
    [event] = extract(Article("t", "", _HEAD + _SPEAKERS + _DEPUTY)).events
    assert (event.date, sorted(event.attendees)) == (
        None, ["Nguyễn Thanh Nhàn", "Nguyễn Văn Quang", "Trần Thế Ngọc", "Đặng Văn Khoa"])


def test_a_speaker_to_the_press_before_the_deputy_stays_out():
    press = "Trao đổi với VnExpress, ông Nguyễn Văn Quang - viện phó Viện Kinh tế - khẳng định: “Giấy đỏ mới hợp lý.” "
    [event] = extract(Article("t", "", _HEAD + press + _DEPUTY)).events
    assert event.attendees == ["Đặng Văn Khoa"]


def test_a_lone_saying_before_the_deputy_joins_his_sitting():
    lone = _SPEAKERS.split(" Ông Trần Thế Ngọc")[0] + " "
    [event] = extract(Article("t", "", _HEAD + lone + _DEPUTY)).events
    assert sorted(event.attendees) == ["Nguyễn Văn Quang", "Đặng Văn Khoa"]
