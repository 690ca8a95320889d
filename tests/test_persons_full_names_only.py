"""KG_FULL_NAMES_ONLY=1 keeps only the persons an article names in full (the annotation guide's "named in full", the
political gold's convention): a given name written only after a form of address ("Chị Minh, một hành khách") and a
one-word name are dropped; off by default, where they stay (the general gold's convention). Sentences from real
corpus articles outside the gold sets (vntc-test-XH_VNE_T_(177), dantri-unc-news_sport_223)."""

from kg.extraction import extract
from kg.model import Article

TEXT = ("Chị Minh, một hành khách bức xúc, hai chân chị đã mỏi dừ vì phải đứng đợi hơn 2 giờ. "
        "Dường như điều đó đã trở thành động lực lớn giúp cho thầy trò HLV Solskjaer tạo nên trận đấu bùng nổ nhất "
        "mùa giải. Trong đó, Bruno Fernandes và Cavani mỗi người lập cú đúp.")


def _persons(text: str) -> set[str]:
    return {p.name for p in extract(Article("t", "", text)).persons}


def test_by_default_given_and_one_word_names_stay():
    assert {"Minh", "Solskjaer", "Cavani", "Bruno Fernandes"} <= _persons(TEXT)


def test_full_names_only_drops_them(monkeypatch):
    monkeypatch.setenv("KG_FULL_NAMES_ONLY", "1")
    assert _persons(TEXT) == {"Bruno Fernandes"}
