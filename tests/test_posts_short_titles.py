"""Short titles the press writes for a post ("Thường vụ Tỉnh ủy" for "Ủy viên Ban Thường vụ Tỉnh ủy");
sentences from real corpus articles."""

from extracted import all_holdings as holdings


def test_standing_member_of_a_party_committee_in_apposition():
    text = "Ông Trần Mộc - Thường vụ Huyện ủy Văn Chấn cho biết: huyện đã chỉ đạo các gia đình về nơi ở tạm."
    assert ("Trần Mộc", "Thường vụ Huyện ủy Văn Chấn") in holdings(text)


def test_short_title_keeps_the_next_title_with_its_own_holder():
    text = ("Trước sự chứng kiến của ông Dương Thanh Tân - Thường vụ Tỉnh ủy, Trưởng ban Tuyên giáo tỉnh, "
            "bà Bùi Ngọc Thanh - Thường vụ Tỉnh ủy, Trưởng ban Dân vận tỉnh Đồng Nai.")
    found = holdings(text)
    assert ("Dương Thanh Tân", "Trưởng ban Tuyên giáo tỉnh Đồng Nai") in found
    assert ("Bùi Ngọc Thanh", "Trưởng ban Tuyên giáo tỉnh Đồng Nai") not in found


def test_the_standing_committee_itself_is_no_title():
    text = "Ông Nguyễn Văn Lâm, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tổ chức Tỉnh ủy Bắc Ninh phát biểu."
    found = holdings(text)
    assert any(p.startswith("Ủy viên Ban Thường vụ Tỉnh ủy") for _, p in found)
    assert not any(p.startswith("Thường vụ") for _, p in found)


def test_party_committee_stays_whole_before_its_term():
    # "ủy nhiệm" (to delegate) is a word, but "Tỉnh ủy | nhiệm kỳ" is the committee and its term
    text = "Ông Trần Văn Cồn, Phó Bí thư Tỉnh ủy nhiệm kỳ 2001-2005, cho biết: tỉnh đã đào tạo 4.000 kỹ sư."
    assert any(p.startswith("Phó Bí thư Tỉnh ủy") for _, p in holdings(text))


def test_fields_of_a_body_joined_by_a_bare_hyphen():
    text = ("Ông Trần Trung Dũng - Phó Giám đốc Sở Lao động-Thương binh-Xã hội Thành phố Hồ Chí Minh - cho biết: "
            "xã hội và nhân văn là khoa học phù hợp với cán bộ.")
    assert any(p.startswith("Phó Giám đốc Sở Lao động-Thương binh-Xã hội") for _, p in holdings(text))


def test_ministry_with_a_bare_hyphen_takes_its_official_name():
    text = "Chính phủ giao cho đồng chí Trần Xuân Giá, Bộ trưởng Bộ Kế hoạch-Đầu tư, làm tổ trưởng tổ nghiên cứu."
    assert ("Trần Xuân Giá", "Bộ trưởng Bộ Kế hoạch và Đầu tư") in holdings(text)


def test_association_of_the_young_keeps_its_lower_case_adjective():
    text = ("Ông Nguyễn Đức Điền, Phó Chủ tịch Hội DN trẻ thành phố Hồ Chí Minh, cho biết nhiều doanh nghiệp "
            "đã tham gia chương trình.")
    assert any(p.startswith("Phó Chủ tịch Hội DN trẻ") for _, p in holdings(text))


def test_bare_title_before_kiem_shares_the_body_of_the_next():
    text = "Ông Trần Tuấn Dương, Chủ tịch kiêm Tổng Giám đốc Tổng Công ty Gang Thép Hòa Phát, cho biết."
    assert ("Trần Tuấn Dương", "Chủ tịch Tổng Công ty Gang Thép Hòa Phát") in holdings(text)


def test_a_division_after_kiem_keeps_the_bare_title_apart():
    text = ("Ông Đinh Văn Chiến, Phó Tổng Giám đốc kiêm Giám đốc Khối Khách hàng cá nhân TPBank, cho biết "
            "ngân hàng sẽ mở rộng dịch vụ.")
    assert not any(p.startswith("Phó Tổng Giám đốc Khối") for _, p in holdings(text))


def test_political_officer_of_a_numbered_vessel():
    text = ("Thượng úy Phạm Văn Trung, Chính trị viên tàu Cảnh sát biển 4033 - vùng Cảnh sát biển 2 bày tỏ: "
            "là người được phân công nhiệm vụ.")
    assert ("Phạm Văn Trung", "Chính trị viên tàu Cảnh sát biển 4033") in holdings(text)


def test_no_body_opens_with_va():
    text = ("Đội 5 Biệt động gồm 19 người do Hoàng Trọng Thanh làm chỉ huy trưởng, Trương Văn Rồi, chính trị viên "
            "và Năm Lai làm chỉ huy phó.")
    assert not any("Năm Lai" in p for _, p in holdings(text))


def test_the_inspector_general_is_a_national_post_alone():
    from kg.extraction import extract
    from kg.model import Article
    text = "Tổng thanh tra Quách Lê Thanh tỏ ra cân nhắc một chút rồi nói ngay."
    assert [(h.person, h.position) for h in extract(Article("t", "", text)).holdings] == [
        ("Quách Lê Thanh", "Tổng thanh tra")]
