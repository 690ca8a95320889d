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
