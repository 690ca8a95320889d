"""A foreign name of two or three words after a relative's noun is a person (corpus sentences)."""

from kg.extraction import extract
from kg.model import Article


def persons(text: str) -> set[str]:
    return {p.name for p in extract(Article("t", "", text)).persons}


def test_relative_after_of_and_a_dash() -> None:
    # gold_blind14 dantri-unc-news_entertainment_104
    text = "Kim Kardashian là tỷ phú và chồng cũ của cô - Kanye West cũng vậy, cặp đôi mới chia tay."
    assert persons(text) == {"Kim Kardashian", "Kanye West"}


def test_relative_after_is() -> None:
    # gold_general14 vims-Cluster_127-820
    assert "Jaimie King" in persons("Vợ Kyle là Jaimie King - một cô bạn thân khác của Taylor - cũng nhận được thư.")


def test_relative_with_a_qualifier() -> None:
    # gold_general3 vims-Cluster_128-825
    text = "Ở mẩu cáo phó thứ hai, đăng tải ngay sau đó, “bạn gái lâu năm Princess Hall” là người cung cấp thông tin."
    assert persons(text) == {"Princess Hall"}


def test_parent_company_and_announcements_are_no_relatives() -> None:
    # corpus_dev dantri-unc-news_business_045, dantri-unc-news_sport_191
    assert persons("Trước đó, Cen Group - công ty mẹ của Cen Land đã công bố đầu tư 1 triệu đô.") == set()
    assert persons("Man City là CLB đầu tiên tuyên bố rút lui European Super League khiến giải đấu tan rã.") == set()
