"""A number alone on the line before a name is a table's row number, not a house number (corpus sentences)."""

from kg.extraction.pipeline import extract
from kg.model import Article


def _persons(text: str) -> set[str]:
    return {p.name for p in extract(Article(id="t", title="", text=text)).persons}


def test_numbered_council_rows_are_persons() -> None:
    text = ("Danh sách thành viên Hội đồng trường như sau:\n15\nÔng Phạm Quang Hưng\n"
            "Cục trưởng Cục Hợp tác quốc tế, Bộ GD&ĐT\n16\nÔng Trần Mạnh Hùng\n"
            "Nguyên Chủ tịch Tập đoàn Bưu chính\nViễn thông Việt Nam\n17\nÔng Phạm Đình Đoàn\n"
            "Chủ tịch Tập đoàn Phú Thái")
    assert {"Phạm Quang Hưng", "Trần Mạnh Hùng", "Phạm Đình Đoàn"} <= _persons(text)


def test_numbered_victim_rows_are_persons() -> None:
    text = ("Người bị thương\nSTT\nHọ và tên\nĐịa chỉ\n13\nTrần Thị Hà\nĐồng Nai\nLưu cấp cứu\n14\n"
            "Trần Văn Quang - 44 tuổi\nHiệu trưởng THPT Phan Thành Tài - ĐN\nXuất viện 12/3")
    assert {"Trần Thị Hà", "Trần Văn Quang"} <= _persons(text)


def test_house_number_on_the_same_line_still_blocks() -> None:
    assert not _persons("Theo chị Thanh ở 9B Ngô Thì Nhậm, tối 16/5, gia đình mua 1 hộp sữa.") - {"Thanh"}
    assert "Lò Đúc" not in " ".join(_persons("Cửa hàng ở 96 Lò Đúc mở cửa."))


def test_school_named_after_a_scholar_in_a_score_table() -> None:
    text = "Điểm chuẩn\nTrường\nHệ A\nHệ B\nLý Thường Kiệt\n43\n41\nNgô Thì Nhậm\n41,5\n38,5\nNgọc Hồi\n46,5"
    assert "Ngô Thì Nhậm" not in _persons(text)


def test_scholar_with_a_cue_is_a_person() -> None:
    assert "Phạm Hồng Thái" in _persons("Chủ tịch nước đã tới thắp hương mộ liệt sĩ Phạm Hồng Thái và thăm di tích.")


def test_row_number_glued_to_the_name_is_no_house_number() -> None:
    text = ("Người bị thương\nSTT\nHọ và tên\nĐịa chỉ\nGhi chú\n1Trần Ngọc Toàn - 41 tuổi\nPhòng mổ BV Đà Nẵng\n"
            "3Lê Thị Tuyết - 48 tuổi\nQuốc tử giám - Hà Nội\nLưu cấp cứu\n4Phạm Thị Chi - 26 tuổi\nBắc Ninh")
    assert {"Trần Ngọc Toàn", "Lê Thị Tuyết", "Phạm Thị Chi"} <= _persons(text)


def test_glued_house_number_letter_and_mid_line_number_still_block() -> None:
    assert "Lê Thị Riêng" not in _persons("Địa chỉ liên hệ:\n1B Lê Thị Riêng, quận 1, TP HCM")
    assert "Lò Đúc" not in " ".join(_persons("Cửa hàng ở số 96Lò Đúc mở cửa."))
