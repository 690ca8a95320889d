"""Titles the press writes often that roles.txt lacked: `Viện phó`, `Trưởng ga`, `Phó Trưởng ga`, `Trưởng Văn phòng`
(đại diện). Sentences from real corpus articles outside the gold sets."""

from extracted import all_holdings as holdings


def test_deputy_head_of_an_institute():
    # vntc-test-XH_VNE_T_(175)
    text = "Tiến sĩ Nguyễn Hồng Hạnh, Viện phó Viện Vệ sinh dịch tễ trung ương, sáng nay cho biết."
    assert holdings(text) == {("Nguyễn Hồng Hạnh", "Viện phó Viện Vệ sinh dịch tễ trung ương")}


def test_station_master():
    # vntc-test-XH_VNE_T_(215)
    text = "Ông Nguyễn Văn Chung, Trưởng ga Hà Nội cho biết tình trạng hết vé có thể tiếp tục."
    assert holdings(text) == {("Nguyễn Văn Chung", "Trưởng ga Hà Nội")}


def test_deputy_station_master():
    # vntc-train-XH_NLD_(4067)
    text = "Ông Đỗ Thái Lâm, Phó trưởng ga Đà Nẵng, cho biết bắt đầu từ 7 giờ ngày 8-12 sẽ bán vé tàu Tết."
    assert holdings(text) == {("Đỗ Thái Lâm", "Phó trưởng ga Đà Nẵng")}


def test_head_of_a_representative_office():
    # vntc-train-XH_NLD_(4415)
    text = ("Ông Bùi Nguyên Hoàn, Trưởng văn phòng đại diện Ủy ban Chứng khoán Nhà nước tại TPHCM nêu ý kiến, nếu có "
            "ưu đãi đặc biệt cho nông dân thì những cổ đông khác có đồng ý không?")
    assert holdings(text) == {("Bùi Nguyên Hoàn",
                               "Trưởng văn phòng đại diện Ủy ban Chứng khoán Nhà nước tại TP Hồ Chí Minh")}


def test_a_station_master_without_his_station_is_no_post():
    # vntc-test-XH_VNE_T_(7863): the bare title names no station
    text = "Ông Trương Quang Mông, trưởng ga cho biết, đến 13/12, lượng vé tàu Thống Nhất tăng."
    assert holdings(text) == set()


def test_deputy_police_chief_of_a_district():
    # vntc-test-XH_VNE_T_(1408)
    text = "Thượng tá Dương Duy Chữ, phó công an huyện Từ Liêm, cho biết, đã phải phân công 30 cán bộ."
    assert holdings(text) == {("Dương Duy Chữ", "Phó công an huyện Từ Liêm")}


def test_deputy_head_of_the_committee_office():
    # vntc-test-XH_VNE_T_(3962)
    text = "Theo bà Trương Thị Minh Hương, Phó văn phòng UBND TP HCM, thời gian bắn pháo hoa dự định kéo dài 15 phút."
    assert holdings(text) == {("Trương Thị Minh Hương", "Phó văn phòng Ủy ban nhân dân thành phố Hồ Chí Minh")}


def test_deputy_team_leader_and_deputy_station_head():
    # vntc-test-XH_TN_T_(8406), vntc-train-XH_VNE_(1087)
    text = ("Theo trung tá Lê Văn Hương - Phó đội trưởng Đội PCCC Q.9 - người chỉ huy chữa cháy tại hiện trường, lửa "
            "bùng lên rất nhanh. Bác sĩ Lê Anh Hùng, Phó Trạm Thú y huyện Hóc Môn, cho biết đây là vụ phát hiện lớn.")
    assert holdings(text) == {("Lê Văn Hương", "Phó đội trưởng Đội PCCC quận 9"),
                              ("Lê Anh Hùng", "Phó Trạm Thú y huyện Hóc Môn")}


def test_a_deputy_team_leader_written_doi_pho_stays():
    # "Phó Đội" is no role of its own: "Đội phó đội PCCC" keeps its reading
    text = "Ông Huỳnh Văn Tâm, Đội phó đội PCCC Bình Thạnh, cho biết đám cháy đã được dập tắt."
    assert {position for _, position in holdings(text)} == {"Đội phó đội PCCC Bình Thạnh"}
