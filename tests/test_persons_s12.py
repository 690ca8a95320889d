"""Session 12 person rules, each from real corpus_dev sentences."""

from kg.extraction.persons import find_persons
from kg.text.segment import sentences, tokens


def _names(text: str) -> list[str]:
    return [m.name for s in sentences(text) for m in find_persons(text, tokens(text, s.start, s.end), s.start)]


def test_a_numbered_body_under_a_title_is_followed_by_its_holder() -> None:
    # vntc-train-XH_TT_(2616), vntc-test-XH_VNE_T_(76), (6959): the number ends the body's name, no house number
    assert _names('Nhưng 2 tháng sau, Tổng giám đốc PMU 18 Bùi Tiến Dũng lại chỉ đạo "cắm lại mốc giải phóng mặt '
                  'bằng".') == ["Bùi Tiến Dũng"]
    assert "Ngô Vi Thu" in _names("Đội trưởng Đội quản lý thị trường số 2 Ngô Vi Thu cho biết, đây là lô đồ chơi "
                                  "bạo lực lớn nhất trong năm nay bị thu giữ.")
    assert _names("Tổ trưởng tổ 21 Lê Ngọc Thuận cho biết ở đây đã được quy hoạch xây dựng.") == ["Lê Ngọc Thuận"]


def test_a_house_number_after_a_building_stays_an_address() -> None:
    # vims-Cluster_220-1448: the building's number and its street, under a title said earlier in the clause
    assert _names("Bí thư Đinh La Thăng đã chỉ ra chung cư 727 Trần Hưng Đạo xuống cấp.") == ["Đinh La Thăng"]
    assert _names("Theo Chủ tịch UBND quận, các hộ dân tại số 10 Nguyễn Huệ sẽ được di dời.") == []


def test_a_list_of_roads_goes_on_past_a_bracketed_note() -> None:
    # vntc-test-XH_VNE_T_(7142): 'các tuyến như:' opens the list, '(quận Tân Bình)' does not end it
    assert _names("Người dân trên các tuyến như: Ba Vân, Phạm Văn Hai, Út Tịch, Tự Cường, Trần Văn Dư (quận Tân Bình), "
                  "Thạch Lam, Lê Sao, Âu Cơ (Tân Phú) cho biết, nước máy cũng có tình trạng tương tự.") == []
    # vntc-train-XH_NLD_(5005), vntc-train-XH_TT_(3107)
    assert _names("Các tuyến đường Minh Phụng, Nguyễn Thị Nhỏ, Hồng Bàng (quận 11), Phạm Đình Hổ, Lê Quang Sung, "
                  "Cao Văn Lầu (quận 6)… đều bị chìm trong nước.") == []


def test_the_note_of_a_listed_road_names_roads() -> None:
    # vntc-test-XH_VNE_T_(6102), (910): the stretch 'từ X đến Y' of a listed road
    assert _names("Và các phố Bắc Sơn, đường Thanh Niên, Hoàng Hoa Thám (từ Mai Xuân Thưởng đến Liễu Giai), Thuỵ Khuê "
                  "cũng bị cấm.") == []
    assert _names("Khu vực ngập úng như: đường Trang Tử (đoạn từ Phú Hữu đến Nguyễn Thị Nhỏ), đường Phan Phú Tiên.") \
        == []


def test_a_person_after_a_venue_and_its_district_stays_a_person() -> None:
    # a bracketed district after a venue that no list holds: the name after it is a person's
    assert _names("Sáng nay tại nhà văn hóa phường Tân Định (quận 1), Nguyễn Văn Hữu đã phát biểu.") \
        == ["Nguyễn Văn Hữu"]
    assert _names("Các đối tượng Nguyễn Thanh Phú (SN 1986, ngụ quận 6, TPHCM) và Nguyễn Văn Hữu đã bị bắt.") \
        == ["Nguyễn Thanh Phú", "Nguyễn Văn Hữu"]


def test_a_given_name_that_makes_a_word_with_the_next_still_ends_the_name() -> None:
    # vntc-test-XH_NLD_T_(9617), dantri-unc-news_entertainment_195, _257: 'bắc thuộc', 'phong cầm', 'danh từ' are
    # words, yet the family name and the middle name make none, so the three syllables are the name
    assert "Nguyễn Hoài Bắc" in _names("Đó là công trình của nhóm tác giả Nguyễn Quang Đạt, Nguyễn Quốc Hùng, Nguyễn "
                                       "Hoài Bắc thuộc Công ty Kim khí Thăng Long, Hà Nội.")
    assert _names("Tạ Đình Phong cầm chặt tay Vương Phi không rời.")[0] == "Tạ Đình Phong"
    assert _names("Tuy nhiên, Lâm Kiến Danh từ nhỏ đã không hào hứng với kinh doanh.") == ["Lâm Kiến Danh"]


def test_a_body_whose_last_capital_opens_a_word_is_still_cut() -> None:
    # a body written in capitals before a lower-case word ('Nông Lâm Thủy sản', 'Đoàn Hội Hữu nghị'): no person
    assert _names("Chi cục Quản lý chất lượng Nông Lâm Thủy sản vùng 1,2,3 tổ chức lấy mẫu.") == []
    assert "Đoàn Hội Hữu" not in _names("Đoàn Hội Hữu nghị Pháp - Việt trong buổi làm việc.")
