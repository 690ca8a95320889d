"""A sentence opening with the speech it tells ('Trong diễn văn đáp từ, đồng chí A, ...') names its speaker, who
takes part in the event reported (corpus)."""

from kg.extraction import extract
from kg.model import Article


def test_the_reply_speech_names_a_speaker_at_the_meeting():
    # vntc-train-XH_NLD_(4576)
    text = ("Ngày 21-3-2005, tại Hà Nội, Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam đã tổ chức mít tinh trọng thể "
            "kỷ niệm lần thứ 50 ngày thành lập Đảng Nhân dân Cách mạng Lào. Tại buổi mít tinh, đồng chí Phan Diễn, "
            "Ủy viên Bộ Chính trị, đã đọc diễn văn. Trong diễn văn đáp từ, đồng chí Bun-Thon Xẻng-Khăm-Mi, Đại sứ "
            "đặc mệnh toàn quyền Cộng hòa Dân chủ Nhân dân Lào tại Việt Nam đã chân thành cảm ơn Ban Đối ngoại "
            "Trung ương Đảng Cộng sản Việt Nam đã tổ chức buổi mít tinh mang ý nghĩa lịch sử này.")
    events = extract(Article("t", "", text)).events
    assert any("Bun-Thon Xẻng-Khăm-Mi" in e.attendees and e.date == "2005-03-21" for e in events)


def test_the_opening_speech_names_a_speaker_at_the_ceremony():
    # vntc-train-XH_NLD_(5009)
    text = ("Sáng 27-7-2005, tại Hà Nội, Tổng LĐLĐVN tổ chức lễ kỷ niệm 76 năm ngày thành lập Công đoàn Việt Nam. "
            "Tới dự có Tổng Bí thư Nông Đức Mạnh. Trong diễn văn khai mạc, bà Cù Thị Hậu, Chủ tịch Tổng LĐLĐVN đã ôn "
            "lại những trang sử hào hùng, vẻ vang của tổ chức Công đoàn.")
    events = extract(Article("t", "", text)).events
    assert any("Cù Thị Hậu" in e.attendees for e in events)
