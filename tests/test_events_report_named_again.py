"""A sentence naming nobody that names the event reported by its kind's word ("Dự hội nghị có đại diện Ban thư ký
ASEAN ...", "Thiếu sẽ bổ sung đủ - đó là khẳng định của Bộ Tài chính tại cuộc họp báo này.") keeps the report going:
the speaker right after it speaks there, however many sentences ago the report last named someone (real corpus
sentences: vntc-test-XH_NLD_T_(9398))."""

from kg.extraction import extract
from kg.model import Article

_SEAMEC = ("Hội nghị Hội đồng Các Bộ trưởng Giáo dục các nước Đông Nam Á lần thứ 40 (SEAMEC 40) đã bế mạc hôm qua, "
           "17-3, tại Hà Nội. Phát biểu tại cuộc họp báo sau đó, Bộ trưởng Bộ GD-ĐT Việt Nam Nguyễn Minh Hiển "
           "cho biết, các bộ trưởng tham dự hội nghị đã bày tỏ sự đồng tình ủng hộ nỗ lực xúc tiến hệ thống giáo dục. "
           "Bộ trưởng Nguyễn Minh Hiển khẳng định, Việt Nam đang phải đối đầu với hai vấn đề là chất lượng giáo dục và "
           "công bằng trong giáo dục. Theo ngài Edilberto C De Jesus, Giám đốc Ban Thư ký, thách thức lớn nhất "
           "của giáo dục là thầy giáo. ")
_OSH = ("Sáng 17-3, hội nghị mạng ASEAN về an toàn vệ sinh lao động (ATVSLĐ) lần thứ 6 đã khai mạc tại TP Hạ Long "
        "(Quảng Ninh). Dự hội nghị có đại diện Ban thư ký ASEAN, ASEAN-OSHNET, Văn phòng ILO tiểu khu vực Đông Á và 10 "
        "nước thành viên ASEAN. Nước chủ nhà Việt Nam trình bày tham luận về kết quả khảo sát điều kiện lao động và "
        "ATVSLĐ trong các doanh nghiệp khai thác than. ")
_SPEAKER = ("Ông Lê Duy Đồng, Thứ trưởng Bộ LĐ-TB-XH, cho biết: ASEAN-OSHNET là chương trình hợp tác về ATVSLĐ giữa "
            "các nước ASEAN được ký kết từ năm 1999.")


def _attendees(osh: str) -> list[str]:
    [event] = extract(Article("t", "", _SEAMEC + osh + _SPEAKER)).events
    return event.attendees


def test_a_speaker_after_the_event_is_named_again_takes_part():
    assert "Lê Duy Đồng" in _attendees(_OSH)


def test_without_the_event_named_again_the_speaker_is_beyond_the_report():
    assert "Lê Duy Đồng" not in _attendees(_OSH.replace("Dự hội nghị có đại diện", "Có mặt còn có đại diện"))


def test_an_event_of_another_time_does_not_carry_the_report():
    osh = _OSH.replace("Dự hội nghị có đại diện", "Trước đó, hội nghị đã mời đại diện")
    assert "Lê Duy Đồng" not in _attendees(osh)
