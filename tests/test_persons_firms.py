"""A name after a firm's head and its legal form or capitalised trade is the firm's name, not a person; after a
title the name is the firm's head, a person. Sentences from real articles of the corpus."""

from kg.extraction import extract
from kg.model import Article


def persons(text: str) -> set[str]:
    return {p.name for p in extract(Article("t", "", text)).persons}


def test_a_name_after_the_legal_form_is_the_firm():
    text = "Xã đang hợp đồng với Công ty TNHH Trần Thanh Kiêm để lấy tiếp 700m bờ kênh nữa."
    assert persons(text) == set()


def test_a_name_after_the_trade_is_the_firm():
    text = ("Sáng nay, bà Trương Thị Ánh, phụ trách bộ phận marketing của công ty Đồ gỗ mỹ nghệ Lâm Uyên, quận Gò "
            "Vấp, tình cờ ra bến xe, thấy bán vé tập thể.")
    assert persons(text) == {"Trương Thị Ánh"}


def test_a_firm_with_form_and_trade():
    text = "Công ty Xây dựng Lê Phan (xây dựng công trình) đã sửa chữa nhưng nhiều hộ vẫn chưa hài lòng."
    assert persons(text) == set()


def test_after_a_title_the_name_is_the_head_of_the_firm():
    text = "Riêng Giám đốc Xí nghiệp Đầu máy Vũ Văn Đóa chịu hình thức cảnh cáo."
    assert persons(text) == {"Vũ Văn Đóa"}
    text = "Trao đổi với VnExpress, Tổng giám đốc Tổng công ty Đường sắt Nguyễn Hữu Bằng, cho hay, chưa nhận được."
    assert persons(text) == {"Nguyễn Hữu Bằng"}


def test_a_place_named_for_its_dwellers_is_no_person():
    text = ("Cứ sáng sáng, ông Phùng Trợ đi tập thể dục, vừa không đảm bảo chất lượng nước từ Làng sinh viên "
            "Hacinco.")
    assert persons(text) == {"Phùng Trợ"}
    text = "Theo ông Nguyễn Chí Sỹ, Giám đốc Làng sinh viên Hacinco, trách nhiệm cung cấp nước thuộc về công ty."
    assert persons(text) == {"Nguyễn Chí Sỹ"}


def test_a_student_in_a_place_stays_a_person():
    text = "Khu vực này có sinh viên Nguyễn Văn Hoàng thuê trọ."
    assert persons(text) == {"Nguyễn Văn Hoàng"}


def test_a_peak_or_a_range_is_no_person():
    text = ("Đỗ quyên rừng xuất hiện chủ yếu tại đỉnh Pu Ta Leng nằm trên dãy Hoàng Liên Sơn, thuộc địa phận xã Hồ "
            "Thầu.")
    assert persons(text) == set()
    text = "Du khách chinh phục đỉnh Bạch Mã, ngắm biển từ độ cao 1.450m."
    assert persons(text) == set()


def test_a_named_zone_is_no_person():
    text = ("Tại khu tái định cư Mai Thị Non (huyện Bến Lức), người dân đứng trước những căn nhà bỏ trống. Chương "
            "trình diễn ra tại khu vui chơi giải trí Đồng Hiệp, Minh An (Hội An).")
    assert persons(text) == set()
    text = "Hệ thống thoát nước cho các khu tập thể Thượng Đình, Kim Giang, Thanh Xuân Bắc đã xuống cấp."
    assert persons(text) == set()


def test_firm_named_after_a_person_when_its_title_has_a_holder() -> None:
    # corpus_dev vntc-test-XH_NLD_T_(9593): the title after a person and a comma is his; the name ends the firm's
    from kg.extraction import extract
    from kg.model import Article

    text = ("Về mục tiêu phát triển TPHCM, ông Thái Tuấn Chí, Tổng Giám đốc Công ty Dệt may Thái Tuấn, nói TP chủ "
            "động nắm bắt thời cơ.")
    assert {p.name for p in extract(Article("t", "", text)).persons} == {"Thái Tuấn Chí"}
