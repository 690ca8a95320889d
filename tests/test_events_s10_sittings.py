"""A deliberating body that hears, examines or passes something ('HĐND ... đã thông qua nghị quyết', 'UBTVQH còn xem
xét Pháp lệnh') holds a sitting, and the people who speak in its report take part; a body only asked to examine
something ('kiến nghị Quốc hội xem xét') holds none (real corpus sentences, outside the gold sets)."""

from kg.extraction import extract
from kg.model import Article


def _attendees(text: str) -> set[str]:
    return {name for event in extract(Article("t", "", text)).events for name in event.attendees + event.chairs}


def test_a_standing_committee_examining_an_ordinance_sits():
    text = ("Ngoài hiện vật, dự trữ quốc gia còn bằng tiền. Cũng trong chiều nay, Ủy ban thường vụ Quốc hội còn "
            "xem xét Pháp lệnh chống bán phá giá hàng hóa nhập khẩu vào Việt Nam. Do còn một số điểm chưa đạt được sự "
            "thống nhất nên Chủ tịch Quốc hội Nguyễn Văn An đề nghị Ủy ban Kinh tế ngân sách và Ban soạn thảo Pháp "
            "lệnh cần rà soát lại một lần nữa.")
    assert "Nguyễn Văn An" in _attendees(text)


def test_a_council_passing_a_resolution_sits_and_its_speakers_take_part():
    text = ("Hội đồng nhân dân TP HCM thông qua việc tăng giá nước. Chiều nay, các đại biểu HĐND TP HCM đã thông qua "
            "nghị quyết về nhiệm vụ kinh tế - xã hội năm 2004. Giám đốc Sở Giao thông công chính Hà Văn Dũng cho biết, "
            "việc thu phí trước đây thuộc giai đoạn 1 của dự án.")
    assert "Hà Văn Dũng" in _attendees(text)


def test_a_body_asked_to_examine_something_holds_no_sitting():
    text = ("Xin đừng thông qua Luật Giáo dục. GS Phạm Phụ cũng có một bản kiến nghị Quốc hội xem xét lùi việc thông "
            "qua luật này.")
    assert _attendees(text) == set()
