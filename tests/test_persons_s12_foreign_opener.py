"""Session 12, round 2: the first word of a foreign name before a known given name, from corpus_dev sentences."""

from kg.extraction.persons import find_persons
from kg.text.segment import sentences, tokens


def _names(text: str) -> list[str]:
    return [m.name for s in sentences(text) for m in find_persons(text, tokens(text, s.start, s.end), s.start)]


def test_a_foreign_word_written_only_in_the_name_opens_it() -> None:
    # dantri-unc-news_sport_135 (gold_general23): 'Luqman' is written nowhere else in the article
    assert "Luqman Hakim Shamsuddin" in _names(
        "Bộ khung sẽ nòng cốt từ đợt trận vòng loại trước đó, bổ sung thêm các cầu thủ nhập tịch như Junior Eldstal, "
        "Liridon Krasniqi và Luqman Hakim Shamsuddin.")
    # vims-Cluster_128-825 (gold_general3)
    assert "Bearetta Harrison Black" in _names(
        "Ở mẩu cáo phó đầu tiên, thông tin về việc ông Black qua đời được “người vợ thương yêu Bearetta Harrison "
        "Black” thông báo.")


def test_a_foreign_word_right_after_an_honorific_opens_the_name() -> None:
    # vntc-train-XH_TT_(3434)
    assert _names("Chúng tôi quyết định gọi theo số điện thoại mà ông Wong Justin Kaleung, giám đốc Linkton, đã "
                  "gửi.")[0] == "Wong Justin Kaleung"


def test_a_body_or_title_before_the_given_name_stays_out() -> None:
    # vims-Cluster_074-494, vims-Cluster_118-764: 'của' + a firm, an English title
    assert "Mark Zuckerberg" in _names("Những cái tên nổi bật như Bill Gates, hay ông chủ của Facebook Mark "
                                       "Zuckerberg.")
    assert "William Hague" in _names("Angelina Jolie và Lord William Hague bắt đầu khởi động trung tâm.")
    # a title before the run: the body comes first ("Giám đốc điều hành Apple Tim Cook")
    assert "Tim Cook" in _names("Giám đốc điều hành Apple Tim Cook đã phải điều trần trước Quốc hội.")
