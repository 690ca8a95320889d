"""A day and month of an undated article take the year of a document the text dates in full in the weeks before it
(a meeting held on a directive, a visit after the newspaper's issue): real corpus sentences outside the gold sets."""

from __future__ import annotations

from kg.extraction import extract
from kg.extraction.dates import find_dates, year_context
from kg.model import Article


def _keys(text: str, line: int) -> list[str | None]:
    lines = text.split("\n")
    offset = sum(len(x) + 1 for x in lines[:line])
    return [d.iso for d in find_dates(lines[line], offset, None, year_context(text))]


# vntc-train-XH_NLD_(3875), undated: the meeting of 24-4 follows the directive of 16-3-2005
DIRECTIVE = ("(NLĐ)- Thủ tướng Chính phủ Phan Văn Khải vừa chỉ đạo: Yêu cầu Bộ GTVT báo cáo đầy đủ việc thực hiện "
             "ý kiến chỉ đạo của Tổng Bí thư Nông Đức Mạnh và Thủ tướng Chính phủ tại công văn 1289/VPCP-NC ngày "
             "16-3-2005 về việc “xử lý vụ tai nạn tàu E1” lên Thủ tướng trước ngày 1-5.\n"
             "Trong một diễn biến khác, ngày 25-4, Tổng Công ty Đường sắt VN đã có báo cáo lên Bộ trưởng GTVT kết quả "
             "xử lý trách nhiệm các tổ chức, cá nhân liên quan đến vụ đổ tàu E1. Trong đó, tại cuộc họp đột xuất tổ "
             "chức ngày 24-4, tổng công ty phê bình nghiêm khắc 2 phó tổng giám đốc gồm: ông Vương Đình Khánh, phụ "
             "trách vận tải và an toàn vận tải giao thông đường sắt; ông Nguyễn Đạt Tường, phụ trách đầu máy toa xe.")


def test_a_meeting_weeks_after_a_dated_directive_is_of_its_year() -> None:
    assert _keys(DIRECTIVE, 1) == ["2005-04-25", "2005-04-24"]


def test_the_people_of_that_meeting_take_part_on_that_day() -> None:
    events = extract(Article("t", "", DIRECTIVE)).events
    assert {(e.date, a) for e in events for a in e.attendees} >= {("2005-04-24", "Vương Đình Khánh"),
                                                                   ("2005-04-24", "Nguyễn Đạt Tường")}


def test_a_visit_on_the_day_of_a_dated_newspaper_issue_is_of_its_year() -> None:
    # vntc-test-XH_NLD_T_(9702), undated: the issue of 30-12-2002 and the visit of the same morning
    text = ("Báo Người Lao Động số ra ngày 30-12, có tin: “Bà Chít “ba-ri-e” ngã gãy hai chân”.\n"
            "Ngay trong sáng 30-12, ông Lê Kiên Cường, Phó Chủ tịch LĐLĐ tỉnh Quảng Trị, đã đến thăm và trao 5 triệu "
            "đồng cho bà Chít “ba-ri-e”, 72 tuổi, ở thị trấn Gio Linh, huyện Gio Linh.\n"
            "Bà Hoàng Thị Chít là nhân vật trong bài “Bà Chít “ba-ri-e” mà Báo NLĐ số ra ngày 30-12-2002, phản ánh về "
            "công lao của bà 17 năm gác tàu không công.")
    assert _keys(text, 1) == ["2002-12-30"]


def test_a_day_before_the_document_or_long_after_it_gets_no_year_from_it() -> None:
    text = ("Ngày 10-1, Sở Tài nguyên và Môi trường đã tổ chức hội nghị.\n"
            "Hội nghị bàn việc thực hiện Nghị định 17/2006/NĐ-CP ngày 27-1-2006 của Chính phủ.\n"
            "Ngày 20-6, Sở tiếp tục họp.")
    assert _keys(text, 0) == [None]
    assert _keys(text, 2) == [None]
