"""The end of a span of years or a target year in a sentence gives no year to its day and month."""

from kg.extraction import extract
from kg.model import Article


def event_keys(text: str) -> list[str | None]:
    return [e.date for e in extract(Article("t", "", text)).events]


def test_the_end_of_a_programme_period_is_not_the_meetings_year():
    # vntc-train-XH_NLD_(5337): an undated article; the programme runs 2006-2015, the meeting's year is not told
    text = ("Đưa tiết kiệm điện vào sách giáo khoa\n"
            "Đó là một trong những nội dung của Chương trình mục tiêu quốc gia về sử dụng năng lượng tiết kiệm và hiệu "
            "quả (giai đoạn 2006 - 2015) vừa được Bộ trưởng Bộ Công nghiệp Hoàng Trung Hải đưa ra tại cuộc họp khởi "
            "động chương trình ngày 31-3.")
    assert event_keys(text) == [None]


def test_a_target_year_is_not_the_working_sessions_year():
    # vntc-train-XH_NLD_(4706): 'đến năm 2010 dự kiến chỉ tiêu ...' is a target of the plan
    text = ("Báo cáo với Ban Văn hóa Xã hội HĐND TP tại buổi làm việc chiều 20-3, ông Trần Đình Phú, Phó Giám đốc Sở "
            "GTCC, cho biết theo đồ án quy hoạch tổng thể cây xanh TP, đến năm 2010 dự kiến chỉ tiêu diện tích cây "
            "xanh công cộng bình quân 3,68 m2/người.")
    assert event_keys(text) == [None]


def test_a_year_of_its_own_still_dates_the_day():
    text = ("Tại cuộc họp khởi động chương trình ngày 31-3-2006, Bộ trưởng Bộ Công nghiệp Hoàng Trung Hải cho biết "
            "chương trình giai đoạn 2006 - 2015 có 11 đề án.")
    assert event_keys(text) == ["2006-03-31"]


def test_a_year_after_sau_nam_is_a_bound_not_the_paragraphs_year():
    # the last sentence is a corpus sentence ('Sau năm 2010, một số đoạn sẽ được nâng cấp thành đường cao tốc'); in an
    # undated article the day of the meeting gets no year from it (it had given 2010)
    text = ("Hoàn thành quốc lộ 1A\n"
            "Sáng 26-2, tại cuộc họp về dự án nâng cấp quốc lộ 1A, Bộ trưởng Bộ Giao thông vận tải Đào Đình Bình cho "
            "biết dự án đã hoàn thành phần lớn khối lượng công việc của năm đầu tiên. Sau năm 2010, một số đoạn sẽ "
            "được nâng cấp thành đường cao tốc.")
    assert event_keys(text) == [None]
