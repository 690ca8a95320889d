"""Posts written with an HTML-escaped ampersand, shared over lists of names, or named by a lower-case field;
sentences from real corpus articles."""

from kg.extraction import extract
from kg.model import Article


def holdings(text: str, published: str | None = None) -> set[tuple[str, str]]:
    facts = extract(Article("t", "", text, published))
    return {(h.person, h.position) for h in facts.holdings if not h.former}


def test_an_escaped_ampersand_stays_inside_the_body():
    text = ("Trong khi đó, ông Kiều Văn Chuế, phó giám đốc Sở NN&amp;PTNT Bến Tre, cho biết do tỉnh này còn gặp "
            "nhiều khó khăn nên đến nay vẫn quyết định hỗ trợ theo mức của Chính phủ ban hành.")
    assert holdings(text) == {("Kiều Văn Chuế", "Phó giám đốc Sở Nông nghiệp và Phát triển nông thôn Bến Tre")}
    text = ("Cũng theo Thứ trưởng Phạm Hồng Giang, ngay ngày mai (16-11) quyền bộ trưởng Bộ NN&amp;PTNT Cao Đức Phát "
            "cùng đoàn công tác đặc biệt của bộ sẽ đến các tỉnh khu vực Tây nguyên.")
    assert ("Cao Đức Phát", "Quyền Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn") in holdings(text)
