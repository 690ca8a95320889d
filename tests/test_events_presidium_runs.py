"""Running a sitting for the presidium ('thay mặt Đoàn Chủ tịch, ông A điều khiển phiên họp') is taking part in
it (corpus)."""

from kg.extraction import extract
from kg.model import Article


def test_the_presidium_member_who_runs_the_sitting_takes_part():
    # vntc-train-XH_TN_(1402)
    text = ("Đại hội X của Đảng bước vào ngày làm việc thứ tư. Bộ trưởng Bộ Thương mại Trương Đình Tuyển phát biểu tại "
            "đại hội. Buổi sáng, thay mặt Đoàn Chủ tịch, ông Nguyễn Minh Triết, Ủy viên Bộ Chính trị điều khiển "
            "phiên họp. Trong buổi sáng, đã có 9 tham luận.")
    events = extract(Article("t", "", text)).events
    assert any("Nguyễn Minh Triết" in e.attendees for e in events)
