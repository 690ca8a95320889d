"""A school, department, bureau, institute or team written with a lower-case head word (trường, sở, vụ, cục, viện,
đội; a vocational college's "nghề") before its capitalised name is
the body of the title before it. Sentences from real corpus articles."""

from kg.extraction import extract
from kg.model import Article


def holdings(text: str, **kw) -> set[tuple[str, str]]:
    return {(h.person, h.position) for h in extract(Article("t", "", text, **kw)).holdings if not h.former}


def test_a_lower_case_school_after_a_comma_apposition():
    text = ("Tuy nhiên theo thày Đinh Văn Bình, Hiệu trưởng trường THCS Chu Văn An, thì chính việc ra đề dài "
            "là hợp lý.")
    assert holdings(text) == {("Đinh Văn Bình", "Hiệu trưởng trường THCS Chu Văn An")}


def test_a_vocational_college_and_an_honorific_after_a_dash():
    text = ("Ông Lê Anh Tuấn - Hiệu trưởng trường Cao đẳng nghề Yên Bái cho hay. Học sinh có thể trao đổi trực "
            "tiếp với Hiệu trưởng trường Taylors College - Ông Tony Cranshaw.")
    assert holdings(text) == {("Lê Anh Tuấn", "Hiệu trưởng trường Cao đẳng nghề Yên Bái"),
                              ("Tony Cranshaw", "Hiệu trưởng trường Taylors College")}


def test_a_lower_case_department_head_word_before_its_name():
    text = ("“Hội thảo này sẽ tranh thủ ý tưởng đóng góp từ nhiều hướng”, ông Ngô Minh Chính - giám đốc sở Du lịch "
            "Bình Thuận cho biết.")
    assert holdings(text) == {("Ngô Minh Chính", "Giám đốc sở Du lịch Bình Thuận")}


def test_a_lower_case_team_word_before_its_name():
    text = ("Thiếu tá Huỳnh Văn Tâm, đội phó đội PCCC Bình Thạnh cho biết lửa đã được dập tắt.")
    assert holdings(text) == {("Huỳnh Văn Tâm", "Đội phó đội PCCC Bình Thạnh")}
