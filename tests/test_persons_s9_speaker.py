"""A foreign-looking name is a person when a saying verb follows it as a quote's speaker ('"...", Zahi Hawass cho
biết') or in apposition between commas ('Phát ngôn viên ..., Jeannie Groeneveld, cho biết'); before, such a name
needed a cue, a listed given name or a title after it. A bare run before a saying verb stays out ('Tháng 12/2020,
Sotheby's Wine cho biết', 'hãng ... Check Point cho biết': bodies also speak). Sentences from real corpus articles
outside the gold sets (dantri-unc-news_science_187, vims-Cluster_248-1627, dantri-unc-news_business_082)."""

from kg.extraction import extract
from kg.model import Article


def _persons(text: str) -> set[str]:
    return {p.name for p in extract(Article("t", "", text)).persons}


def test_the_speaker_after_a_quote_is_a_person():
    text = ('"Tutankhamun được chôn cất trong khu vực này vì những ngôi đền của cả Horemheb và Ay đều được tìm thấy '
            'trong khu vực này", Zahi Hawass cho biết.')
    assert "Zahi Hawass" in _persons(text)


def test_a_speaker_in_apposition_is_a_person():
    text = ("Phát ngôn viên của lực lượng không quân thuộc hải quân Mỹ ở Thái Bình Dương, Jeannie Groeneveld, cho "
            "biết sự cố xảy ra khi máy bay tác chiến.")
    assert "Jeannie Groeneveld" in _persons(text)


def test_a_body_before_a_saying_verb_stays_out():
    assert _persons("Tháng 12/2020, Sotheby's Wine cho biết châu Á chính là động lực chính.") == set()
    assert _persons("Các chuyên gia của hãng nghiên cứu bảo mật Check Point cho biết đã phát hiện.") == set()
