"""A plain verb of saying ('nhận xét', 'cho hay', 'thông báo', 'nói', 'bức xúc') tells a speaker of the event
reported when the person is named with a post, before the name or in its apposition; a resident quoted with the
same verb is no participant (real corpus sentences: vntc-test-XH_VNE_T_(1513), vntc-train-XH_NLD_(4144),
vntc-train-XH_NLD_(4167))."""

from kg.extraction import extract
from kg.model import Article

_BRIDGE = ("Sáng nay, Thủ tướng Phan Văn Khải đã cắt băng khánh thành cầu Yên Lệnh - cây cầu dài nhất bắc qua sông "
           "Hồng, nối hai tỉnh Hà Nam và Hưng Yên. ")
_SEMINAR = ("Ngày 2-12, TAND TP.HCM đã tổ chức hội thảo chuyên đề “phòng chống tiêu cực trong ngành tòa án TP.HCM”. "
            "Theo ông Phan Tánh, Phó chánh án TAND TP.HCM, những biểu hiện quan liêu vẫn còn tồn tại. ")


def test_a_minister_remarking_at_the_opening_takes_part():
    text = _BRIDGE + "Bộ Trưởng Giao thông vận tải Đào Đình Bình nhận xét, cầu Yên Lệnh hoàn thành tạo nhiều dấu ấn."
    [event] = extract(Article("t", "", text)).events
    assert "Đào Đình Bình" in event.attendees


def test_a_post_in_the_apposition_before_the_verb_makes_a_speaker():
    text = _SEMINAR + ("Ông Nguyễn Chấn Hưng, Phó bí thư thường trực Đảng ủy khối chính quyền thành phố nhận xét: "
                       "\"Theo tôi, tiền dưỡng liêm chỉ với số tiền đó thì cũng chưa bảo đảm\".")
    [event] = extract(Article("t", "", text)).events
    assert "Nguyễn Chấn Hưng" in event.attendees


def test_a_resident_saying_something_is_no_participant():
    text = ("Sáng 1-3, Bộ trưởng Bộ Tài nguyên – Môi trường Mai Ái Trực đi kiểm tra tình hình sụt đất ở thôn Tân Hiệp "
            "và thăm nơi ở mới của 60 hộ dân. Bà Nguyễn Thị Tấm, 63 tuổi, nói mấy hôm nay trời quá rét, gió thổi "
            "nhiều, nằm nhà bạt không sao ngủ được.")
    [event] = extract(Article("t", "", text)).events
    assert "Nguyễn Thị Tấm" not in event.attendees and "Mai Ái Trực" in event.attendees
