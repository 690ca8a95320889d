"""Ministries the press writes as run-together or hyphenated initials ('Bộ GDĐT', 665 times in corpus_dev; 'Bộ
KH-ĐT', 'Bộ TTTT', 'Bộ KHCN', ...) are ministries (ministries.tsv): a post's body takes the official name, and a
bare 'Thứ trưởng' takes the one ministry the article names. Sentences from real corpus articles
(vntc-test-XH_VNE_T_(4646), vntc-test-XH_NLD_T_(9283))."""

from kg.extraction import extract
from kg.model import Article


def holdings(text: str) -> set[tuple[str, str]]:
    return {(h.person, h.position) for h in extract(Article("t", "", text)).holdings if not h.former}


def test_a_bare_deputy_minister_takes_the_ministry_written_in_initials():
    text = ("Trong những ngày này, Bộ GDĐT cũng đã cử đoàn thanh tra đi kiểm tra ngẫu nhiên tại một số tỉnh, thành. "
            "Ngay trong sáng qua, đoàn do Thứ trưởng Bành Tiến Long dẫn đầu đã kiểm tra điểm sao in đề thi của thành "
            "phố Hà Nội.")
    assert ("Bành Tiến Long", "Thứ trưởng Bộ Giáo dục và Đào tạo") in holdings(text)


def test_a_ministry_in_initials_takes_its_official_name():
    text = "Thứ trưởng Bộ KHĐT Cao Viết Sinh cho biết sẽ trình Chính phủ trong tháng tới."
    assert ("Cao Viết Sinh", "Thứ trưởng Bộ Kế hoạch và Đầu tư") in holdings(text)
