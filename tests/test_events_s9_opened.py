"""Events from the opened ninth-session draws: each case is a real corpus text."""

from kg.extraction import extract
from kg.model import Article


def test_a_quoted_name_after_to_chuc_is_the_event_held_not_speech() -> None:
    # gold_blind26 vntc-test-XH_TN_T_(8407): the evening is named in quotes after 'tổ chức'; those who came take part
    text = ("Tối 31/5, tại Trung tâm Triển lãm Văn hóa - Nghệ thuật Việt Nam (Vân Hồ, Hà Nội), Báo Nhi đồng và PLAN - "
            "tổ chức phi chính phủ quốc tế có mục tiêu phát triển cộng đồng, tập trung vào trẻ em, đã phối hợp tổ chức "
            "\"Đêm hội tình thương\". 800 học sinh lứa tuổi mầm non và tiểu học, trong đó có 200 em khuyết tật "
            "tham gia \"Đêm hội tình thương\" vui mừng được đón Tổng bí thư Nông Đức Mạnh tới chung vui và tặng quà "
            "cho các em.\n"
            "Cùng dự còn có các Ủy viên T.Ư Đảng: Phạm Gia Khiêm, Phó thủ tướng; Phạm Quang Nghị, Bộ trưởng Văn hóa - "
            "Thông tin.")
    attendees = {a for e in extract(Article("t", "", text)).events for a in e.attendees}
    assert {"Nông Đức Mạnh", "Phạm Gia Khiêm", "Phạm Quang Nghị"} <= attendees


def test_a_quoted_saying_still_names_no_event() -> None:
    # a quotation is speech, not an event reported
    text = "Ông A nói: \"Chúng tôi sẽ làm việc với hợp tác xã\"."
    assert extract(Article("t", "", text)).events == []
