"""Persons missed or invented on fresh general news (round-2 draw of corpus articles outside the gold sets)."""

from kg.extraction import extract
from kg.model import Article


def persons(text: str) -> set[str]:
    return {p.name for p in extract(Article("t", "", text)).persons}


def test_foreign_name_apposed_to_one_of_a_group_of_people():
    # vims-Cluster_072-479
    text = ("Mỹ vừa tiến hành cuộc không kích ở Pakistan.\nSirajuddin Haqqani, một trong những phó thủ lĩnh của "
            "Mansour có thể sẽ được chọn thay thế.")
    assert "Sirajuddin Haqqani" in persons(text)


def test_place_apposed_to_one_of_a_group_of_places_stays_a_place():
    text = "Người dân West Virginia, một trong những bang an toàn nhất, đã đi bầu."
    assert not persons(text)


def test_two_given_syllables_that_live_a_life_are_a_person():
    # vims-Cluster_174-1133: a singer named only by her stage name
    text = ('"Đây là thông điệp của thời bình, với tinh thần hàn gắn và chia sẻ yêu thương", Mỹ Linh tâm sự.\n'
            "Cách đây vài giờ đồng hồ, trên trang cá nhân, khán giả đã chia sẻ nhiều bình luận.")
    assert "Mỹ Linh" in persons(text)


def test_a_school_named_by_two_syllables_does_not_become_a_person():
    # vntc-train-XH_TN_(1696)
    text = '"Phải dạy thật chậm", cô Võ Thị Khoái, Hiệu trưởng Trường chuyên biệt Gia Định tâm sự.'
    assert "Gia Định" not in persons(text)


def test_typographic_apostrophe_keeps_a_foreign_family_name_whole():
    # vntc-train-XH_TN_(1839)
    text = ("Hội thảo du học Anh sẽ diễn ra lúc 18h tại 26 Phùng Khắc Khoan, Q.1 (TP.HCM) nhân chuyến thăm của "
            "Ông Tim O’Brien - Giám đốc Văn phòng phát triển sinh viên quốc tế của trường.")
    assert "Tim O’Brien" in persons(text)


def test_two_foreign_names_run_together_are_split():
    # dantri-unc-news_world_014
    text = ("Defense News dẫn lời cố vấn an ninh quốc gia Tổng thống Mỹ Donald Trump Robert O’Brien cho hay "
            "Washington sẽ trang bị thêm tàu chiến.")
    assert {"Donald Trump", "Robert O’Brien"} <= persons(text)


def test_muslim_forms_of_address_are_stripped_and_cue_a_name():
    # vims-Cluster_072-479, dantri-unc-news_world_187
    assert "Yakoub" in persons("Ứng viên thứ ba là Mullah Yakoub, con trai của người sáng lập ra Taliban.")
    assert "Rashid Ahmed" in persons("Bộ trưởng Nội vụ Pakistan Sheikh Rashid Ahmed cho biết như vậy hôm qua.")


def test_a_town_opening_with_a_family_name_is_no_person():
    # dantri-unc-news_entertainment_236
    text = ("Tôi chạy từ Biên Hòa về thành phố chứ không có việc tôi chạy xe về quê Phan Rang như nhiều người đồn "
            "đoán, nghệ sĩ Thương Tín nói.")
    assert "Phan Rang" not in persons(text)


def test_a_ride_hailing_firm_named_like_a_person_is_no_person():
    # vims-Cluster_279-1824
    text = ("Đối thủ của Uber tại thị trường Trung Quốc Didi Chuxing cũng vừa cho hay họ kỳ vọng đợt gọi vốn "
            "đầu tư hiện tại sẽ thành công.")
    assert "Didi Chuxing" not in persons(text)
