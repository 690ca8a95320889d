"""A foreign name a person noun says is its name ("người đàn ông có tên X") is a person (corpus sentences)."""

from kg.extraction import extract
from kg.model import Article


def persons(text: str) -> set[str]:
    return {p.name for p in extract(Article("t", "", text)).persons}


def test_name_given_after_a_person_noun_and_ten() -> None:
    # gold_blind28 dantri-unc-news_tech_219, gold_general23 dantri-unc-news_entertainment_097
    text = ("Vụ việc xảy ra tại một ga tàu ở thị trấn Noida, khi người đàn ông có tên Debayan Roy đang đứng đợi tàu "
            "và sử dụng điện thoại.")
    assert persons(text) == {"Debayan Roy"}
    text = "Năm 2012, Đoan Trang kết hôn với ông xã người Thụy Điển tên Johan Wicklund. Cặp đôi có một con gái."
    assert "Johan Wicklund" in persons(text)


def test_a_thing_named_is_no_person() -> None:
    # corpus_dev dantri-unc-news_tech_073, dantri-unc-news_entertainment_022
    assert persons("Họ sử dụng một loại phụ gia thực phẩm có tên Canxi Alginate thả vào trong một ca nước.") == set()
    assert persons("Cô xác nhận tham gia phim mới của biên kịch nổi tiếng Kim Eun Sook mang tên The Glory.") \
        == {"Kim Eun Sook"}
