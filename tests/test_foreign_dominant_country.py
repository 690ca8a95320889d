"""The country of a foreign person's national post when neither the sentence nor a single country of the article
says it: the country the article names at least twice and three times as often as any other, when the sentence
names no other one; sentences from real corpus articles."""

from kg.extraction import extract
from kg.extraction.foreign import dominant_country
from kg.model import Article


def holdings(text: str) -> set[tuple[str, str]]:
    return {(h.person, h.position) for h in extract(Article("t", "", text, source="Dân trí")).holdings}


def test_a_country_the_article_is_about_places_a_bare_head_of_government():
    text = ("Các thành viên trong gia đình của bệnh nhân Covid-19 ở Ấn Độ chờ để nạp ôxy. Ấn Độ ghi nhận hơn 300.000 "
            "ca mắc mới. Pháp gửi thiết bị y tế tới Ấn Độ. Thủ tướng Narendra Modi kêu gọi người dân tiêm vắc xin.")
    assert ("Narendra Modi", "Thủ tướng Ấn Độ") in holdings(text)


def test_no_country_when_another_is_named_nearly_as_often():
    assert dominant_country(["Ấn Độ", "Trung Quốc", "Ấn Độ", "Trung Quốc", "Ấn Độ"], set(), []) == ""
    assert dominant_country(["Ấn Độ", "Pháp", "Ấn Độ", "Ấn Độ"], set(), ["Pháp"]) == ""
    assert dominant_country(["Ấn Độ", "Pháp", "Ấn Độ", "Ấn Độ"], set(), []) == "Ấn Độ"


def test_a_country_before_the_persons_name_vetoes_the_articles_main_one():
    text = ("Ngoại trưởng Trung Quốc Vương Nghị hôm qua có cuộc gặp người đồng cấp Canada Stephane Dion tại thủ đô "
            "Ottawa. Trung Quốc phản đối. Trung Quốc bác bỏ. Trung Quốc hoan nghênh đề xuất.\nNgoại trưởng Dion trả "
            "lời ông đã đề cập đến vấn đề này.")
    assert not any(p.endswith("Trung Quốc") for person, p in holdings(text) if person == "Stephane Dion")


def test_a_country_after_a_sentence_opening_preposition_is_the_sentences():
    text = ("Quân đội Syria tiến vào Deir ez-Zor. Syria tuyên bố kiểm soát biên giới. Lực lượng Syria truy quét IS ở "
            "Syria.\nTại Iraq, Thủ tướng Haider Abadi ra lệnh cho quân đội nước này ngăn chặn các hoạt động của IS.")
    assert ("Haider Abadi", "Thủ tướng Iraq") in holdings(text)
