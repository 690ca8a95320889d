"""'Phó' before a title the role lexicon lists without its deputy is the deputy's post, not the title's; a
consul's post is seated in a city; sentences from real corpus articles."""

from kg.extraction import extract
from kg.model import Article


def holdings(text: str) -> set[tuple[str, str]]:
    facts = extract(Article("t", "", text, None))
    return {(h.person, h.position) for h in facts.holdings if not h.former}


def test_phó_before_an_unlisted_title_makes_the_deputy():
    text = ("Theo thông báo của Bộ Ngoại giao Nga, vào ngày 21/4, Phó Đại sứ Mỹ tại Nga Bart Gorman đã bị triệu tập "
            "tới Bộ Ngoại giao Nga.")
    assert ("Bart Gorman", "Phó Đại sứ Mỹ tại Nga") in holdings(text)
    text = ("Phó trưởng khu phố Quang Trung Lê Thanh Mai cho biết thêm: Không chỉ 810 hộ dân ở đây bao năm nay phải "
            "sống chung với mùi hôi thối.")
    assert holdings(text) == {("Lê Thanh Mai", "Phó trưởng khu phố Quang Trung")}
    text = "Nhân dịp này, Phó Thị trưởng TP Christchuch David Cox đã đến chào Thủ tướng."
    assert holdings(text) == {("David Cox", "Phó Thị trưởng thành phố Christchuch")}


def test_phó_ending_a_word_is_no_prefix():
    text = ("VnExpress đã có cuộc trao đổi với ông Dương Xuân Hội, Vụ phó Vụ Lữ hành Tổng cục Du lịch về vấn đề "
            "này.")
    assert all(not position.startswith("Phó") for _, position in holdings(text))


def test_a_consul_is_seated_in_a_city():
    text = ("Phát biểu tại buổi giao lưu cùng sinh viên, ông Sam Wood - Phó Tổng Lãnh sự Anh tại TP. HCM đã chia sẻ về "
            "các chương trình học của Vương quốc Anh.")
    assert ("Sam Wood", "Phó Tổng Lãnh sự Anh tại thành phố Hồ Chí Minh") in holdings(text)
    text = ("Tổng Lãnh sự Singapore tại TPHCM, ông Jimmy Chua, bày tỏ mong muốn thắt chặt hơn nữa mối quan hệ với TP "
            "cũng như với từng thành viên của chương trình hợp tác.")
    assert ("Jimmy Chua", "Tổng Lãnh sự Singapore tại TP Hồ Chí Minh") in holdings(text)
