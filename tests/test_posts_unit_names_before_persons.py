"""A commune's or district's body written without its name ("HĐND huyện đảo", "UBND xã", "phòng kinh tế quận") takes
the one unit of that level the article names; a person's name that runs on after a unit's name in a title ("huyện
Trường Sa Đỗ Như Phú", "quận 6 Lê Thị Út") is no part of the unit's name. Sentences from real corpus articles
(gold_blind34 vntc-test-XH_VNE_T_(1297), vntc-test-XH_VNE_T_(6791), vntc-test-XH_VNE_T_(6489))."""

from extracted import current_holdings as holdings


def test_island_district_takes_the_district_named_before():
    text = ("Theo tài liệu của tỉnh Khánh Hòa, huyện đảo Trường Sa bao gồm phần đất của các đảo. Chủ tịch UBND huyện "
            "Trường Sa Đỗ Như Phú cho biết sẽ xây thêm nhà. \"Đến Trường Sa, người ta sẽ có cảm nhận khác về biển\", "
            "Chủ tịch HĐND huyện đảo Biện Xuân Khương nhận xét.")
    assert ("Biện Xuân Khương", "Chủ tịch Hội đồng nhân dân huyện đảo Trường Sa") in holdings(text)


def test_person_after_a_numbered_district_is_no_part_of_its_name():
    text = ("Phó bí thư quận ủy quận 6 Lê Thị Út khẳng định nước chưa được xử lý. Theo ông Trần Ngọc Danh, Trưởng "
            "phòng kinh tế quận, cái khó khiến công tác di dời bị chậm là thiếu vốn.")
    assert ("Trần Ngọc Danh", "Trưởng phòng kinh tế quận 6") in holdings(text)


def test_commune_name_before_a_chairman_of_it():
    text = ("Tại xã Thạnh Tân (Tân Phước, Tiền Giang), cán bộ xã cùng chia chác đất công. Chủ tịch xã Thạnh Tân Huỳnh "
            "Đức Toàn và ông Nguyễn Văn Lộc, phó chủ tịch xã, đã ký tờ trình.")
    assert ("Nguyễn Văn Lộc", "Phó chủ tịch xã Thạnh Tân") in holdings(text)


def test_two_communes_leave_the_body_bare():
    text = ("Người dân xã Đại Mạch và xã Đại Đồng kéo về UBND. Trao đổi với chúng tôi, ông Nguyễn Hữu Vượng, Phó chủ "
            "tịch xã cho biết, tình hình rất phức tạp.")
    assert all("Đại" not in post for _, post in holdings(text))
