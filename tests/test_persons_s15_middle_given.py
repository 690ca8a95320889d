"""A middle and a given name that the article also gives with a family name in front are that one person, though
the first of the two is also a family name (corpus sentences)."""

from kg.extraction import extract
from kg.model import Article


def persons(text: str) -> set[str]:
    return {p.name for p in extract(Article("t", "", text)).persons}


def test_middle_and_given_name_after_the_full_name() -> None:
    # gold_general17 dantri-unc-news_sport_190
    text = ("Vận động viên cử tạ Phạm Thị Hồng Thanh\nTại SEA Games 30, Phạm Thị Hồng Thanh đã bất ngờ giành huy "
            "chương vàng ở chung kết cử tạ hạng cân 64kg nữ. Hồng Thanh cho biết cô sẽ tiếp tục tập luyện.")
    assert persons(text) == {"Phạm Thị Hồng Thanh"}


def test_short_name_with_a_title_and_its_holding() -> None:
    # corpus_dev vntc-test-XH_VNE_T_(4771)
    f = extract(Article("t", "", "Chiều 10/6, Bộ trưởng Công an Lê Hồng Anh đăng đàn trả lời chất vấn tại Quốc hội. "
                                 "Về việc rút lực lượng công an trên các chuyến tàu hoả, ông Hồng Anh giải thích."))
    assert {p.name for p in f.persons} == {"Lê Hồng Anh"}


def test_two_longer_names_leave_the_short_one_alone() -> None:
    text = ("Bà Nguyễn Thị Phi Phi và bà Phan Thị Phi Phi cùng dự lễ. Phi Phi cho biết buổi lễ rất vui.")
    assert "Nguyễn Thị Phi Phi" in persons(text) and "Phan Thị Phi Phi" in persons(text)
