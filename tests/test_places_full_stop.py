"""'TP.' ending a sentence is no city of the next sentence's first word; 'TP. Buôn Ma Thuột' still is one."""

from kg.extraction.places import find_places
from kg.text.segment import tokens


def _names(text: str) -> list[str]:
    return [p.name for p in find_places(text, tokens(text))]


def test_tp_before_a_full_stop_names_no_city_of_the_next_word():
    text = ("Sở Y tế vừa tổ chức hội nghị triển khai kế hoạch phòng chống dịch cúm gia cầm ở người trên địa bàn TP. "
            "Theo đó, Trung tâm Y tế dự phòng sẽ lập các đội cơ động.")
    assert _names(text) == []


def test_a_known_city_after_tp_and_a_full_stop_stays():
    assert _names("Hội nghị diễn ra tại TP. Buôn Ma Thuột hôm qua.") == ["tp Buôn Ma Thuột"]
    assert _names("Hội nghị diễn ra tại TP Pleiku hôm qua.") == ["tp Pleiku"]


def test_tp_a_space_and_hcm_name_ho_chi_minh_city():
    # vims-Cluster_271-1778, dantri-unc-news_tech_122: "TP. HCM" as the city's short name
    assert _names("Hội nghị năm 2021 được tổ chức tại TP. HCM.") == ["Hồ Chí Minh"]
    assert _names("Sáng nay, tại Tp. HCM đã khởi công dự án.") == ["Hồ Chí Minh"]
