"""Error classes found reading real extraction output on unseen corpus articles (round 2).
Sentences from real corpus articles."""

from kg.extraction import extract
from kg.model import Article


def holdings(text: str, **kw) -> set[tuple[str, str, bool]]:
    return {(h.person, h.position, h.former) for h in extract(Article("t", "", text, **kw)).holdings}


def test_a_deputy_spokesperson_keeps_the_deputy_title():
    text = ("Tại buổi họp báo chiều ngày 29/4, Phó Phát ngôn Bộ Ngoại giao Việt Nam Đoàn Khắc Việt trả lời câu hỏi "
            "về việc truyền thông Đài Loan đưa tin tàu sân bay Sơn Đông rời căn cứ Tam Á.")
    assert holdings(text) == {("Đoàn Khắc Việt", "Phó Phát ngôn Bộ Ngoại giao Việt Nam", False)}


def test_a_deputy_spokesperson_with_vien_is_no_spokesperson():
    text = "Phó Phát ngôn viên Bộ Ngoại giao Đoàn Khắc Việt cho biết Việt Nam theo dõi sát diễn biến."
    assert holdings(text) == {("Đoàn Khắc Việt", "Phó Phát ngôn viên Bộ Ngoại giao", False)}
