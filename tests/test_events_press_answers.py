"""At a press conference, the official who answers reporters takes part; the people the question is about do not."""

from kg.extraction import extract
from kg.model import Article


def attendees(text: str, **kw) -> list[str]:
    return [a for e in extract(Article("t", "", text, **kw)).events for a in e.attendees + e.chairs]


def test_the_spokesman_answering_at_the_regular_press_conference():
    # vntc-test-XH_TN_T_(8449)
    text = ("Trong cuộc họp báo thường kỳ hôm qua 3/3, trả lời câu hỏi của phóng viên xin cho biết quan điểm của Việt "
            "Nam về việc luật sư của Bộ Tư pháp Hoa Kỳ yêu cầu tòa án Hoa Kỳ bác bỏ đơn kiện của các nạn nhân Việt "
            "Nam, người phát ngôn Bộ Ngoại giao Việt Nam Lê Dũng nói: đây là một việc làm không phù hợp.")
    assert attendees(text) == ["Lê Dũng"]


def test_a_person_the_question_is_about_is_not_at_the_press_conference():
    # dantri-unc-news_education_008
    text = ("Chiều tối ngày 30/9, tại buổi họp báo, Bộ GD&ĐT đã trả lời câu hỏi của phóng viên Dân trí về việc ông Lê "
            "Vinh Danh, Hiệu trưởng trường ĐH Tôn Đức Thắng bị cơ quan chủ quản đình chỉ chức vụ.\n"
            "Trả lời câu hỏi trên, thứ trưởng Bộ GD&ĐT Nguyễn Văn Phúc cho biết, Chính phủ đã ban hành Nghị quyết số "
            "77/NQ-CP.")
    found = attendees(text, published="2020-09-30")
    assert "Nguyễn Văn Phúc" in found and "Lê Vinh Danh" not in found


def test_the_reporters_own_interview_is_still_no_participation():
    # vims-Cluster_161-1054: the reporter meets an official after a press conference
    text = ("Chiều 30/5, tại buổi họp báo, ông Nguyễn Văn A, Giám đốc Công ty B, giới thiệu sản phẩm.\n"
            "Tuy nhiên, khi ra về phóng viên Tiền Phong gặp ông Nguyễn Đắc Lộc, Chi cục phó Chi cục QLTT Hà Nội ngay "
            "cửa phòng làm việc.")
    assert "Nguyễn Đắc Lộc" not in attendees(text, published="2017-05-31")
