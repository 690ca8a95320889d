"""Foreign holders after a title whose body ends at a country or at the place an envoy is posted (corpus sentences)."""

from kg.extraction.pipeline import extract
from kg.model import Article


def _facts(text: str):
    return extract(Article(id="t", title="", text=text))


def _persons(text: str) -> set[str]:
    return {p.name for p in _facts(text).persons}


def test_envoy_posted_at_a_place_is_followed_by_the_holder() -> None:
    text = ("Ngày 21/2, Đại sứ Nhật Bản tại VN Hattori Norio đã thay mặt Chính phủ Nhật ký viện trợ không hoàn lại "
            "số tiền 82.692 USD cho dự án xây dựng một trường tiểu học ở xã Hợp Thành, H.Sơn Dương (Tuyên Quang).")
    facts = _facts(text)
    assert {p.name for p in facts.persons} == {"Hattori Norio"}
    assert [h.position for h in facts.holdings] == ["Đại sứ Nhật Bản tại Việt Nam"]


def test_envoy_with_three_word_name_is_one_person() -> None:
    text = ("Bộ Ngoại giao Nga triệu tập Đại sứ Séc ở Moscow Vitezslav Pivonka nhằm phản đối lệnh trừng phạt. "
            "Các công ty phối hợp với Đại sứ Ấn Độ tại Mỹ Taranjit Singh Sandhu. Đại sứ Sandhu cũng mong muốn.")
    persons = _persons(text)
    assert {"Vitezslav Pivonka", "Taranjit Singh Sandhu"} <= persons
    assert "Singh Sandhu" not in persons


def test_other_titles_stop_at_tai_and_the_embassy_is_no_envoy() -> None:
    assert not _persons("Anh từng làm trợ lý HLV tại Old Trafford Manchester trong hai mùa.")
    assert not _persons("Khoảng 20 nhân viên Đại sứ quán Séc ở Moscow Praha Central sẽ phải rời khỏi Nga.")


def test_title_after_a_listed_holder_with_a_country_body_keeps_its_holder() -> None:
    # the corpus sentence (vims-Cluster_189-1229), and the same list with a US minister whose given name no list holds
    text = ("Thủ tướng Đức Angela Merkel, Tổng thống Pháp Francois Hollande và Thủ tướng Italia Matteo Renzi sẽ cùng "
            "giới chức Thụy Sĩ tham dự lễ khánh thành đường hầm này.")
    assert {"Angela Merkel", "Francois Hollande", "Matteo Renzi"} <= _persons(text)
    listed = text.replace("Tổng thống Pháp Francois Hollande", "Bộ trưởng Tư pháp Mỹ Merrick Garland")
    assert "Merrick Garland" in _persons(listed)


def test_english_body_after_an_apposed_title_stays_no_person() -> None:
    assert "Language Link" not in _persons("Ông Gavan Iacono, Giám đốc Language Link cho biết.")
