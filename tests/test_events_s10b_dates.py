"""Which date an event is given (real corpus sentences): a date told by a speaker named at the meeting is the day of
what is told, not of the meeting."""

from kg.extraction import extract
from kg.model import Article


def test_a_date_in_what_the_speaker_tells_does_not_date_the_meeting():
    text = ("Tại cuộc họp, báo cáo với Thủ tướng, Bộ trưởng Y tế Nguyễn Thanh Long cho biết, tại Việt Nam sau 34 ngày "
            "không ghi nhận ca mới trong cộng đồng, ngày 29/4/2021, hệ thống giám sát bệnh truyền nhiễm Việt Nam đã "
            "ghi nhận chùm ca bệnh Covid-19 liên quan đến trường hợp nhập cảnh từ Nhật Bản.")
    [event] = extract(Article("t", "", text, published="2021-04-30")).events
    assert event.attendees == ["Nguyễn Thanh Long"] and event.date is None


def test_a_date_given_to_the_meeting_itself_still_dates_it():
    text = ("Tại buổi họp báo chiều ngày 29/4, Phó Phát ngôn Bộ Ngoại giao Việt Nam Đoàn Khắc Việt trả lời câu hỏi về "
            "việc truyền thông Đài Loan đưa tin tàu sân bay Sơn Đông cùng với tàu đổ bộ tấn công của Trung Quốc, ngày "
            "28/4 rời căn cứ Tam Á trên đảo Hải Nam, Trung Quốc.")
    [event] = extract(Article("t", "", text, published="2021-04-30")).events
    assert event.date == "2021-04-29"
    text = ("Đây là thông tin Trưởng ban Công tác đại biểu của UB Thường vụ Quốc hội Nguyễn Thị Thanh cho biết tại "
            "cuộc họp báo công bố danh sách chính thức những người ứng cử đại biểu Quốc hội khóa XV, diễn ra "
            "chiều tối ngày 27/4/2021.")
    [event] = extract(Article("t", "", text, published="2021-04-27")).events
    assert event.date == "2021-04-27"


def test_a_dated_meeting_well_after_an_earlier_date_in_an_undated_article_is_held_not_planned():
    text = ("Tuy nhiên, ngày 14.9.2005, ông Lê Phàn đã hàn cửa sắt bít lối đi của nhà ông Tiến.\n"
            "Sự thờ ơ của chính quyền địa phương được thể hiện khá rõ qua lời phát biểu của ông Nguyễn Văn Sửu - Chủ "
            "tịch UBND Q.Hai Bà Trưng tại cuộc họp hòa giải ngày 14.2.2006. Tại cuộc họp, ông Sửu đã đưa ra 4 phương "
            "án giải quyết vụ việc.")
    events = extract(Article("t", "", text)).events
    assert [(e.date, e.attendees) for e in events if "Nguyễn Văn Sửu" in e.attendees] == [
        ("2006-02-14", ["Nguyễn Văn Sửu"])]


def test_a_meeting_to_come_well_after_an_earlier_date_stays_unreported():
    text = ("Tuy nhiên, ngày 14.9.2005, ông Lê Phàn đã hàn cửa sắt bít lối đi của nhà ông Tiến.\n"
            "Ông Nguyễn Văn Sửu - Chủ tịch UBND Q.Hai Bà Trưng cho biết sẽ tổ chức cuộc họp hòa giải ngày 14.2.2006.")
    assert not any(e.date == "2006-02-14" for e in extract(Article("t", "", text)).events)
