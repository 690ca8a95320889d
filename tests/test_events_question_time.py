"""Question time (`trả lời chất vấn`, `buổi chất vấn`), discussion sessions and `nhóm họp` are events (real corpus
sentences)."""

from kg.extraction import extract
from kg.model import Article


def test_answering_questions_is_taking_part_in_question_time():
    text = ("Xe buýt có được châm chước? Các thành viên ban chất vấn: dư luận cho rằng xe buýt được ưu tiên, cho nhiều "
            "đặc lợi nên dẫn tới chạy ẩu, coi thường an toàn giao thông. Trả lời chất vấn, ông Phạm Văn Thịnh, trưởng "
            "Phòng cảnh sát giao thông TP, nhìn nhận đúng là có ưu tiên cho xe buýt nhằm phát triển vận tải công cộng.")
    [event] = extract(Article("t", "", text)).events
    assert event.attendees == ["Phạm Văn Thịnh"]


def test_deputies_reacting_to_a_question_session_named_in_the_headline_take_part():
    text = ("Đại biểu không hài lòng với buổi chất vấn Bộ trưởng Y tế. Đa số không hài lòng với cách hỏi dài dòng. "
            "Đại biểu Lê Văn Điệt, tỉnh Vĩnh Long cho rằng, quy định trích 35% viện phí để chi trả lương chưa hợp lý.")
    [event] = extract(Article("t", "", text)).events
    assert event.attendees == ["Lê Văn Điệt"]


def test_nhom_hop_is_a_meeting_word():
    text = ("Hôm nay, các quan chức cao cấp đến từ 11 nền kinh tế chuyển đổi bắt đầu nhóm họp tại Hà Nội. "
            "Thủ tướng Phan Văn Khải nhấn mạnh bài học của 20 năm đổi mới.")
    [event] = extract(Article("t", "", text, published="2005-06-05")).events
    assert (event.date, event.locations, event.attendees) == ("2005-06-05", ["Hà Nội"], ["Phan Văn Khải"])


def test_a_discussion_session_of_deputies_is_an_event():
    text = ("Sau chủ đề tham nhũng nóng bỏng chiều qua, tại buổi thảo luận sáng nay, các đại biểu đã đi thẳng vào "
            "những yếu kém của nền kinh tế. Với cương vị Chủ tịch HĐQT Tổng công ty dầu khí VN, đại biểu Phạm Quang Dự "
            "tỏ ý tán đồng với quan điểm trên.")
    [event] = extract(Article("t", "", text)).events
    assert event.attendees == ["Phạm Quang Dự"]
