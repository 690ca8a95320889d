"""A person whose own act is still to come ("A sẽ chủ trì ...", "Danh sách ... dự kiến trả lời chất vấn: A, B")
takes part in no event the article reports (session 12; sentences from corpus articles)."""
from kg.extraction import extract
from kg.model import Article


def _participants(text: str) -> set[str]:
    return {name for event in extract(Article("t", "", text)).events for name in event.attendees + event.chairs}


def test_a_chair_to_come_takes_part_in_no_reported_event():
    text = ("Ngày 23/8 Chính phủ nghe báo cáo về vụ điện kế điện tử\n"
            "Theo dự kiến, vào 8h sáng 23/8, tại văn phòng Chính phủ, Phó Thủ tướng Nguyễn Tấn Dũng sẽ chủ trì buổi "
            "làm việc để nghe báo cáo tình hình và xử lý vụ việc \"Điện kế điện tử\" của Công ty Điện lực TP HCM.\n"
            "Trong buổi chiều, tại UBND TP HCM, Phó Chủ tịch thường trực Nguyễn Thiện Nhân đã có buổi làm việc với Sở "
            "Công nghiệp, Sở Tư pháp, EVN và Công ty Điện lực TP HCM để bàn về các nội dung sẽ trình bày trong buổi "
            "làm việc tại Văn phòng Chính phủ.")
    found = _participants(text)
    assert "Nguyễn Tấn Dũng" not in found
    assert "Nguyễn Thiện Nhân" in found


def test_a_list_announced_after_du_kien_takes_part_in_nothing_yet():
    text = ("10 bộ trưởng sẽ trả lời chất vấn\n"
            "Danh sách dự kiến các thành viên Chính phủ trả lời chất vấn vừa được Ủy ban thường vụ Quốc hội gửi văn "
            "bản xin ý kiến đại biểu chuẩn bị cho phiên chất vấn vào đầu tuần tới.\n"
            "Danh sách 10 bộ trưởng dự kiến trả lời chất vấn: Bộ trưởng Công nghiệp Hoàng Trung Hải, Bộ trưởng Y tế "
            "Trần Thị Trung Chiến, Bộ trưởng GTVT Đào Đình Bình, Bộ trưởng GDĐT Nguyễn Minh Hiển.")
    found = _participants(text)
    assert not {"Hoàng Trung Hải", "Trần Thị Trung Chiến", "Đào Đình Bình", "Nguyễn Minh Hiển"} & found
