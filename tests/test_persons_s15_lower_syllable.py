"""A name whose last syllable is written in lower case ends with that syllable when the article names the person
with it capitalised elsewhere (corpus sentences)."""

from kg.extraction import extract
from kg.model import Article


def persons(title: str, text: str) -> set[str]:
    return {p.name for p in extract(Article("t", title, text)).persons}


def test_lower_case_last_syllable_of_a_known_name() -> None:
    # gold_blind36 dantri-unc-news_sport_009
    text = ("Trợ lý ngôn ngữ Lê Huy Khoa vừa có chia sẻ những câu chuyện cảm động về HLV Park Hang Seo. "
            "Trợ lý Lê Huy khoa luôn song hành cùng thầy Park trong những năm qua.")
    assert persons("", text) == {"Lê Huy Khoa", "Park Hang Seo"}


def test_lower_case_syllable_in_a_caption() -> None:
    # corpus_dev vims Trương Nam Thành
    text = ("Chia sẻ trong buổi gặp mặt truyền thông chiều 23.5, Trương Nam Thành cho biết anh rất thích kịch bản. "
            "Nội dung phim Ma nữ báo thù xoay quanh Huy (Trương Nam thành đóng) và ma nữ (Mai Hàn đóng).")
    assert "Trương Nam" not in persons("", text)
    assert "Trương Nam Thành" in persons("", text)


def test_lower_case_word_after_a_name_never_capitalised_stays_out() -> None:
    assert persons("", "Ông Trương Nam thành lập công ty năm 2005.") == {"Trương Nam"}


def test_stray_capital_inside_the_last_syllable() -> None:
    # gold_general18 dantri-unc-news_entertainment_261
    text = ("Ngày 20/4, hình ảnh Huỳnh Hiểu Minh và Angelababy cùng đưa con trai đi khám tại một bệnh viện. "
            "Huỳnh Hiểu MInh và Angelababy xuất hiện tại bệnh viện cùng nhau tối 19/4.")
    assert "Huỳnh Hiểu" not in persons("", text)
    assert "Huỳnh Hiểu Minh" in persons("", text)
