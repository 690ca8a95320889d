"""A place named only inside a `sau khi` clause with a subject of its own is where that earlier act was, not where
the event reported is (real corpus texts: vims-Cluster_150-979; vntc-train-XH_VNE_(1048) as guard)."""

from kg.extraction import extract
from kg.model import Article


def _locations(text: str) -> list[str]:
    return [loc for e in extract(Article("t", "", text)).events for loc in e.locations]


def test_a_place_of_an_earlier_act_by_another_subject_is_no_venue():
    text = ("Trong cuộc phỏng vấn gần đây với Reuters, Chuẩn đô đốc Colin Kilrain, Tư lệnh lực lượng đặc nhiệm Mỹ, "
            "cho biết ông đã gặp chỉ huy lực lượng đặc công Việt Nam hôm 25/5.\n"
            "Cuộc tiếp xúc kéo dài khoảng nửa giờ diễn ra hai ngày sau khi Tổng thống Mỹ Barack Obama thông báo gỡ bỏ "
            "lệnh cấm vận vũ khí Mỹ với Việt Nam trong khuôn khổ chuyến thăm Việt Nam 3 ngày.")
    assert "Việt Nam" not in _locations(text)


def test_a_place_the_subject_left_is_a_leg_of_the_visit():
    text = ("Chiều 2-3, Chủ tịch nước Trần Đức Lương đã hội đàm với Tổng thống Tanzania Benjamin Mkapa đang thăm "
            "chính thức Việt Nam.\n"
            "Sau khi rời Hà Nội, Tổng thống Mkapa và đoàn đại biểu cấp cao Tanzania đã thăm và làm việc tại TP HCM.")
    assert "Hà Nội" in _locations(text)
