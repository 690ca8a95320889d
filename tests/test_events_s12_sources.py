"""A clause opened by its source, "theo <title> <name>, ...", in the report of a meeting, visit or reception is a
speaker there, as "ông A cho biết" is (session 12; sentences from corpus articles)."""
from kg.extraction import extract
from kg.model import Article


def _attendees(text: str) -> set[str]:
    return {name for event in extract(Article("t", "", text)).events for name in event.attendees + event.chairs}


def test_a_source_in_the_report_of_a_working_session_speaks_at_it():
    text = ("Hiệu quả phân cấp quy hoạch chưa cao (NLĐ)- Ngày 13-4, tại buổi làm việc với Sở Quy hoạch - Kiến trúc và "
            "Sở Xây dựng TP, Ban Kinh tế - Ngân sách (KT-NS) HĐND TPHCM nhận xét việc phân cấp cho quận, huyện phê "
            "duyệt quy hoạch chi tiết 1/2.000 hơi nóng vội, hiệu quả không cao.\n"
            "Theo ông Nguyễn Minh Hoàng, Trưởng Ban KT-NS, chỉ nên phân cấp cho những địa phương đủ năng lực, còn "
            "những nơi khác thì chỉ ủy quyền những phần việc cụ thể.")
    assert "Nguyễn Minh Hoàng" in _attendees(text)


def test_a_source_after_a_comma_in_a_meeting_report_speaks_at_it():
    text = ("Chiều 26/10, Sở Văn hoá Thông tin TP HCM đã họp với UBND quận 10 để thống nhất phương án khai quật, bảo "
            "vệ ngôi mộ cổ trên đường Nguyễn Tri Phương.\n"
            "Thời gian khai quật sẽ tiến hành đúng theo quy định của Bộ Văn hoá Thông tin (kết thúc vào 15/11). Tuy "
            "nhiên, theo ông Phạm Hữu Mý, Trưởng Ban quản lý di tích lịch sử và danh lam thắng cảnh TP HCM, nhiều khả "
            "năng việc khai quật sẽ hoàn tất sớm hơn dự định.")
    assert "Phạm Hữu Mý" in _attendees(text)


def test_a_source_after_an_intertitle_is_in_another_part_of_the_article():
    text = ("Hà Nội cho phép dân ngoại thành đăng ký hơn 1 xe máy\n"
            "Từ 14/12, người dân ngoại thành sẽ được đăng ký hơn 1 xe máy theo nội dung thông tư 17 của Bộ Công an. "
            "Ông Nguyễn Quốc Triệu, Chủ tịch UBND thành phố vừa cho VnExpress biết, sau cuộc họp khẩn giữa lãnh đạo "
            "Hà Nội và Công an thành phố, chiều 13/12.\n"
            "TP HCM đăng ký xe sẽ nhanh hơn\n"
            "Theo ông Võ Văn Vân, Phó phòng cảnh sát giao thông đường bộ Công an TP HCM, từ ngày mai thủ tục đơn giản "
            "đi một nửa và thời gian đăng ký sẽ nhanh gấp đôi so với trước.")
    assert "Võ Văn Vân" not in _attendees(text)


def test_a_source_in_a_familiar_address_is_no_speaker():
    text = ("Chiều 26/10, Sở Văn hoá Thông tin TP HCM đã họp với UBND quận 10 để thống nhất phương án khai quật, bảo "
            "vệ ngôi mộ cổ trên đường Nguyễn Tri Phương.\n"
            "Theo anh Nguyễn Văn Tuấn, người chứng kiến sự việc, bức tường cao khoảng 2 m, dài 6 m.")
    assert "Nguyễn Văn Tuấn" not in _attendees(text)


def test_a_source_after_a_bare_visit_verb_is_no_speaker_at_it():
    text = ("Sân bay Tân Sơn Nhất: Làm thủ tục hải quan trong vài phút\n"
            "Chị Lệ Trâm, Việt kiều Australia về thăm gia đình nhận xét, so với nhiều sân bay khác mà chị biết, thời "
            "gian làm thủ tục tại sân bay Tân Sơn Nhất hiện đã nhanh hơn. Chỉ vài phút là mọi thủ tục hoàn tất.\n"
            "Trong thời điểm gần kề Noel và Tết dương lịch, lượng người vào Việt Nam qua cửa khẩu quốc tế Tân Sơn "
            "Nhất tăng nhanh. Theo ông Đinh Văn Khởi, Phó đội trưởng Thủ tục hành lý, Chi cục hải quan cửa khẩu, lượng "
            "khách ở thời điểm hiện tại đã tăng 10% so với bình thường.")
    assert "Đinh Văn Khởi" not in _attendees(text)
