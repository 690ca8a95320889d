"""A body's name ends with its place: what follows the jurisdiction is the clause, not the body.
Sentences from real corpus articles."""

from kg.extraction import extract
from kg.model import Article


def holdings(text: str, **kw) -> set[tuple[str, str]]:
    return {(h.person, h.position) for h in extract(Article("t", "", text, **kw)).holdings if not h.former}


def test_a_verb_after_a_named_city_is_no_part_of_the_body():
    text = ("Ông Đinh Viết Khanh - Chủ tịch Hội Khuyến học TP Cần Thơ đại diện UBND TP, trao tặng bằng khen "
            "của Chủ tịch UBND TP Cần Thơ cho các giáo viên có thành tích xuất sắc.")
    assert holdings(text) == {("Đinh Viết Khanh", "Chủ tịch Hội Khuyến học thành phố Cần Thơ")}


def test_a_verb_after_a_bare_province_word_leaves_the_province_to_the_article():
    text = ("Sáng 2/5, UBND tỉnh Kiên Giang họp khẩn về dịch Covid-19. Tại cuộc họp, ông Mai Văn Huỳnh, "
            "Chủ tịch HĐND tỉnh chỉ đạo Chủ tịch UBND TP Phú Quốc triệu tập tất cả lực lượng.")
    assert ("Mai Văn Huỳnh", "Chủ tịch Hội đồng nhân dân tỉnh Kiên Giang") in holdings(text)


def test_a_capitalised_unit_word_inside_a_ministry_name_does_not_end_it():
    text = "Bộ trưởng Bộ Lao động-Thương binh và Xã hội Nguyễn Thị Hằng cho biết như vậy."
    assert holdings(text) == {("Nguyễn Thị Hằng", "Bộ trưởng Bộ Lao động - Thương binh và Xã hội")}


def test_development_is_a_word_of_a_body_name():
    text = ("Báo cáo Ủy ban Thường vụ Quốc hội chiều nay, Bộ trưởng Bộ Nông nghiệp và phát triển nông thôn Lê Huy "
            "Ngọ khẳng định, mục tiêu của Chính phủ khống chế dịch trong tháng 2 đã đạt được.")
    assert holdings(text) == {("Lê Huy Ngọ", "Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn")}


def test_development_inside_a_department_before_its_company():
    text = ("Ông Nguyễn Đức Hy - Trưởng phòng Nghiên cứu phát triển Công ty Du lịch Fiditourist - cho biết, giá tour "
            "quá cao.")
    assert holdings(text) == {("Nguyễn Đức Hy", "Trưởng phòng Nghiên cứu phát triển Công ty Du lịch Fiditourist")}


def test_a_chain_of_one_persons_posts_names_its_province_once():
    text = ("Trước đó, Bộ Chính trị quyết định kỷ luật ông Đoàn Bá Nhiên - Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh "
            "Lạng Sơn - ở mức khiển trách.")
    assert holdings(text, source="Báo Tây Ninh") >= {("Đoàn Bá Nhiên", "Phó Bí thư Tỉnh ủy Lạng Sơn"),
                                                     ("Đoàn Bá Nhiên", "Chủ tịch Ủy ban nhân dân tỉnh Lạng Sơn")}


def test_a_verb_after_the_central_level_ends_the_body():
    text = ("Trong ngày làm việc đầu tiên, đồng chí Trần Đình Hoan - Ủy viên Bộ Chính trị, Trưởng ban Tổ chức Trung "
            "ương đọc tờ trình tiếp thu các ý kiến đóng góp vào dự thảo Báo cáo xây dựng Đảng.")
    assert ("Trần Đình Hoan", "Trưởng ban Tổ chức Trung ương") in holdings(text)


def test_a_unit_word_inside_another_word_does_not_end_the_body():
    text = ("Ông Nguyễn Ngọc Lự, Chủ nhiệm Hợp tác xã vận tải số 9, cho rằng, chi phí vận tải cho một chuyến xe sẽ "
            "tăng 60-80%. Chủ tịch HĐND huyện đảo Biện Xuân Khương nhận xét.")
    found = holdings(text)
    # the cooperative's number is part of its name: the apposition runs on to its comma
    assert ("Nguyễn Ngọc Lự", "Chủ nhiệm Hợp tác xã vận tải số 9") in found
    assert ("Biện Xuân Khương", "Chủ tịch Hội đồng nhân dân huyện đảo") in found


def test_a_departments_parent_after_a_comma_is_part_of_its_body():
    text = ("Theo bác sỹ Võ Mạnh Hùng - Trưởng khoa Bệnh nhiệt đới, Bệnh viện Sản Nhi Nghệ An, số ca bệnh tăng. "
            "Ông Nguyễn Hoàng Linh, Trưởng phòng Vận tải công nghiệp, Sở Giao thông công chính Hà Nội cho biết.")
    found = holdings(text)
    assert ("Võ Mạnh Hùng", "Trưởng khoa Bệnh nhiệt đới, Bệnh viện Sản Nhi Nghệ An") in found
    assert ("Nguyễn Hoàng Linh", "Trưởng phòng Vận tải công nghiệp, Sở Giao thông công chính Hà Nội") in found


def test_a_title_after_the_comma_is_no_parent():
    text = "Ông Đào Ngọc Dung, Bí thư Ban cán sự Đảng, Bộ trưởng Bộ Lao động - Thương binh và Xã hội phát biểu."
    assert ("Đào Ngọc Dung", "Bí thư Ban cán sự Đảng") in holdings(text)


def test_a_parent_after_a_dash_following_lower_case_words():
    text = ("Theo Viện trưởng Viện Quy hoạch Kiến trúc đô thị - Trường ĐH Xây dựng Doãn Minh Khôi, nghệ thuật chiếu "
            "sáng cần nhiều kỹ năng.")
    assert holdings(text) == {("Doãn Minh Khôi",
                               "Viện trưởng Viện Quy hoạch Kiến trúc đô thị - Trường Đại học Xây dựng")}
