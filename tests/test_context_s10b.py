"""The article's own province is not blocked by a person's name read as a place after "tỉnh", and a numbered
list of people takes no province from the paper's city. Sentences from corpus_dev articles in no gold set."""

from __future__ import annotations

from collections import Counter

from kg.extraction import extract
from kg.extraction.article_context import article_province, is_province, is_roster
from kg.model import Article


def _positions(title: str, text: str, source: str = "VNTC/VnExpress (vnexpress.net)") -> dict[str, set[str]]:
    facts = extract(Article(id="t", title=title, text=f"{title}\n{text}", source=source))
    out: dict[str, set[str]] = {}
    for h in facts.holdings:
        out.setdefault(h.person, set()).add(h.position)
    return out


def test_a_name_after_tinh_is_no_province() -> None:
    assert is_province("Bắc Ninh") and is_province("Hồ Chí Minh")
    assert not is_province("Trần Văn Tuý") and not is_province("Quảng")


def test_the_article_province_reaches_a_post_written_before_the_name() -> None:
    # vntc-test-XH_VNE_T_(8068)
    found = _positions("Bắc Ninh công bố hết dịch cúm gia cầm",
                       "Ngày 29/12, Phó chủ tịch UBND tỉnh Trần Văn Tuý vừa ký quyết định chính thức công bố hết "
                       "dịch cúm gia cầm trên địa bàn xã: Tam Sơn, huyện Từ Sơn; Gia Đông, Nghĩa Đạo huyện Thuận "
                       "Thành.\nMọi hoạt động chăn nuôi ở Bắc Ninh trở lại bình thường.")
    assert found["Trần Văn Tuý"] == {"Phó chủ tịch Ủy ban nhân dân tỉnh Bắc Ninh"}


def test_the_opener_province_of_the_sentence_is_taken() -> None:
    # vntc-test-XH_VNE_T_(36): an article on Long An; the sentence opens "Tại Bến Tre,"
    found = _positions("Gà chết do bệnh tụ huyết trùng kết hợp với virus lạ",
                       "Hôm qua, Chi cục Thú y Long An đã đưa mẫu đi xét nghiệm. Gà chết ở nhiều trang trại của "
                       "Long An.\nTại Bến Tre,Chi cục trưởng chi cục thú y tỉnh Mai Văn Hiệp cho biết, đã chủ động "
                       "phòng chống, ngăn chặn sự lây lan mầm bệnh.")
    assert found["Mai Văn Hiệp"] == {"Chi cục trưởng chi cục thú y tỉnh Bến Tre"}


_ROSTER = ("Danh sách ủy viên Ban chấp hành Trung ương\n"
           + "".join(f"{k}. Nguyễn Văn {name}, Bí thư Tỉnh uỷ, Chủ tịch HĐND tỉnh {province}"
                     for k, (name, province) in enumerate([("An", "Trà Vinh"), ("Bình", "Cà Mau"), ("Châu", "Hưng Yên"),
                                                           ("Dũng", "Bến Tre"), ("Giang", "Điện Biên"),
                                                           ("Hà", "Tuyên Quang"), ("Khánh", "Bình Định"),
                                                           ("Long", "Long An"), ("Minh", "Cao Bằng"),
                                                           ("Nam", "Hà Giang")], start=1)))


def test_a_numbered_list_of_people_takes_no_province_from_the_paper() -> None:
    # vntc-train-XH_TN_(1550): "7. Nguyễn Thái Bình, Bí thư Tỉnh uỷ, Chủ tịch HĐND tỉnh Trà Vinh8. ..."
    assert is_roster(_ROSTER)
    assert not is_roster("Ngày 29/12, Phó chủ tịch UBND tỉnh Trần Văn Tuý ký 2 quyết định.")
    article = Article(id="t", title="", text=_ROSTER, source="VNTC/Thanh Niên (thanhnien.vn)")
    counts = Counter({"Trà Vinh": 1, "Cà Mau": 1, "Hưng Yên": 1})
    assert article_province(article, counts) == ""


def test_a_tie_of_provinces_is_broken_by_the_one_the_headline_names() -> None:
    # vntc-test-XH_VNE_T_(481): TP HCM and its four neighbours are each named twice; the headline names TP HCM
    found = _positions("TP HCM phải mượn đất các tỉnh lân cận để làm nghĩa trang",
                       "Chiều nay, Sở Quy hoạch kiến trúc vừa trình lên UBND TP HCM quy hoạch các nghĩa trang. Theo "
                       "đó, sẽ có 6 khu vực dự kiến bố trí nghĩa trang nằm tại các tỉnh Long An, Tây Ninh, Đồng Nai "
                       "và Bình Dương.\nTheo ông Nguyễn Văn Đua, Phó chủ tịch UBND thành phố, cần đẩy mạnh hoả táng."
                       "\nKhu vực 1: 150 ha huyện Trảng Bàng - Tây Ninh\nKhu vực 2: 250 ha huyện Đức Hoà - Long An\n"
                       "Khu vực 5: 300 ha huyện Long Thành - Đồng Nai\nKhu vực 6: 300 ha huyện Tân Uyên - Bình Dương")
    assert found["Nguyễn Văn Đua"] == {"Phó chủ tịch Ủy ban nhân dân thành phố Hồ Chí Minh"}
    # two provinces in the headline break no tie
    found = _positions("Ninh Thuận, Bình Thuận đói do hạn hán",
                       "Cái đói rình rập người dân các tỉnh Ninh Thuận, Bình Thuận.\nÔng Nguyễn Ngọc Hải, Giám đốc "
                       "Sở NNPTNT, cho biết hạn hán kéo dài.\nNinh Thuận và Bình Thuận xin hỗ trợ gạo.")
    assert found["Nguyễn Ngọc Hải"] == {"Giám đốc Sở NNPTNT"}
