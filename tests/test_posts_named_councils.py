"""`đại biểu X` in an article on a people's council's session that names the council only once or only bare
("kỳ họp HĐND", "Kỳ họp thứ 5 HĐND TP Đà Nẵng"): a deputy of that council, placed by its one named place or by
the article's province; sentences from real corpus articles."""

from kg.extraction import extract
from kg.model import Article


def holdings(text: str) -> set[tuple[str, str]]:
    return {(h.person, h.position) for h in extract(Article("t", "", text, source="VnExpress")).holdings}


def test_a_bare_council_session_places_its_deputies_by_the_article():
    text = ("TP HCM có những tồn tại kéo dài gần 30 năm\nNgày bế mạc nhưng kỳ họp HĐND vẫn còn nhiều đại biểu muốn "
            "góp ý về thực trạng kinh tế, xã hội của thành phố.\nTheo đại biểu Nguyễn Hữu Thọ, nhiều việc khiến dân "
            "khổ, có thể giải quyết sớm nhưng thành phố lại để kéo dài quá lâu.")
    assert ("Nguyễn Hữu Thọ", "Đại biểu Hội đồng nhân dân thành phố Hồ Chí Minh") in holdings(text)


def test_a_council_named_once_with_its_place():
    text = ("Đại biểu đặt nhiều câu hỏi về nhà đất\nĐB Nguyễn Hiệp chất vấn lãnh đạo UBND TP Hà Nội về vấn đề đấu "
            "thầu dự án. Tại phiên chất vấn đầu tiên của kỳ họp vào sáng 4-8, các câu hỏi của đại biểu HĐND TP Hà Nội "
            "đều tập trung vào vấn đề sử dụng đất.")
    assert ("Nguyễn Hiệp", "Đại biểu Hội đồng nhân dân thành phố Hà Nội") in holdings(text)


def test_a_district_council_gives_no_provincial_deputy():
    text = ("TP HCM có những tồn tại kéo dài gần 30 năm\nNgày bế mạc nhưng kỳ họp HĐND quận 8 vẫn còn nhiều đại biểu "
            "muốn góp ý.\nTheo đại biểu Nguyễn Hữu Thọ, nhiều việc khiến dân khổ.")
    assert not any(p.startswith("Đại biểu") for _, p in holdings(text))
