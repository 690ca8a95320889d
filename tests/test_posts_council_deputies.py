"""A bare `đại biểu` before a name in an article on a session of one provincial people's council is a deputy of that
council (`Đại biểu Hội đồng nhân dân thành phố Hà Nội`), as in an article on the Quốc hội it is a deputy of the
Quốc hội; a bare `Chủ tịch HĐND` there heads that council. Sentences from real corpus articles
(vntc-test-XH_VNE_T_(7813), vntc-train-XH_VNE_(1106))."""

from extracted import current_holdings as holdings

_SESSION = ("Nhà ở, đất đai được HĐND Hà Nội góp ý sôi nổi\n"
            "Nhà nguy hiểm chậm cải tạo; nhà siêu mỏng khó xử lý, tiến độ giải phóng mặt bằng tại các dự án trọng "
            "điểm ì ạch... được thảo luận sôi nổi trong phiên chất vấn tại HĐND Hà Nội chiều 9/10.\n")
_DEPUTY = ("Đại biểu Ngô Văn Ni bức xúc trước tình trạng chây ỳ tại một số nhà dân trong dự án giải toả trong khi cơ "
           "quan chức năng tỏ vẻ bất lực.")




def test_a_bare_deputy_in_a_council_session_is_its_deputy():
    assert ("Ngô Văn Ni", "Đại biểu Hội đồng nhân dân thành phố Hà Nội") in holdings(_SESSION + _DEPUTY)


def test_no_council_deputy_without_a_council_session():
    assert holdings(_DEPUTY) == set()
    congress = ("Đại hội Đảng bộ thành phố Hà Nội khai mạc. Tại đại hội, HĐND Hà Nội và HĐND các quận báo cáo; "
                "đại hội bầu Ban chấp hành.\n")
    assert not any(post.startswith("Đại biểu") for _, post in holdings(congress + _DEPUTY))


def test_a_bare_council_head_takes_the_council_in_session():
    text = ("HĐND Hà Nội 'ngập ngừng' thông qua khung giá đất\n"
            "Khung giá đất là vấn đề nóng bỏng nhất trong buổi làm việc cuối cùng của HĐND thành phố hôm nay.\n"
            "Chủ tịch HĐND Phùng Hữu Phú thừa nhận chưa có kỳ họp nào có nhiều vấn đề phức tạp, gây tranh cãi như lần "
            "này.")
    assert ("Phùng Hữu Phú", "Chủ tịch Hội đồng nhân dân thành phố Hà Nội") in holdings(text)
    assert ("Phùng Hữu Phú", "Chủ tịch Hội đồng nhân dân") in holdings(text.split("\n", 2)[2])  # no session named
