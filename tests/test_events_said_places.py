"""A place a speaker names in what they say is the topic of the speech, not where the event is held."""

from kg.extraction import extract
from kg.model import Article


def events(text: str, **kw):
    return extract(Article("t", "", text, **kw)).events


def test_places_in_what_a_participant_says_do_not_place_the_meeting():
    # vntc-test-XH_NLD_T_(9606): the working session is in TPHCM; Hà Nội and Quảng Bình are where the cases are
    text = ("Sáng 9-11 tại TPHCM, Phó Thủ tướng Thường trực Nguyễn Tấn Dũng đã có buổi làm việc với lãnh đạo UBND "
            "TPHCM về tình hình phòng chống dịch cúm gia cầm.\n"
            "Bà Trần Thị Trung Chiến, Bộ trưởng Bộ Y tế, cho biết tình hình hiện nay rất cấp bách, đã xảy ra 3 ca "
            "nhiễm bệnh, trong đó 1 ca ở Hà Nội đã chết, 2 ca ở Quảng Bình chưa có kết quả chính thức.")
    [event] = events(text)
    assert "Trần Thị Trung Chiến" in event.attendees
    assert "Hồ Chí Minh" in event.locations
    assert "Hà Nội" not in event.locations and "Quảng Bình" not in event.locations


def test_a_place_in_a_request_at_the_meeting_is_not_its_venue():
    # vntc-test-XH_VNE_T_(971): the road works in district 7 are what the chairman asks about
    text = ("Sáng qua, tại cuộc họp với lãnh đạo các sở, ngành, Chủ tịch UBND TP HCM Lê Thanh Hải đã đề nghị Công an "
            "thành phố báo cáo tiến độ điều tra vụ tiêu cực ở công trình đường liên cảng A5 (quận 7).")
    [event] = events(text)
    assert event.attendees == ["Lê Thanh Hải"]
    assert event.locations == []


def test_an_event_word_after_the_verb_still_places_its_event():
    # vntc-train-XH_VNE_(181): 'khẳng định, diễn đàn ... tại Huế đã thành công': the forum is in Huế
    text = ("Trong cuộc họp báo nhân bế mạc ASEP-3, Chủ nhiệm Ủy ban Đối ngoại của Quốc hội Vũ Mão khẳng định, diễn "
            "đàn đối tác nghị viện Á - Âu tại Huế đã thành công tốt đẹp.")
    [event] = events(text)
    assert "Huế" in event.locations


def test_a_sentence_of_speech_alone_does_not_place_the_meeting():
    # dantri-unc-news_society_201: the meeting of 29/4 in Hà Nội; Lý Nhân (Hà Nam) is where the patient lives, in a
    # sentence with no event word and no cue of attending
    text = ("Phó Chủ tịch UBND TP Hà Nội Chử Xuân Dũng phát biểu chỉ đạo tại cuộc họp chiều 29/4.\n"
            "Chiều 29/4, sau khi thông tin cụ thể về trường hợp F0 tên N.V.Đ. (SN 1993, ở huyện Lý Nhân, tỉnh Hà "
            "Nam), ông Hoàng Đức Hạnh - Phó Giám đốc Sở Y tế Hà Nội - cho biết, hiện lực lượng chức năng xác định có "
            "thêm 1 trường hợp F1 (ở huyện Đông Anh) đi ăn cỗ chung với bệnh nhân này.")
    [event] = events(text, published="2021-04-29")
    assert {"Chử Xuân Dũng", "Hoàng Đức Hạnh"} <= set(event.attendees)
    assert not {"Hà Nam", "huyện Lý Nhân", "Lý Nhân", "Đông Anh"} & set(event.locations)
