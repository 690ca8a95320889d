"""A bare title before a name whose body follows the name after 'của' ('Chủ tịch Testuro Aikawa của Mitsubishi'):
the body is the title's (sentences from corpus_dev)."""

from kg.extraction import extract
from kg.model import Article


def holdings(text: str) -> set[tuple[str, str]]:
    return {(h.person, h.position) for h in extract(Article("t", "", text)).holdings if not h.former}


def test_company_after_the_holders_name():
    text = "Cùng ngày Chủ tịch Testuro Aikawa của Mitsubishi tuyên bố sẽ từ chức để nhận trách nhiệm."
    assert holdings(text) == {("Testuro Aikawa", "Chủ tịch Mitsubishi")}


def test_club_after_the_holders_name():
    text = "Chủ tịch Daniel Levy của Tottenham nói trên trang web của câu lạc bộ."
    assert holdings(text) == {("Daniel Levy", "Chủ tịch Tottenham")}
    text = "Phó chủ tịch Ed Woodward của Man Utd tuyên bố từ chức trước thời điểm đội bóng này từ bỏ ESL."
    assert holdings(text) == {("Ed Woodward", "Phó chủ tịch Man Utd")}


def test_named_company_after_the_holders_name():
    text = "Giám đốc Simon Sim của Công ty Mayle Marriage cho biết, cô dâu phải học tiếng Anh."
    assert holdings(text) == {("Simon Sim", "Giám đốc Công ty Mayle Marriage")}


def test_a_complete_national_title_takes_no_body_after_the_name():
    text = "Bấm vào đây để xem đoạn video về cuộc phỏng vấn trực tiếp Phó Thủ tướng Vũ Khoan của CNN."
    assert holdings(text) == {("Vũ Khoan", "Phó Thủ tướng")}
