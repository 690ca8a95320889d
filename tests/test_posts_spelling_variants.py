"""Spelling variants of posts: 'sỹ' is a common spelling of 'sĩ' (Hạ nghị sỹ, Thượng nghị sỹ); the name of Vietnam
after a national title adds nothing to the post (Phó thủ tướng nước CHXHCN Việt Nam).
Sentences from real corpus articles."""

from kg.extraction import extract
from kg.model import Article


def holdings(text: str, **kw) -> set[tuple[str, str]]:
    return {(h.person, h.position) for h in extract(Article("t", "", text, **kw)).holdings if not h.former}


def test_a_member_of_parliament_spelt_with_sy():
    text = ("Chiều 8-4, tại Văn phòng Chính phủ, Thủ tướng Phan Văn Khải đã thân mật tiếp Hạ nghị sỹ Nhật Bản "
            "Fukuda Yasuo, đang thăm và làm việc tại nước ta.")
    assert ("Fukuda Yasuo", "Hạ nghị sỹ Nhật Bản") in holdings(text)


def test_the_name_of_vietnam_after_a_national_title_is_the_national_post():
    text = ("Chuyến bay đã hạ cánh với sự hiện diện của Phó thủ tướng nước CHXHCN Việt Nam Trịnh Đình Dũng. Phát biểu "
            "tại buổi khai trương, Ủy viên Trung ương Đảng, Phó Thủ tướng Chính Phủ Trịnh Đình Dũng đánh giá cao "
            "quyết tâm của Vietjet.")
    assert holdings(text) == {("Trịnh Đình Dũng", "Ủy viên Trung ương Đảng"),
                              ("Trịnh Đình Dũng", "Phó Thủ tướng Chính Phủ")}


def test_a_citys_party_committee_is_named_with_the_city_alone():
    text = ("Mít tinh kỷ niệm 76 năm ngày thành lập Đảng. Đồng chí Nguyễn Phú Trọng, Bí thư Thành ủy TP Hà Nội, "
            "đang ôn lại lịch sử vẻ vang của Đảng. Ông Lê Thanh Hải, Bí thư Thành ủy TP.HCM dự.")
    found = holdings(text)
    assert ("Nguyễn Phú Trọng", "Bí thư Thành ủy Hà Nội") in found
    assert ("Lê Thanh Hải", "Bí thư Thành ủy thành phố Hồ Chí Minh") in found


def test_quyen_inside_a_word_before_a_title_is_no_acting_post():
    text = ("Mới đây, chính quyền Tổng thống Mỹ Joe Biden đã áp hàng loạt lệnh trừng phạt Nga. Bộ Nông nghiệp đã cử "
            "một đoàn công tác do đích thân quyền Bộ trưởng Cao Đức Phát làm trưởng đoàn.")
    found = holdings(text)
    assert ("Joe Biden", "Tổng thống Mỹ") in found
    assert ("Cao Đức Phát", "Quyền Bộ trưởng") in found
