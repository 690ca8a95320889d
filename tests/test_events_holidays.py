"""'lễ' naming a public holiday ('dịp lễ 30/4', 'nghỉ lễ') is no ceremony (real corpus sentences)."""

from kg.extraction import extract
from kg.model import Article


def test_a_holiday_named_by_its_date_opens_no_event():
    text = ("Ông Đoàn Tấn Bửu - Phó Chủ tịch UBND tỉnh Đồng Tháp cho biết, dịp lễ 30/4 và 1/5 này các sự kiện "
            "tập trung đông người đều phải giảm quy mô.")
    assert extract(Article("t", "", text, published="2021-04-28")).events == []


def test_days_off_open_no_event_but_a_ceremony_of_the_occasion_does():
    off = ("Anh Hoàng Quân (quận Hoàng Mai, Hà Nội) cho biết, cả gia đình anh đều thích du lịch biển nên đã lựa chọn "
           "đến đây vào kỳ nghỉ lễ.")
    assert extract(Article("t", "", off)).events == []
    held = "Nhân dịp lễ kỷ niệm 30 năm thành lập trường, Bộ trưởng Nguyễn Minh Hiển đã đến dự."
    [event] = extract(Article("t", "", held)).events
    assert event.attendees == ["Nguyễn Minh Hiển"]
