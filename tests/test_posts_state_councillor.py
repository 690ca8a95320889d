"""`Ủy viên Quốc vụ` (a member of China's State Council) is a post of its own: the title no longer stops at
`Quốc`, and a `kiêm` chain after it goes on to the next post. Sentences from real corpus articles
(vntc-train-XH_TN_(1499), dantri-unc-news_society_234)."""

from extracted import all_holdings as holdings


def test_a_state_councillor_and_minister_in_a_kiem_chain():
    text = ("Đoàn đại biểu quân sự cấp cao nước CHND Trung Hoa do Thượng tướng Tào Cương Xuyên, Ủy viên Bộ Chính trị "
            "Đảng Cộng sản Trung Quốc, Phó chủ tịch Quân ủy T.Ư, Ủy viên Quốc vụ kiêm Bộ trưởng Bộ Quốc phòng dẫn đầu "
            "sang thăm hữu nghị chính thức nước ta đã đến Hà Nội tối 6/4.")
    found = holdings(text)
    assert ("Tào Cương Xuyên", "Ủy viên Quốc vụ") in found
    assert ("Tào Cương Xuyên", "Bộ trưởng Bộ Quốc phòng") in found
    assert ("Tào Cương Xuyên", "Ủy viên Quốc") not in found


def test_a_state_councillor_in_apposition():
    text = ("Bộ trưởng Bộ Quốc phòng Việt Nam chủ trì Lễ đón Thượng tướng Ngụy Phượng Hòa, Ủy viên Quốc vụ, Bộ trưởng "
            "Bộ Quốc phòng Trung Quốc cùng đoàn.")
    assert ("Ngụy Phượng Hòa", "Ủy viên Quốc vụ") in holdings(text)
