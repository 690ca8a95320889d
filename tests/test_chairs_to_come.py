"""A person who `sẽ chủ trì` (will chair) has chaired nothing yet: an announced meeting is no event (real corpus
texts: vntc-test-XH_VNE_T_(915), (7801), (2267))."""

from kg.extraction import extract
from kg.model import Article


def _chairs(text: str) -> list[str]:
    return [c for e in extract(Article("t", "", text)).events for c in e.chairs]


def test_a_seminar_to_be_chaired_has_no_chair():
    text = ("Ông Dario Evaristo Casari, Giám đốc tuyển sinh của tập đoàn giáo dục Benedict, Thuỵ Sĩ sẽ chủ trì hội "
            "thảo và phỏng vấn sinh viên quan tâm đến du học Thụy Sĩ. Sinh viên có cơ hội nhận được học bổng trị giá "
            "800-4.000 USD/năm, tuỳ cấp học.")
    assert extract(Article("t", "", text)).events == []


def test_a_talk_to_be_chaired_after_its_announcement_has_no_chair():
    text = ("Đại học Công lập Northumbria vừa thông báo cấp học bổng trị giá 3.000 Bảng Anh cho 5 sinh viên khá. "
            "Trường tổ chức buổi gặp gỡ tại Hà Nội vào 17h, ngày 13/12 tại 230 Kim Mã, Ba Đình, Hà Nội.\n"
            "Ông David Caine, Giám đốc tuyển sinh của trường, sẽ chủ trì buổi nói chuyện.")
    assert _chairs(text) == []


def test_a_dated_meeting_to_be_chaired_is_no_event():
    text = ("Chiều 20/10, tại Long An, quyền Bộ trưởng NNPTNT Cao Đức Phát sẽ chủ trì cuộc họp với các tỉnh đồng bằng "
            "sông Cửu Long để bàn biện pháp ngăn chặn dịch cúm gia cầm tái phát.")
    assert _chairs(text) == []
