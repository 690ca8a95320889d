"""Venues: a country ending an institution's name is none; a venue sentence after a dateline places the event."""

from kg.extraction import extract
from kg.model import Article


def test_the_country_in_a_venue_name_is_no_location_but_its_city_is():
    text = ("Lễ Phật Đản 2549 (Phật lịch) diễn ra tại Học viện Phật giáo Việt Nam (Sóc Sơn, Hà Nội) sáng 22/5. "
            "Rất đông phật tử từ các miền đất nước đã về dự lễ, dâng hoa lên đức Phật. Chủ tịch Quốc hội Nguyễn Văn An "
            "đã đến dâng hương và lẵng hoa tại đại lễ.")
    [event] = extract(Article("t", "Đại lễ Phật Đản 2549", text)).events
    assert (event.locations, event.attendees) == (["Sóc Sơn", "Hà Nội"], ["Nguyễn Văn An"])


def test_a_city_after_a_dash_following_the_venue_name_stays():
    text = ("Chiều 12-3, tại Bảo tàng Dân tộc học VN - Hà Nội, Viện trưởng Viện Khoa học Xã hội VN Đỗ Hoài Nam đã trao "
            "tặng kỷ niệm chương Vì sự nghiệp Khoa học xã hội cho giáo sư.")
    [event] = extract(Article("t", "", text, published="2005-03-13")).events
    assert event.locations == ["Hà Nội"]


def test_a_country_named_after_tai_alone_is_still_the_venue():
    text = "Ngày 5/6, tại Nhật Bản, Thủ tướng Phan Văn Khải đã hội đàm với Thủ tướng Junichiro Koizumi."
    [event] = extract(Article("t", "", text, published="2005-06-06")).events
    assert event.locations == ["Nhật Bản"]


def test_a_venue_sentence_after_a_glued_headline_and_dateline_places_the_event():
    text = ("6 giải pháp chống quan liêu, tham nhũng, lãng phí, tiêu cực (NLĐ) - Hội nghị toàn quốc kiểm điểm "
            "tình hình thực hiện Nghị quyết Trung ương 6 (lần 2) khóa VIII diễn ra tại Hà Nội. "
            "Phát biểu khai mạc hội nghị, đồng chí Phan Diễn, Ủy viên Bộ Chính trị nêu rõ nhiệm vụ.")
    [event] = extract(Article("t", "", text)).events
    assert (event.locations, event.attendees) == (["Hà Nội"], ["Phan Diễn"])


def test_the_seat_of_a_post_named_with_its_body_is_no_venue():
    text = ("Dự án xây dựng đường vành đai 1, đoạn Kim Liên - Ô Chợ Dừa đã được UBND thành phố Hà Nội khởi công sáng "
            "11-10. Đến dự lễ khởi công có ông Nguyễn Quốc Triệu, Chủ tịch UBND thành phố Hà Nội; ngài Karasawa, "
            "Trưởng đại diện Ngân hàng hợp tác Quốc tế Nhật Bản (JBIC) tại Việt Nam.")
    [event] = extract(Article("t", "", text)).events
    assert "Việt Nam" not in event.locations and "Nguyễn Quốc Triệu" in event.attendees
