"""A person a sentence introduces as the speaker of what follows a colon ("Ông A, phó chủ tịch Hội ..., thông báo:
\"...\"", "Anh B, Trung tâm ..., nhận xét: \"...\"", "TS C (Đại học ...): “...”") speaks at the event being reported,
as "ông A cho biết" does; the colon tells speech whatever the verb (or none); not a name inside the quotation, nor a
clause that goes on before the colon."""

from kg.extraction import extract
from kg.model import Article


def events(text: str, **kw):
    return extract(Article("t", "", text, **kw)).events


def people(text: str, **kw) -> set[str]:
    return {p for e in events(text, **kw) for p in e.chairs + e.attendees}


def test_a_speaker_with_an_apposition_and_a_colon_speaks_at_the_conference():
    # vntc-test-XH_VNE_T_(2485): the workshop on student support; the quote follows "nhận xét:"
    text = ("Sinh viên cần được hỗ trợ về kỹ năng sống\n"
            "Đó là câu chuyện có thực do đại biểu ĐH Dân lập Kỹ thuật Công nghệ TP HCM kể lại tại hội thảo về công "
            "tác hỗ trợ sinh viên vừa được tổ chức.\n"
            "Anh Lê Nguyễn Bá Khang, Trung tâm hỗ trợ sinh viên ĐH Dân lập Kỹ thuật Công nghệ, nhận xét: \"Sinh viên "
            "bây giờ cái gì cũng biết, nhưng lại không thật sự hiểu biết sâu về một vấn đề gì!\".")
    assert "Lê Nguyễn Bá Khang" in people(text)


def test_an_open_apposition_a_post_starts_and_the_verb_before_the_colon_closes():
    # vntc-train-XH_VNE_(690): the ceremony receiving the signatures; "thông báo:" ends the apposition
    text = ("Vụ kiện dioxin nhận được nhiều sự ủng hộ\n"
            "Sáng nay, Hội nạn nhân da cam/dioxin Việt Nam tổ chức lễ tiếp nhận 150 triệu đồng và hơn 39.000 chữ ký "
            "ủng hộ của công nhân viên ngành nông nghiệp và phát triển nông thôn.\n"
            "Ông Nguyễn Xuân Hồng, Chủ tịch công đoàn ngành nông nghiệp và phát triển nông thôn bày tỏ niềm cảm thông "
            "sâu sắc.\n"
            "Ông Đỗ Xuân Diễn, phó chủ tịch Hội nạn nhân da cam/ dioxin Việt Nam thông báo: \"Vụ kiện các nạn nhân "
            "dioxin Việt Nam dần đi vào tính pháp lý và chiều sâu\".")
    assert {"Nguyễn Xuân Hồng", "Đỗ Xuân Diễn"} <= people(text)


def test_speakers_named_with_a_bracket_and_a_colon_at_a_conference():
    # vntc-train-XH_TN_(1502): the opinions given at the conference, one speaker a paragraph
    text = ("Ngày 8.4, Sở Giao thông - Công chính (GTCC) TP.HCM đã chủ trì hội nghị trưng cầu ý kiến của các nhà khoa "
            "học về giải pháp sửa chữa công trình đường Nguyễn Hữu Cảnh. Sau đây là một số ý kiến đáng lưu ý.\n"
            "GS-TS Nguyễn Văn Đạt (Phó chủ tịch Hội khoa học kỹ thuật xây dựng TP.HCM): “Tôi đề nghị cho lập dự án "
            "sửa chữa trên toàn tuyến”.\n"
            "TS Đặng Thanh Phương (Đại học Bách khoa TP.HCM): “Xây dựng cầu cạn là giải pháp căn cơ nhất”.")
    assert {"Nguyễn Văn Đạt", "Đặng Thanh Phương"} <= people(text)


def test_a_person_spoken_of_before_a_colon_or_inside_the_quotation_does_not_speak():
    # the shape of the conference above, with the person spoken of ("dự án của ông A ... gồm:") or quoted
    text = ("Ngày 8.4, Sở Giao thông - Công chính (GTCC) TP.HCM đã chủ trì hội nghị trưng cầu ý kiến của các nhà khoa "
            "học về giải pháp sửa chữa công trình đường Nguyễn Hữu Cảnh. Sau đây là một số ý kiến đáng lưu ý.\n"
            "TS Đặng Thanh Phương (Đại học Bách khoa TP.HCM): “Xây dựng cầu cạn là giải pháp căn cơ nhất”.\n"
            "Công trình của ông Nguyễn Văn Đạt gồm hai phần chính:\n"
            "Tấm biển trước công trình ghi: “Ông Trần Văn Lái nói: Phải làm lại”.")
    found = people(text)
    assert "Đặng Thanh Phương" in found
    assert not {"Nguyễn Văn Đạt", "Trần Văn Lái"} & found


def test_a_participant_named_again_carries_the_report_to_the_next_speaker():
    # vntc-train-XH_VNE_(690): "..., ông Hồng nói." names the ceremony's speaker again; the next speaker is near it
    text = ("Vụ kiện dioxin nhận được nhiều sự ủng hộ\n"
            "Sáng nay, Hội nạn nhân da cam/dioxin Việt Nam tổ chức lễ tiếp nhận 150 triệu đồng và hơn 39.000 chữ ký "
            "ủng hộ của công nhân viên ngành nông nghiệp và phát triển nông thôn.\n"
            "Ông Nguyễn Xuân Hồng, Chủ tịch công đoàn ngành nông nghiệp và phát triển nông thôn bày tỏ niềm cảm thông "
            "sâu sắc và chia sẻ nỗi đau với những mất mát mà các nạn nhân dioxin Việt Nam đang phải chịu đựng.\n"
            "\"Đây mới là sự ủng hộ bước đầu.\n"
            "Công đoàn cũng trích số tiền 40 triệu đồng để giúp đỡ trực tiếp các nạn nhân\", ông Hồng nói.\n"
            "Cũng trong buổi lễ, nhiều hội viên đã tới dự.\n"
            "Ông Đỗ Xuân Diễn, phó chủ tịch Hội nạn nhân da cam/ dioxin Việt Nam thông báo: \"Vụ kiện các nạn nhân "
            "dioxin Việt Nam dần đi vào tính pháp lý và chiều sâu\".")
    assert {"Nguyễn Xuân Hồng", "Đỗ Xuân Diễn"} <= people(text)
