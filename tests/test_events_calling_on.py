"""Calling on someone ('đến chào', 'chào xã giao', 'chào từ biệt'): the caller and the called on meet, both take part
in the visit's event; a bare 'chào' ('chào mừng', 'xin chào') is no meeting."""

from kg.extraction import extract
from kg.model import Article


def test_the_leaders_a_visiting_delegation_calls_on_take_part():
    # vntc-train-XH_TN_(1499) (gold_blind48)
    text = ("Nhận lời mời của Đại tướng Phạm Văn Trà, Bộ trưởng Bộ Quốc phòng, Đoàn đại biểu quân sự cấp cao nước "
            "CHND Trung Hoa do Thượng tướng Tào Cương Xuyên, Phó chủ tịch Quân ủy T.Ư, dẫn đầu sang thăm hữu nghị "
            "chính thức nước ta đã đến Hà Nội tối 6/4.\n"
            "Sáng 7/4, sau lễ đón chính thức, Đại tướng Phạm Văn Trà đã tiếp thân mật Thượng tướng Tào Cương Xuyên "
            "cùng các thành viên trong đoàn.\n"
            "Chiều 7/4, Thượng tướng Tào Cương Xuyên cùng các thành viên trong đoàn đã đến chào Tổng bí thư Nông Đức "
            "Mạnh và Chủ tịch nước Trần Đức Lương.")
    people = {p for e in extract(Article("t", "", text)).events for p in e.attendees + e.chairs}
    assert {"Nông Đức Mạnh", "Trần Đức Lương", "Tào Cương Xuyên"} <= people


def test_a_consul_calling_on_the_council_chair():
    # vntc-train-XH_NLD_(3872)
    text = ("Tân Tổng Lãnh sự Ấn Độ, ông Lah Thla Muana, đã khẳng định như vậy khi đến chào xã giao Phó Bí thư Thành ủy"
            " - Chủ tịch HĐND TPHCM Phạm Phương Thảo vào chiều 30-3, nhân nhiệm kỳ công tác mới tại TPHCM.")
    people = {p for e in extract(Article("t", "", text)).events for p in e.attendees + e.chairs}
    assert "Phạm Phương Thảo" in people
