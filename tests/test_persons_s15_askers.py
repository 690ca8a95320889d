"""A Vietnamese full name written in capitals after a form of address or a rank, or in brackets after a question,
is a person (corpus sentences)."""

from kg.extraction import extract
from kg.model import Article


def facts(text: str) -> tuple[set[str], set[tuple[str, str]]]:
    f = extract(Article("t", "", text))
    return {p.name for p in f.persons}, {(h.person, h.position.lower()) for h in f.holdings}


def test_asker_in_capitals_after_a_question() -> None:
    # gold_general23 vntc-train-XH_TT_(2592)
    text = ("Tôi đã có nhà ở TP.HCM, đang làm việc cho cơ quan nhà nước với công việc ổn định. Trường hợp tôi có được "
            "nhập hộ khẩu vào nhà cô dượng tôi không? (CAO THĂNG)\n- Anh được nhập hộ khẩu vào hộ cô dượng anh.")
    assert facts(text)[0] == {"Cao Thăng"}


def test_interviewee_in_capitals_after_dashed_ranks() -> None:
    # gold_blind19 vntc-train-XH_TT_(2213)
    text = ("Chúng tôi đã có cuộc trao đổi với PGS-TS NGUYỄN LỘC, Phó Viện trưởng Viện Chiến lược và Chương trình "
            "giáo dục - đơn vị chủ trì soạn thảo đề án, xung quanh những vấn đề này.")
    assert facts(text)[0] == {"Nguyễn Lộc"}


def test_heading_in_capitals_with_its_posts() -> None:
    # gold_blind29 vntc-train-XH_NLD_(4352)
    text = ("Góp phần giúp đời sống người dân thuận tiện hơn.\nÔNG THANG VĂN PHÚC, THỨ TRƯỞNG BỘ NỘI VỤ, TỔNG THƯ KÝ "
            "BAN CHỈ ĐẠO CCHC CỦA CHÍNH PHỦ:\nCán bộ công chức chính là cái lõi")
    names, holdings = facts(text)
    assert names == {"Thang Văn Phúc"}
    assert ("Thang Văn Phúc", "thứ trưởng bộ nội vụ") in holdings


def test_capitals_that_are_no_name_stay_out() -> None:
    assert facts("Ai sẽ chịu trách nhiệm về việc này? (TP HCM)")[0] == set()
    assert facts("Hội nghị kết thúc tốt đẹp. (TRẦN LONG)")[0] == set()
    assert facts("ÔNG SÁU DÂN GỌI TÔI GIAO NHIỆM VỤ\nÔng Khải kể lại.")[0] <= {"Khải"}
