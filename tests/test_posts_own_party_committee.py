"""A bare 'Bí thư Đảng ủy' beside the chairman of a council of an organisation ("Hội đồng Đại học Huế") is the
secretary of that organisation's Party committee; sentences from real corpus articles."""

from extracted import current_holdings as holdings


def test_party_committee_of_the_university_whose_council_the_person_chairs():
    text = ("Phát biểu tại lễ công bố quyết định, PGS.TS. Huỳnh Văn Chương, Bí thư Đảng ủy, Chủ tịch Hội đồng Đại học "
            "Huế khẳng định, Đại học Huế thời gian qua đã thực hiện nghiêm túc Nghị quyết 19 của Trung ương.")
    assert ("Huỳnh Văn Chương", "Bí thư Đảng ủy Đại học Huế") in holdings(text)


def test_a_lower_case_remainder_names_no_unit():
    text = ("Ông Trần Quốc Đồng- Bí thư Đảng ủy, Chủ tịch Ủy ban bầu cử xã Phà Đánh cho biết: Ủy ban bầu cử xã đã "
            "quán triệt đến từng tổ bầu cử.")
    assert not any("Đảng ủy bầu cử" in post for _, post in holdings(text))
