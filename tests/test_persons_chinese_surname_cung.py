"""'Củng' (巩), a Chinese family name, joins surnames.txt: the Sino-Vietnamese name of the actress Gong Li, 'Củng Lợi',
is written 72 times in corpus_dev and was missed when no cue stood before it; the lower-case 'củng cố' (strengthen)
is no capitalised run. Sentence from a real corpus article outside the gold sets (dantri-unc-news_entertainment_084)."""

from kg.extraction import extract
from kg.model import Article


def _persons(text: str) -> set[str]:
    return {p.name for p in extract(Article("t", "", text)).persons}


def test_gong_li_is_a_person():
    text = ("Với khán giả và truyền thông quốc tế, Phạm Băng Băng cũng là cái tên nổi bật, sánh ngang với Củng Lợi, "
            "Chương Tử Di.")
    assert "Củng Lợi" in _persons(text)


def test_strengthen_is_no_name():
    assert _persons("Tỉnh sẽ củng cố Ban chỉ đạo trong tháng tới.") == set()
