"""Foreign person names in general news: honorifics, short references, person contexts; sentences from real
articles of the corpus."""

from kg.extraction import extract
from kg.model import Article


def persons(text: str, **kw) -> set[str]:
    return {p.name for p in extract(Article("t", "", text, **kw)).persons}


def test_sir_is_stripped_like_a_rank():
    text = ("Còn Sir Alex Ferguson thì cảnh báo rằng các đề xuất thành lập Super League sẽ là một \"bước lùi của "
            "70 năm lịch sử bóng đá châu Âu\".")
    assert persons(text) == {"Alex Ferguson"}
