"""A lower-case title after 'hiện là' / 'nay là' (now is) is the subject's current post, as a capitalised one already
was; not a description ('hiện là giám đốc một công ty'). Sentences from real corpus articles."""

from extracted import current_holdings as holdings


def test_lower_case_title_after_now_is():
    text = ("Ông Võ Văn Mạnh, hiện là chủ nhiệm HTX xe thô sơ Ninh Kiều, cũng là một trong những người hành nghề xe "
            "lôi lâu đời ở xứ Cần Thơ.")
    assert any(person == "Võ Văn Mạnh" and post.startswith("Chủ nhiệm HTX") for person, post in holdings(text))
    text = ("Ông Ngô Văn Thuận, cán bộ hưu trí, nay là trưởng ban bảo vệ di tích đền thờ cụ Nguyễn Trung Trực cho "
            "biết.")
    assert ("Ngô Văn Thuận", "Trưởng ban bảo vệ di tích đền thờ cụ Nguyễn Trung Trực") in holdings(text)


def test_an_indefinite_body_is_a_description():
    text = "Còn với chị Doanh, hiện là giám đốc một công ty tư nhân kinh doanh vật liệu xây dựng."
    assert holdings(text) == set()
