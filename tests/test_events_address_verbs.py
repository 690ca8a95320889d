"""An official's words to those present (thanks, praise, encouragement: 'cảm ơn', 'biểu dương', 'khen ngợi',
'khuyến khích'; acknowledging what they said or did: 'ghi nhận ý kiến', 'ghi nhận sự đóng góp') are speech at the
event the article reports, as 'cho biết' is; a bare 'ghi nhận' (records a fact, or the noun: 'Theo ghi nhận của chúng
tôi') is none."""

from kg.extraction import extract
from kg.model import Article


def events(text: str, **kw):
    return extract(Article("t", "", text, **kw)).events


def test_the_chairman_acknowledging_at_the_new_year_gathering_takes_part():
    # vntc-train-XH_NLD_(4817): the city's New Year gathering of overseas Vietnamese, 21-1
    text = ("Ấm áp, thân tình, xây dựng Phó Chủ tịch Quốc hội Trương Quang Được (thứ hai, từ trái) gặp gỡ kiều bào "
            "trong buổi họp mặt Ảnh: P.Ngọc (NLĐ)- Ấm áp, thân tình là không khí buổi họp mặt kiều bào mừng Xuân Bính "
            "Tuất do UBND TP tổ chức tại Khu Du lịch Văn Thánh vào chiều 21-1.\n"
            "Đồng chí Trương Quang Được, Ủy viên Bộ Chính trị – Phó Chủ tịch Quốc hội, cùng các đồng chí lãnh đạo "
            "Trung ương và TP đã đến chúc Tết và chung vui với hơn 700 kiều bào trong dịp này.\n"
            "Theo ông Nguyễn Chơn Trung, Chủ nhiệm Ủy ban Về Người Việt Nam ở nước ngoài TP, năm 2005 kiều bào đã có "
            "nhiều đóng góp vào sự phát triển kinh tế- xã hội của TP.\n"
            "Thay mặt lãnh đạo TP, Chủ tịch UBND TP Lê Thanh Hải điểm qua tình hình kinh tế – xã hội năm 2005 và ghi "
            "nhận sự đóng góp đáng kể của bà con kiều bào.")
    people = {p for e in events(text, published="2006-01-22") for p in e.chairs + e.attendees}
    assert "Lê Thanh Hải" in people


def test_the_host_thanking_a_visiting_delegation_takes_part_in_the_visit():
    # vntc-train-XH_TT_(3060): the New Zealand Governor-General's visit to Bình Định
    text = ("Toàn quyền New Zealand thăm Bình Định\n"
            "Từ ngày 26 đến 28-11, đoàn đã có chuyến thăm và làm việc tại Bình Định, một tỉnh có mối quan hệ hợp tác, "
            "hữu nghị đặc biệt với New Zealand.\n"
            "Ông Vũ Hoàng Hà, phó bí thư Tỉnh ủy, chủ tịch UBND tỉnh, đã cảm ơn sự trợ giúp của chính phủ và nhân dân "
            "cùng các tình nguyện viên New Zealand.")
    [event] = events(text)
    assert event.attendees == ["Vũ Hoàng Hà"] and "Bình Định" in event.locations


def test_the_reporters_observation_is_no_speech():
    # vntc-test-XH_TT_T_(10328): 'Theo ghi nhận của chúng tôi' is what the reporter saw, nobody speaking
    text = ("Hàng loạt xe phải dừng lại để CSGT \"làm việc\" lúc 7g30 sáng 14-4 tại khu vực Bà Râu (Ninh Hải, Ninh "
            "Thuận). Theo ghi nhận của chúng tôi, hầu hết các chủ xe và tài xế đều phải chung chi.")
    assert not events(text)


def test_a_body_recording_a_fact_is_no_speech():
    # vntc-test-XH_VNE_T_(4557): 'phường sở tại ghi nhận ông chỉ đến ...' records what happened; the citizen quoted
    # before it says nothing at the working session
    text = ("Ông Lâm Anh Tuấn, Phó chủ tịch quận Hai Bà Trưng (Hà Nội) vừa cho biết, vì thiếu trách nhiệm khi làm việc "
            "với công dân, Chủ tịch phường Lê Đại Hành bị kiểm điểm trách nhiệm.\n"
            "Theo khẳng định của ông Nguyễn Trọng Hiệp, ông đã đến UBND phường để xác nhận hồ sơ xin cấp giấy chứng "
            "nhận quyền sử dụng đất tổng cộng 28 lần, song phường sở tại ghi nhận ông chỉ đến 3 lần.")
    people = {p for e in events(text) for p in e.chairs + e.attendees}
    assert "Nguyễn Trọng Hiệp" not in people


def test_the_chairman_encouraging_after_a_goal_mentioned_above_takes_part():
    # dantri-unc-news_travel_094: 'mục tiêu nêu trên' (the goal mentioned above) is no one speaking, so the speaker is
    # the one who encourages
    text = ("Ngày 2/4, UBND tỉnh Đồng Tháp tổ chức hội nghị đánh giá về kết quả 5 năm triển khai thực hiện Đề án Phát "
            "triển du lịch tỉnh Đồng Tháp giai đoạn 2015 - 2020.\n"
            "Để đạt mục tiêu nêu trên, ông Phạm Thiện Nghĩa - Chủ tịch UBND tỉnh Đồng Tháp khuyến khích người dân khởi "
            "nghiệp du lịch với gắn với chuyển đổi số.")
    [event] = events(text, published="2021-04-02")
    assert event.attendees == ["Phạm Thiện Nghĩa"]


def test_a_person_named_in_what_is_said_before_thanks_takes_no_part():
    # the reception of the greetings test in tests/test_extraction_events.py: the thanks come after what the General
    # Secretary says, whose clause names a late president; only the speaker takes part
    text = ("Chiều 3/5, tại trụ sở T.Ư Đảng, Tổng bí thư Nông Đức Mạnh đã tiếp đoàn đại biểu cấp cao Ban Đối ngoại "
            "T.Ư Đảng Nhân dân Cách mạng Lào do ông Xổmxavạt Lênhxavát dẫn đầu.\n"
            "Tổng bí thư Nông Đức Mạnh khẳng định Việt Nam sẽ tiếp tục gìn giữ mối quan hệ truyền thống quý báu đó, do "
            "Chủ tịch Cayxỏn Phômvihản dày công vun đắp; cảm ơn về lời mời.")
    [event] = events(text)
    assert "Cayxỏn Phômvihản" not in event.attendees and "Nông Đức Mạnh" in event.attendees
