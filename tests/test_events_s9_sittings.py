"""A deliberative body doing its business ('Quốc hội đã thảo luận', 'Ủy ban TVQH đã thảo luận') is a sitting whose
speaking deputies take part; a tense syllable that only begins a word ('sắp xếp') plans nothing (real corpus
sentences)."""

from kg.extraction import extract
from kg.model import Article

_DEBATE = ("Cần cơ quan quản lý nhà nước về An ninh quốc gia. "
           "Chiều nay, các đại biểu Quốc hội đã thảo luận quanh nhiều vấn đề như: chống khủng bố, an ninh văn hoá, "
           "cơ quan quản lý gắn với Luật An ninh quốc gia... Theo dự kiến Luật An ninh quốc gia sẽ có hiệu lực vào "
           "ngày 1/7/2005. Một số đại biểu cho rằng nên thành lập một cơ quan quản lý Nhà nước gắn liền với Luật An "
           "ninh quốc gia, có thể là Bộ An ninh quốc gia. Đại biểu Nguyễn Mạnh Cường (Hà Nội) cho rằng Bộ Công an có "
           "thể sẽ bị quá tải với các nhiệm vụ mới, vì vậy song song với việc ban hành Luật, cần tiến hành kiện toàn "
           "bộ máy.")


def test_a_body_discussing_is_a_sitting_its_speakers_take_part_in():
    [event] = extract(Article("t", "", _DEBATE)).events
    assert (event.date, event.attendees) == (None, ["Nguyễn Mạnh Cường"])


def test_a_sitting_only_spoken_of_opens_none():
    for opening in ("Khi Quốc hội thảo luận dự luật này, tôi sẽ phát biểu.",
                    "Dự thảo đang trình Ủy ban Thường vụ Quốc hội cho ý kiến.",
                    "Ngày mai, Quốc hội tiếp tục thảo luận tại hội trường."):
        text = _DEBATE.replace("Chiều nay, các đại biểu Quốc hội đã thảo luận", opening + " Các vấn đề là") \
            .replace("Đại biểu Nguyễn Mạnh Cường (Hà Nội)", "Ông Nguyễn Mạnh Cường")  # a deputy speaks at a sitting
        assert extract(Article("t", "", text)).events == []


def test_arranging_a_plan_is_no_event_to_come():
    text = ("Theo Quyết định số 359/QĐ-LĐTBXH của Bộ LĐ-TB&XH phê duyệt sáp nhập nguyên trạng Trường CĐ Công nghệ "
            "Quảng Nam. Trường Cao đẳng Quảng Nam có trụ sở chính đặt tại số 431 đường Hùng Vương, TP Tam Kỳ. "
            "Hiện nay, tổng số nhân sự gồm 367 người. Về tổ chức bộ máy của Trường gồm có Hội đồng trường. "
            "Tại cuộc họp, ông Trần Văn Tân - Phó Chủ tịch tỉnh Quảng Nam giao cho tổ sắp xếp hoàn thiện kế hoạch "
            "sáp nhập sớm nhất, để sớm ban hành Quyết định triển khai sáp nhập.")
    [event] = extract(Article("t", "", text)).events
    assert event.attendees == ["Trần Văn Tân"]


def test_deputies_named_with_their_delegation_speak_at_a_sitting():
    text = ("Có nên đưa quyền sử dụng đất vào Luật dân sự? Trong số đó, đáng lưu ý nhất là việc “bỏ” hay “giữ” qui "
            "định về quyền chuyển quyền sử dụng đất. Bà con dân tộc xem đất như căn nhà, cái xe. Thế nhưng ĐB Nguyễn "
            "Thị Loan (Vĩnh Phúc) không đồng tình, cho rằng Luật đất đai được thông qua gần đây đã “qui định cụ thể "
            "tới chín quyền” liên quan đến đất. ĐB Lê Thị Nga (Thanh Hóa) lại cho rằng quyền sử dụng đất một mặt là "
            "một loại tài sản có giá.")
    [event] = extract(Article("t", "", text)).events
    assert (event.date, event.attendees) == (None, ["Nguyễn Thị Loan", "Lê Thị Nga"])


def test_a_deputy_without_the_delegation_in_brackets_opens_no_sitting():
    text = ("Có nên đưa quyền sử dụng đất vào Luật dân sự? Trong số đó, đáng lưu ý nhất là việc “bỏ” hay “giữ” qui "
            "định về quyền chuyển quyền sử dụng đất. Bà con dân tộc xem đất như căn nhà, cái xe. Thế nhưng bà Nguyễn "
            "Thị Loan, giám đốc một công ty, không đồng tình, cho rằng Luật đất đai đã qui định cụ thể.")
    assert extract(Article("t", "", text)).events == []


def test_a_deputy_speaking_right_after_the_name_is_at_a_sitting():
    text = ("Nên bãi bỏ ngay kỳ thi tốt nghiệp trung học cơ sở. Trong khi đa số đại biểu đồng ý bỏ thi tốt nghiệp "
            "THCS thì việc trở về với tên gọi cấp 1, 2 trước đây lại gây nhiều tranh cãi. Là người đăng đàn đầu tiên "
            "trong sáng nay, đại biểu Nguyễn Thị Hồng Xinh đề nghị bãi bỏ kỳ thi tốt nghiệp THCS. Tán đồng với phương "
            "án bỏ kỳ thi tốt nghiệp THCS, đại biểu Đặng Thị Phượng khẳng định, việc bỏ kỳ thi cũng nhằm giảm tốn "
            "kém.")
    [event] = extract(Article("t", "", text)).events
    assert event.attendees == ["Nguyễn Thị Hồng Xinh", "Đặng Thị Phượng"]


def test_an_event_word_straddling_two_words_is_none():
    text = ("Luật xuất bản cần sửa. Ngày 20/10, Quốc hội thảo luận về dự án Luật xuất bản. Đại biểu Nguyễn Lân Dũng "
            "cho rằng cần quy định rõ hơn.")
    [event] = extract(Article("t", "", text)).events  # "Quốc hội" + "thảo luận": no "hội thảo" (a conference)
    assert (event.type, event.name.split(" về")[0], event.attendees) == ("session", "Thảo luận", ["Nguyễn Lân Dũng"])
