"""A consulate's seat ('Tổng lãnh sự quán Hoa Kỳ tại TP Hồ Chí Minh') is where the mission is posted, not where
its event is held; a mission the event opens stands where the event is (corpus)."""

from kg.extraction import extract
from kg.model import Article


def test_a_consulates_seat_is_not_where_its_delegation_visits():
    # vntc-train-XH_TN_(1629)
    text = ("Chiều ngày 15/3/2005, đoàn Tổng lãnh sự quán Hoa kỳ tại TP Hồ Chí Minh do ông Seth D.Winnics - Tổng "
            "lãnh sự dẫn đầu đã tới Gia Lai, nhằm tìm hiểu nhiều vấn đề về phát triển kinh tế - xã hội ở vùng Tây "
            "Nguyên. Ông Phạm Thế Dũng - Chủ tịch UBND tỉnh đã thông báo với đoàn về những thành tựu.")
    events = extract(Article("t", "", text)).events
    assert [e.locations for e in events] == [["Gia Lai"]]


def test_a_consulate_present_at_a_ceremony_does_not_place_it():
    # vntc-test-XH_TT_T_(9991)
    text = ("Giáo hội Phật giáo VN cầu siêu cho nạn nhân sóng thần\n"
            "Tổng lãnh sự quán Thái Lan tại TP.HCM cũng có mặt trong buổi lễ cầu nguyện này. Hòa thượng Thích Trí "
            "Quảng, Phó ban trị sự Trung ương Giáo hội cho biết: “Thảm họa sóng thần vừa qua là sự đau thương lớn "
            "lao.”")
    events = extract(Article("t", "", text)).events
    assert events and all("Hồ Chí Minh" not in e.locations for e in events)


def test_a_consulate_the_ceremony_opens_is_where_it_is_held():
    # vntc-test-XH_VNE_T_(1332)
    text = ("Ngày 2/5/2005, Bộ Ngoại giao đã khai trương Tổng lãnh sự quán Việt Nam tại Nam Ninh, thủ phủ Khu tự trị "
            "dân tộc Choang, tỉnh Quảng Tây, Trung Quốc. Tham dự buổi lễ, về phía Việt Nam có Thứ trưởng Bộ Ngoại "
            "giao Nguyễn Phú Bình.")
    events = extract(Article("t", "", text)).events
    assert any("Nam Ninh" in e.locations for e in events)
