"""The headline or lead telling an event and where it is held, with nobody named, places the event the report opens
just after it."""

from kg.extraction import extract
from kg.model import Article


def test_a_lead_with_the_event_and_its_venue_places_the_event():
    text = ("Vào đầu tháng 4/2006, tại Hà Nội, TP.HCM, Hải Phòng, cty tư vấn du học Vineco phối hợp cùng trường "
            "Cao đẳng Hopwood Hall tổ chức các buổi hội thảo tìm hiểu về ngành học dành cho các bạn học sinh, "
            "sinh viên VN.\n"
            "Tham gia buổi hội thảo, phụ huynh học sinh có thể đặt bất kỳ câu hỏi nào cho đại diện của trường - "
            "ông Allan Lawrence - về các thông tin học bổng.")
    [event] = extract(Article("t", "", text)).events
    assert (event.locations, event.attendees) == (["Hà Nội", "Hồ Chí Minh", "Hải Phòng"], ["Allan Lawrence"])


def test_a_lead_announcing_an_event_to_come_places_nothing():
    text = ("Hội nghị quốc tế về chất độc da cam sẽ được tổ chức tại Paris vào tháng tới.\n"
            "Tham gia buổi hội thảo hôm qua, ông Allan Lawrence đã phát biểu.")
    events = extract(Article("t", "", text)).events
    assert all("Paris" not in e.locations for e in events)
