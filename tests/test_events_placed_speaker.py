"""A named speaker the sentence places at an event with `tại` / `bên lề` opens it even late in an undated article:
"Tại một hội nghị ..., ông A ... giải trình", "..., Tổng thống B cho biết tại hội nghị" (real corpus sentences:
vntc-train-XH_VNE_(1089), dantri-unc-news_business_043)."""

from kg.extraction import extract
from kg.model import Article

_LEAD = ("Bắt rồi, chủ xe bỏ cả xe lẫn gỗ, truy tìm về địa phương ghi trong giấy đăng ký thì chẳng đúng tên. "
         "Không lâu sau, cũng chủ xe đó tìm mua xe quá đát khác chạy vào rừng. "
         "Bắt nhiều quá, cả sân trước sân sau của Chi cục Kiểm lâm chẳng khác gì bến xe. "
         "Ông Phong lo âu, từ nay cho đến hết mùa mưa lũ, cả chi cục chẳng còn chỗ giữ xe.\n")


def _attendees(text: str) -> list[tuple[str | None, list[str]]]:
    return [(e.date, e.attendees) for e in extract(Article("t", "", text)).events]


def test_a_place_phrase_opening_the_sentence_places_the_speaker():
    text = _LEAD + ("Tại một hội nghị nóng về bảo vệ rừng, ông Nguyễn Đức Bảo, Hạt trưởng Kiểm lâm huyện Nam Giang, "
                    "giải trình: mùa mưa lũ là cơ hội thuận tiện nhất cho lâm tặc kết bè gỗ thả về xuôi.")
    assert _attendees(text) == [(None, ["Nguyễn Đức Bảo"])]


def test_saying_at_the_event_places_the_speaker():
    text = _LEAD + ("\"Hơn một nửa các quốc gia ở châu Phi được dự đoán sẽ xảy ra xung đột do khí hậu\", Tổng thống "
                    "Gabon Ali Bongo Ondimba cho biết tại hội nghị của Nhà Trắng.")
    assert _attendees(text) == [(None, ["Ali Bongo Ondimba"])]


def test_an_event_to_come_opens_nothing():
    text = _LEAD + ("Tại hội nghị sẽ diễn ra vào tháng tới, ông Nguyễn Đức Bảo, Hạt trưởng Kiểm lâm huyện Nam Giang, "
                    "sẽ báo cáo về tình hình lâm tặc.")
    assert _attendees(text) == []


def test_a_bare_indefinite_meeting_is_not_placed():
    text = _LEAD + ("Ông Cho Kyeong Sik, Thứ trưởng Bộ KH&CNTT Hàn Quốc cho biết tại một cuộc họp rằng: \"Dịch vụ 5G "
                    "không đạt mức chấp nhận đối với công chúng\".")
    assert _attendees(text) == []
