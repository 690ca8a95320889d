"""An undated report's event of the day, named again later with 'sáng nay' ('Kết thúc phiên họp sáng nay, ...'), is the
event the report dated, not a second, undated one."""

from kg.extraction import extract
from kg.model import Article


def test_closing_the_sitting_of_this_morning_is_the_dated_sitting():
    # the closing sentence is vntc-test-XH_VNE_T_(7114)'s; the lead dates the sitting in full
    text = ("Có nên giao trọng trách chống tham nhũng cho Chính phủ?\n"
            "Sáng 25/10/2005, tại phiên họp của Quốc hội, Chủ tịch Quốc hội Nguyễn Văn An bộc lộ quan điểm nên giao "
            "Chính phủ chỉ đạo Ban chống tham nhũng.\n"
            "Theo đề xuất của Ủy ban Thường vụ Quốc hội, Ban chỉ đạo chống tham nhũng sẽ do Thủ tướng đứng đầu.\n"
            "Kết thúc phiên họp sáng nay, Phó chủ tịch Quốc hội Nguyễn Văn Yểu kết luận, trước khi thông qua Luật "
            "phòng chống tham nhũng, sẽ gửi phiếu lấy ý kiến của đại biểu về 2 vấn đề còn nhiều ý kiến khác nhau.")
    events = extract(Article("t", "", text)).events
    assert [e.date for e in events] == ["2005-10-25"]
    assert {"Nguyễn Văn An", "Nguyễn Văn Yểu"} <= set(events[0].attendees)
