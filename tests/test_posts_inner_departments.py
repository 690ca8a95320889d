"""A unit of a provincial department (Sở) named without its place ("Phó Phòng Vận tải Sở GTCC", "Trưởng phòng Môi
trường Sở Tài nguyên") takes the article's province, as the department alone does ("Sở GTCC" -> "Sở GTCC TP Hồ Chí
Minh"); a place's name ending in "Sở" ("phường Ngã Tư Sở") is no department. Sentences from real corpus articles
(gold_blind31 vntc-test-XH_NLD_T_(9419), vntc-test-XH_VNE_T_(7271))."""

from extracted import current_holdings as holdings

from kg.extraction.canonical import inner_department


def test_unit_of_a_department_takes_the_city():
    text = ("Các doanh nghiệp vận tải TP.HCM đề nghị tăng giá cước. Ông Lê Trung Tính, Phó Phòng Vận tải Sở GTCC, "
            "thống nhất rằng trong thời gian chờ đợi cần kiểm tra lại giá.")
    assert ("Lê Trung Tính", "Phó Phòng Vận tải Sở GTCC TP Hồ Chí Minh") in holdings(text)


def test_unit_after_a_comma_takes_the_city():
    text = ("Hà Nội cấm bán gia cầm sống. Trao đổi với VnExpress, ông Hồ Quốc Khánh, Phó trưởng phòng quản lý thương "
            "mại, Sở Thương mại cho hay danh sách các chợ sẽ được công bố.")
    assert ("Hồ Quốc Khánh", "Phó trưởng phòng quản lý thương mại, Sở Thương mại Hà Nội") in holdings(text)


def test_place_names_ending_in_so_are_no_department():
    assert not inner_department("UBND phường Ngã Tư Sở")
    assert not inner_department("Ban quản lý dự án công viên Yên Sở")
    assert inner_department("Phòng Tổ chức – Cán bộ, Sở Giáo dục và Đào tạo")
