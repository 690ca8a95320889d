"""The province of a local post the text names by its districts only ("huyện Lý Sơn" -> Quảng Ngãi), when it
names no province of theirs; sentences from real corpus articles."""

from kg.extraction import extract
from kg.model import Article


def positions(text: str) -> set[str]:
    return {h.position for h in extract(Article("t", "", text, source="ViMs")).holdings}


def test_districts_of_one_province_give_its_posts_their_province():
    text = ("Các đơn vị gồm Bộ Chỉ huy Quân sự huyện Lý Sơn đã bỏ phiếu. Toàn huyện Lý Sơn có 8 đơn vị bầu cử.\n"
            "Bà Bùi Thị Quỳnh Vân - Trưởng Ban dân vận Tỉnh ủy, Bí thư Huyện ủy Lý Sơn xác nhận.")
    assert "Trưởng Ban dân vận Tỉnh ủy Quảng Ngãi" in positions(text)


def test_districts_of_a_province_the_text_names_add_nothing():
    text = ("Tại Gia Lai, 10 ứng cử viên đã kê khai. Theo ông Nguyễn Hữu Lộc, giám đốc Sở Nội vụ tỉnh, hạn cuối ở Gia "
            "Lai là ngày 15/4.\nCó ba xã là Đồng Quang (huyện Từ Sơn), xã Bồng Lai (huyện Quế Võ) và xã Minh Tân "
            "(huyện Lương Tài) đều thuộc tỉnh Bắc Ninh.")
    assert "Giám đốc Sở Nội vụ tỉnh Gia Lai" in positions(text)


def test_a_persons_home_district_is_no_place_of_the_article():
    text = ("Anh Trần Văn Lục (33 tuổi, ở xã Bình Chánh, huyện Bình Sơn) bị trôi dạt trên biển.\nCuộc họp khẩn cấp do "
            "chủ tịch UBND tỉnh Nguyễn Xuân Phúc chủ trì đã quyết định.")
    assert not any("Quảng Ngãi" in p for p in positions(text))
