"""A foreign minister written with the ministry's field only ("Bộ trưởng Công thương X") holds a post of a country's
government: the label takes the country the sentence or the article names, as "Bộ trưởng Bộ Quốc phòng" does.
Sentences from real corpus articles (dantri world_135, vims Cluster_082-542)."""

from kg.extraction import extract
from kg.model import Article


def holdings(text: str, title: str = "") -> set[tuple[str, str]]:
    return {(h.person, h.position) for h in extract(Article("t", title, text)).holdings if not h.former}


def test_a_field_minister_takes_the_country_of_the_sentence():
    text = ("Theo đó, Bộ trưởng Công thương Chan Chung Sing sẽ trở thành Bộ trưởng Giáo dục, thay cho ông Lawrence "
            "Wong - người trở thành Bộ trưởng Tài chính mới của Singapore.")
    assert ("Chan Chung Sing", "Bộ trưởng Bộ Công thương Singapore") in holdings(text)


def test_a_field_minister_takes_the_country_of_the_article():
    title = "Bầu cử Tổng thống Áo: Ông Alexander van der Bellen giành chiến thắng"
    text = (title + "\nTrong thông báo chính thức tại Vienna, Bộ trưởng Nội vụ Wolfgang Sobotka cho biết với 50,3% "
            "số phiếu bầu, ông Van der Bellen đã vượt qua ông Hofer. Cử tri Áo đã đi bỏ phiếu.")
    assert ("Wolfgang Sobotka", "Bộ trưởng Bộ Nội vụ Áo") in holdings(text, title)


def test_a_vietnamese_field_minister_takes_no_country():
    text = "Bộ trưởng Công thương Vũ Huy Hoàng đã làm việc với đoàn doanh nghiệp Singapore."
    assert ("Vũ Huy Hoàng", "Bộ trưởng Bộ Công thương") in holdings(text)
