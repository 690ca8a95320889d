"""The older press writes a ministry's or department's second field in lower case after a dash ("Bộ Bưu chính -
viễn thông", "Vụ Tiền lương - tiền công"): the field belongs to the body's name (body_words.txt). Sentences from
real corpus articles."""

from extracted import current_holdings as holdings


def test_lower_case_field_after_a_dash():
    text = ("Cũng câu hỏi này, ông Phạm Minh Huân, vụ trưởng Vụ Tiền lương - tiền công (Bộ LĐ-TB&XH), khẳng định "
            "việc điều chỉnh lương không thể.")
    assert ("Phạm Minh Huân", "Vụ trưởng Vụ Tiền lương - tiền công Bộ Lao động - Thương binh và Xã hội") \
        in holdings(text)  # the ministry in brackets belongs to the post
    text = "Bộ trưởng Bộ Bưu chính - viễn thông Đỗ Trung Tá cho biết khi xem xét nội dung này."
    assert ("Đỗ Trung Tá", "Bộ trưởng Bộ Bưu chính Viễn thông") in holdings(text)


def test_a_verb_after_the_dash_ends_the_body():
    text = "Ông Đào Văn Hùng, giám đốc Sở Y tế - cho rằng: không đúng."
    assert holdings(text) == {("Đào Văn Hùng", "Giám đốc Sở Y tế")}
