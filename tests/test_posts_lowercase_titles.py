"""Older press writes titles and the joined fields of a body in lower case after a dash ("trưởng Ban Tư tưởng - văn
hóa trung ương", "Bộ Kế hoạch - Đầu tư"); sentences from real corpus articles."""

from extracted import all_holdings as holdings

from kg.extraction import extract
from kg.model import Article


def test_lower_case_field_after_a_dash_goes_on():
    text = ("Phó giám đốc Sở Tài nguyên - môi trường nhà đất Hà Nội Nguyễn Đăng Bình cho biết dự thảo vừa được sở "
            "hoàn tất.")
    assert holdings(text) == {("Nguyễn Đăng Bình", "Phó giám đốc Sở Tài nguyên - môi trường nhà đất Hà Nội")}


def test_ministry_written_with_a_dash_takes_its_official_name():
    text = "Giấy phép đầu tư do Bộ trưởng Bộ Kế hoạch - Đầu tư Võ Hồng Phúc ký."
    assert holdings(text) == {("Võ Hồng Phúc", "Bộ trưởng Bộ Kế hoạch và Đầu tư")}


def test_lower_case_deputy_shares_the_body_of_the_lower_case_full_title():
    text = ("Quyết định của chánh thanh tra Bộ Tài chính Lê Văn Hùng về đoàn kiểm tra gồm bảy thành viên, do phó "
            "chánh thanh tra Trần Thị Mai làm trưởng đoàn.")
    got = holdings(text)
    assert ("Trần Thị Mai", "Phó chánh thanh tra Bộ Tài chính") in got


def test_capitalised_deputy_shares_a_lower_case_full_title_body():
    text = "Ông Lê Văn Hùng, chánh thanh tra Bộ Tài chính, và Phó Chánh thanh tra Trần Thị Mai dự họp."
    assert ("Trần Thị Mai", "Phó Chánh thanh tra Bộ Tài chính") in holdings(text)


def test_field_word_after_a_capital_is_kept_before_a_name():
    text = ("Buổi ký kết có sự chứng kiến của Chủ tịch Nước Cộng hòa Xã hội chủ nghĩa Việt Nam Trương Tấn Sang và "
            "các đại biểu.")
    # the whole name of the state is read (the name after it is whole), and as Vietnam's own name it adds nothing to
    # the national post (own_state_names.txt)
    assert holdings(text) == {("Trương Tấn Sang", "Chủ tịch Nước")}


def test_word_with_the_next_syllable_still_ends_a_place():
    text = "Ông Trịnh Tuấn Thành, Chủ tịch UBND Thị xã Bỉm Sơn đồng thời là Trưởng ban chỉ đạo, cho biết."
    assert ("Trịnh Tuấn Thành", "Chủ tịch Ủy ban nhân dân Thị xã Bỉm Sơn") in holdings(text)


def test_envoy_to_an_international_organisation():
    text = "Đại sứ VN tại LHQ Lê Lương Minh đã nhấn mạnh như vậy."
    assert holdings(text) == {("Lê Lương Minh", "Đại sứ Việt Nam tại LHQ")}
    text = "Bà Nikki Haley, Đại sứ Mỹ tại Liên Hợp Quốc, cho biết."
    assert holdings(text) == {("Nikki Haley", "Đại sứ Mỹ tại Liên Hợp Quốc")}


def test_association_name_capitalising_its_first_word_only():
    # corpus (dantri health): the association's lower-case words belong to its name, like a department's
    text = ("Phóng viên đã trao đổi với PGS.TS. Đào Xuân Cơ, Phó Giám đốc BV Bạch Mai, Tổng Thư ký Hội Hồi sức cấp cứu "
            "và chống độc Việt Nam - một trong những chuyên gia đầu ngành.")
    found = {(h.person, h.position) for h in extract(Article("t", "", text)).holdings}
    assert ("Đào Xuân Cơ", "Tổng Thư ký Hội Hồi sức cấp cứu và chống độc Việt Nam") in found
