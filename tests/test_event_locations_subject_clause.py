"""A place in a clause telling what an event is about or for ('Liên quan đến vụ việc ... tại dự án ... (Nam Định)',
'để đầu tư ... ở Việt Nam') is where the matter is, not the venue (corpus)."""

from kg.extraction import extract
from kg.model import Article


def _locations(text: str, title: str = "") -> list[str]:
    return [loc for e in extract(Article("t", title, text)).events for loc in e.locations]


def test_the_place_of_the_affair_a_press_conference_answers_on_is_no_venue():
    # vims-Cluster_249-1636
    text = ("Liên quan đến vụ việc trụ cột điện \"trộn đất\" tại dự án xây dựng móng trụ điện đường dây 220kV Trực "
            "Ninh (Nam Định) cắt đường dây 220kV Ninh Bình – Nam Định, chiều 2/6, tại cuộc họp báo Thường kỳ Chính "
            "phủ, Thứ trưởng Bộ Công thương Đỗ Thắng Hải đã có những ý kiến trả lời.")
    assert "Nam Định" not in _locations(text)


def test_the_place_a_signed_memorandum_invests_in_is_no_venue():
    # vntc-test-XH_VNE_T_(9084)
    text = ("Trưa 20/6 (theo giờ Hà Nội), Thủ tướng Phan Văn Khải và đại diện chính quyền bang Washington đã chứng "
            "kiến việc doanh nghiệp hai bên ký kết 2 bản ghi nhớ quan trọng trị giá 35 triệu USD để đầu tư vào lĩnh "
            "vực du lịch và tái tạo hạt nhựa ở Việt Nam.")
    assert "Việt Nam" not in _locations(text, "Đoàn doanh nghiệp đi Mỹ ký 2 hợp đồng đầu tiên")


def test_an_event_attended_for_is_still_placed():
    # the clause names the event itself: its place stays the venue
    text = ("Sáng 5/4, Phó Thủ tướng Vũ Khoan đã tới Hà Nội để dự hội nghị tổng kết ngành thương mại tại Trung tâm "
            "Hội nghị Quốc tế, Hà Nội.")
    assert "Hà Nội" in _locations(text)
