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
