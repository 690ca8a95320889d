"""Short references by given name to a person the article first names without a family name; sentences from
real articles of the corpus."""

from kg.extraction import extract
from kg.model import Article


def persons(text: str) -> set[str]:
    return {p.name for p in extract(Article("t", "", text)).persons}


def test_last_syllable_of_a_name_without_family_name_is_the_same_person():
    text = ("Thậm chí, con trai lên 5 tuổi đang nhễ nhại mồ hôi, chị Hải Yến ở làng Miêu Nha, xã Mễ Trì, than "
            "phiền. Chị Yến kể từ chủ nhật (ngày 15/5) đến nay, chiều nào cũng mất điện.")
    assert persons(text) == {"Hải Yến"}


def test_manager_named_by_two_syllables_then_one():
    text = ("Sáng 19/5, ông Quang Cường, quản lý của ca sĩ Quang Hà, có buổi làm việc với cơ quan công an. "
            "Ông Cường cho biết đã nộp đơn tố cáo.")
    assert persons(text) == {"Quang Cường", "Quang Hà"}


def test_two_longer_names_ending_alike_leave_the_short_one_alone():
    text = ("Chị Hải Yến và chị Ngọc Yến cùng bán hàng ở chợ. Chị Yến cho biết giá rau đã tăng.")
    assert "Yến" in persons(text)
