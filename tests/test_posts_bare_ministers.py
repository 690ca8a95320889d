"""A minister's title before a Vietnamese name is a national post even when the text names no ministry:
the bare title is the label (EVALUATION.md: national posts need no place). Sentences from real corpus articles."""

from kg.extraction import extract
from kg.model import Article


def holdings(text: str, **kw) -> set[tuple[str, str]]:
    return {(h.person, h.position) for h in extract(Article("t", "", text, **kw)).holdings if not h.former}


def test_a_bare_minister_is_a_post():
    assert holdings("Bộ trưởng Mai Ái Trực thừa nhận yếu kém trong quản lý đất.") == {("Mai Ái Trực", "Bộ trưởng")}


def test_bare_deputy_ministers_when_the_text_names_two_ministries():
    text = ("Bộ Công an và Bộ Quốc phòng đã vào cuộc. 1 trường hợp bị bác tư cách đại biểu "
            "(Thứ trưởng Nguyễn Việt Tiến đang bị bắt tạm giam).")
    assert holdings(text) == {("Nguyễn Việt Tiến", "Thứ trưởng")}


def test_the_one_ministry_of_the_article_still_completes_the_title():
    text = ("Bộ Giáo dục và Đào tạo vừa công bố phương án thi. Thứ trưởng Bành Tiến Long cho biết kỳ thi "
            "sẽ giữ ổn định.")
    assert holdings(text) == {("Bành Tiến Long", "Thứ trưởng Bộ Giáo dục và Đào tạo")}


def test_the_foreign_minister_is_a_national_post_on_its_own():
    text = ("Bộ trưởng Ngoại giao Chile Ignacio Walker Prieto và phu nhân đã đến thăm chính thức VN 3 ngày, từ 21 "
            "đến 23-1, theo lời mời của Bộ trưởng Ngoại giao Nguyễn Dy Niên.")
    found = holdings(text)
    assert ("Nguyễn Dy Niên", "Bộ trưởng Ngoại giao") in found
    assert ("Ignacio Walker Prieto", "Bộ trưởng Ngoại giao Chile") in found


def test_a_foreign_minister_takes_no_vietnamese_ministry_of_the_article():
    text = ("Ngày 23-1, Bộ trưởng Ngoại giao Chile Ignacio Walker Prieto đã có các cuộc hội kiến với Thủ tướng "
            "Phan Văn Khải. Bộ trưởng Prieto cho biết, kim ngạch trao đổi thương mại song phương đã tăng đến 82%. "
            "Hiệp định sẽ được Thứ trưởng Bộ GTVT, Cục trưởng Cục Hàng không VN Nguyễn Tiến Sâm ký kết.")
    assert not any(p == "Ignacio Walker Prieto" and "Giao thông" in label for p, label in holdings(text))


def test_a_foreign_speaker_takes_the_country_of_the_sentence():
    text = ("Sáng qua, đoàn đại biểu Quốc hội nước Cộng hòa Singapore do Chủ tịch Quốc hội Abdullah Tamugi dẫn đầu đã "
            "rời Hà Nội, kết thúc tốt đẹp chuyến thăm hữu nghị chính thức Việt Nam.")
    assert ("Abdullah Tamugi", "Chủ tịch Quốc hội Singapore") in holdings(text)
