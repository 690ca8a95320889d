"""A bare committee inside an organisation (Đảng ủy) in a chain of one person's posts belongs to the
organisation the chain names; sentences from real corpus articles."""

from kg.extraction import extract
from kg.model import Article


def holdings(text: str, **kw) -> set[tuple[str, str]]:
    return {(h.person, h.position) for h in extract(Article("t", "", text, **kw)).holdings if not h.former}


def test_party_committee_takes_the_organisation_of_the_next_post():
    text = "Lễ viếng PGS.TS Lưu Văn An, Phó Bí thư Đảng ủy, Quyền Giám đốc Học viện Báo chí & Tuyên truyền."
    got = holdings(text)
    assert ("Lưu Văn An", "Phó Bí thư Đảng ủy Học viện Báo chí & Tuyên truyền") in got
    assert ("Lưu Văn An", "Phó Bí thư Đảng ủy") not in got


def test_party_committee_after_a_post_takes_its_organisation():
    text = "Ông Trần Văn Hùng, Giám đốc Sở Y tế Đồng Nai, Bí thư Đảng ủy cho biết."
    assert ("Trần Văn Hùng", "Bí thư Đảng ủy Sở Y tế Đồng Nai") in holdings(text)


def test_party_committee_of_a_commune_drops_the_peoples_committee():
    text = ("Theo ông La Ngọc Dương, Bí thư Đảng ủy, Chủ tịch UBND xã Húc Động cho hay: \"Xã Húc Động gồm 5 "
            "đồng bào dân tộc\".")
    assert ("La Ngọc Dương", "Bí thư Đảng ủy xã Húc Động") in holdings(text)


def test_party_committee_before_a_committee_stays_bare():
    text = "Ông Nguyễn Văn Hùng, Bí thư Đảng ủy, Chủ tịch Công đoàn cơ quan phát biểu."
    assert not any(p.startswith("Bí thư Đảng ủy ") for _, p in holdings(text))


def test_leadership_is_a_description_not_a_post():
    text = ("Trao đổi với PV Tiền Phong, đại tá Nguyễn Hải Thuận, lãnh đạo Ban biên tập báo Công an TP Đà Nẵng cho "
            "biết: Báo không có ai là phóng viên tên Phạm Ngọc Hùng.")
    assert holdings(text) == set()


def test_one_spelling_of_the_city_for_its_posts():
    text = ("Bí thư Thành ủy Nguyễn Minh Triết trao đổi với cử tri quận Tân Bình. Sáng 28-4, ông Nguyễn Minh Triết, "
            "Bí thư Thành ủy TPHCM đã tiếp xúc cử tri.")
    got = {p for _, p in holdings(text, source="Người Lao động (TP.HCM)")}
    assert got == {"Bí thư Thành ủy TP Hồ Chí Minh"}


def test_the_delegation_of_deputies_is_no_deputys_title():
    text = "Thay mặt Đoàn ĐBQH TPHCM, Bí thư Thành ủy Nguyễn Minh Triết đã hoan nghênh các ý kiến."
    assert not any("Đại biểu" in p for _, p in holdings(text))
