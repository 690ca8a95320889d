"""'Đó là ý kiến / kết luận của X tại / trong <event>': the person whose words these are spoke at the event."""

from kg.extraction import extract
from kg.model import Article


def attendees(text: str) -> list[str]:
    return [a for e in extract(Article("t", "", text)).events for a in e.attendees + e.chairs]


def test_an_opinion_given_at_a_conference_after_a_title_between_commas():
    # vntc-train-XH_VNE_(930)
    text = ("Cần phát triển cân bằng các đô thị trong cả nước\n"
            "Việc phát triển cân bằng sẽ giải quyết những thách thức mà thủ đô và các đô thị địa phương phải đối mặt. "
            "Đó là ý kiến của ông Shigeru Komae, Thứ trưởng các vấn đề kỹ thuật Bộ Đất đai Nhật Bản, tại Hội nghị quốc "
            "tế về chiến lược phát triển đô thị, sáng nay ở Hà Nội.")
    assert "Shigeru Komae" in attendees(text)


def test_a_conclusion_given_in_a_working_session():
    # vntc-test-XH_VNE_T_(4712)
    text = ("Đó là kết luận của Thứ trưởng Bộ Giao thông Vận tải Ngô Thịnh Đức trong buổi làm việc mới đây nhằm "
            "tháo gỡ khó khăn cho Tổng công ty Đường sắt Việt Nam trong việc bảo vệ trật tự trên tàu.")
    assert attendees(text) == ["Ngô Thịnh Đức"]


def test_a_directive_carried_out_at_a_meeting_is_still_not_attendance():
    text = ("Sáng 5/3, tại hội nghị, UBND tỉnh đã triển khai ý kiến chỉ đạo của Thủ tướng Nguyễn Tấn Dũng về phòng "
            "chống dịch, Chủ tịch UBND tỉnh Nguyễn Văn A chủ trì.")
    assert "Nguyễn Tấn Dũng" not in attendees(text)
