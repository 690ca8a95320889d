"""A title in apposition whose body the press opens with a capitalised head noun and goes on in lower case up to a
place, a firm's name or a number; sentences from real corpus articles."""

from kg.extraction import extract
from kg.model import Article


def holdings(text: str) -> set[tuple[str, str]]:
    facts = extract(Article("t", "", text, None))
    return {(h.person, h.position) for h in facts.holdings if not h.former}


def test_a_capitalised_head_with_a_lower_case_name_runs_to_the_comma():
    text = "Ông Doãn Văn Quang, Giám đốc Cty than Mông Dương, đã rất phẫn uất về sự tồn tại của các lò than thổ phỉ."
    assert holdings(text) == {("Doãn Văn Quang", "Giám đốc Cty than Mông Dương")}
    text = ("Theo ông Phạm Hồng Thạch, Giám đốc Xí nghiệp quản lý điện chiếu sáng Hà Nội, sẽ đóng đèn chiếu sáng công "
            "cộng từ 18h30 đến 24h tại nhiều khu vực.")
    assert holdings(text) == {("Phạm Hồng Thạch", "Giám đốc Xí nghiệp quản lý điện chiếu sáng Hà Nội")}
    text = ("Theo ông Nguyễn Văn Chiến, Tổng giám đốc Công ty xây dựng số 1, nửa tháng qua, các máy móc không hề hoạt "
            "động mà công ty vẫn phải trả tiền thuê máy.")
    assert holdings(text) == {("Nguyễn Văn Chiến", "Tổng giám đốc Công ty xây dựng số 1")}


def test_a_verb_right_after_the_head_is_part_of_the_name():
    text = ("Tuy nhiên, theo ông Võ Công Anh, Giám đốc Trung tâm thông tin triển lãm TP HCM, thành viên BTC cuộc thi, "
            "việc tác phẩm này có được chọn làm biểu tượng chính thức hay không lại phụ thuộc vào nhiều yếu tố khác.")
    assert ("Võ Công Anh", "Giám đốc Trung tâm thông tin triển lãm thành phố Hồ Chí Minh") in holdings(text)


def test_a_body_named_already_keeps_its_end():
    text = ("Điều này trái ngược với người tiền nhiệm Donald Trump - tổng thống Mỹ đầu tiên trong nhiều thập niên "
            "không đến thăm châu Phi khi còn đương nhiệm.")
    assert holdings(text) == {("Donald Trump", "Tổng thống Mỹ")}


def test_an_all_lower_case_body_on_a_head_noun_runs_to_the_closing_mark():
    text = ("Theo ông Nguyễn Văn Sơn, Phó giám đốc xí nghiệp dịch vụ công cộng, khó khăn lớn nhất của việc kinh doanh "
            "bãi giữ xe là không kiếm được mặt bằng.")
    assert holdings(text) == {("Nguyễn Văn Sơn", "Phó giám đốc xí nghiệp dịch vụ công cộng")}
    text = ("“Nhà ga đã xin nối thêm hai toa tàu, mỗi toa 64 chỗ, song vẫn không đáp ứng đủ nhu cầu do hành khách quá "
            "đông” - anh Nguyễn Phúc Tích, tổ trưởng tổ bán vé, cho biết.")
    assert holdings(text) == {("Nguyễn Phúc Tích", "Tổ trưởng tổ bán vé")}
    text = ("Theo ông Phạm Bá Khoa, Đội trưởng đội quản lý xe, sẽ chỉ giải quyết đăng ký cho các xe máy đã có hồ sơ "
            "đầy đủ đến hết ngày mai.")
    assert holdings(text) == {("Phạm Bá Khoa", "Đội trưởng đội quản lý xe")}
