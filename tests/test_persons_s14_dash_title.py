"""A dash written without its spaces between a name and its title ends the name, as a spaced dash does (corpus
sentences)."""

from kg.extraction import extract
from kg.model import Article
from kg.text.segment import tokens


def persons(text: str) -> set[str]:
    return {p.name for p in extract(Article("t", "", text)).persons}


def test_name_glued_to_its_title_by_a_dash() -> None:
    # gold_blind34 vntc-test-XH_TN_T_(8507)
    text = ("Cũng ngày 15/10, ông Vũ Xuân Hồng-Chủ tịch Liên hiệp Các tổ chức hữu nghị Việt Nam đã trao Huy chương "
            "Vì hòa bình.")
    assert persons(text) == {"Vũ Xuân Hồng"}
    text = ("Phó thủ tướng Vũ Khoan đã tiếp thân mật đoàn Quốc hội Đan Mạch do ngài Jens Vibjerg-Chủ nhiệm ủy ban "
            "dẫn đầu.")
    assert persons(text) == {"Vũ Khoan", "Jens Vibjerg"}


def test_names_glued_to_their_titles_in_a_list() -> None:
    # corpus_dev vntc-train-XH_NLD_(4681)
    text = ("Tổ công tác gồm GS-TS Bành Tiến Long; TS Nguyễn Sĩ Dũng-Phó Chủ nhiệm Văn phòng QH; TS Võ Tòng "
            "Xuân-Hiệu trưởng ĐH An Giang; TS Bùi Văn Ga-Giám đốc ĐH Đà Nẵng... Tổ công tác có nhiệm vụ")
    assert persons(text) == {"Bành Tiến Long", "Nguyễn Sĩ Dũng", "Võ Tòng Xuân", "Bùi Văn Ga"}


def test_a_dash_inside_a_place_pair_stays() -> None:
    # corpus_dev vntc-test-XH_VNE_T_(2956): no title after the dash
    assert [t.text for t in tokens("đường bay thẳng Hà Nội-Prague")][-1] == "Nội-Prague"
