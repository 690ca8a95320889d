"""A body ending in a bare level word ("UBND tỉnh", "Huyện ủy", "phòng nông nghiệp huyện") takes the place its
apposition names next, else the one named just before it; sentences from real corpus articles."""

from extracted import all_holdings as holdings

from kg.extraction.level_antecedents import dangling_level


def test_party_secretary_takes_the_district_named_before():
    text = ("Ông Trần Thanh Chước, quyền Chủ tịch UBND huyện Chương Mỹ, cho biết người dân không đồng ý với mức đền "
            "bù.\nTại buổi họp tối 6/4 giữa Huyện uỷ, UBND huyện Chương Mỹ và các doanh nghiệp đang bị \"vây\", ông "
            "Trần Lợi, Bí thư Huyện ủy phát biểu.")
    assert ("Trần Lợi", "Bí thư Huyện ủy Chương Mỹ") in holdings(text)


def test_provincial_post_takes_the_province_just_named_when_the_article_has_none():
    text = ("Hôm nay, tỉnh Đồng Nai đã chuyển tiền xuống cho UBND các huyện, xã để lập thủ tục chi hỗ trợ cho các hộ "
            "chăn nuôi. Tại Bến Tre, trong vòng 1-2 tuần tới người chăn nuôi cũng sẽ nhận được tiền để ổn định cuộc "
            "sống.\nĐồng Nai đến nay đã tiêu hủy hơn 182.000 gia cầm bị dịch.\nGiải thích vấn đề này, ông Nguyễn Văn "
            "Giàu, Giám đốc Sở Nông nghiệp và phát triển nông thôn tỉnh nói: \"Xử lý chậm là do chưa tìm được địa điểm "
            "tiêu hủy gà\".\nTỉnh Bến Tre, đến ngày 5/2, đã xử lý và tiêu hủy hơn 371.000 gia cầm các loại.")
    assert holdings(text) == {("Nguyễn Văn Giàu", "Giám đốc Sở Nông nghiệp và phát triển nông thôn tỉnh Đồng Nai")}


def test_the_apposition_names_the_place_next_not_the_holder_name():
    text = ("7. Nguyễn Thái Bình, Bí thư Tỉnh uỷ, Chủ tịch HĐND tỉnh Trà Vinh\n"
            "21. Triệu Tài Vinh, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện Hoàng Su Phì, Hà Giang.")
    found = holdings(text)
    assert ("Nguyễn Thái Bình", "Bí thư Tỉnh ủy Trà Vinh") in found
    assert ("Triệu Tài Vinh", "Phó Bí thư Huyện ủy Hoàng Su Phì") in found


def test_commune_post_takes_the_commune_named_before():
    text = ("Tại xã Dương Hòa, ông Lê Văn Tảo - Chủ tịch UBND xã cho biết, thời điểm ấy có 2 đơn vị khai thác cát sạn "
            "trên địa bàn quản lý của xã.")
    assert holdings(text) == {("Lê Văn Tảo", "Chủ tịch Ủy ban nhân dân xã Dương Hòa")}


def test_named_bodies_have_no_dangling_level():
    assert dangling_level("Ủy ban nhân dân huyện") == ("huyện", "district")
    assert dangling_level("Thành ủy") == ("thành ủy", "province")
    assert dangling_level("Ủy ban nhân dân huyện Cần Giờ") is None
    assert dangling_level("Hợp tác xã") is None  # a cooperative, no commune
