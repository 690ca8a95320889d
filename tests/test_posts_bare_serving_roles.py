"""A title held in another's service (serving_roles.txt: 'Trợ lý', 'Cố vấn', 'Thư ký') written with no one it serves
and no body names no post; with them it does; sentences from corpus_dev."""

from extracted import current_holdings as holdings


def test_bare_assistants_hold_no_post():
    text = ("Trước mắt hai trợ lý Ryan Mason và Chris Powell sẽ tạm thay thế HLV Mourinho dẫn dắt Tottenham trong "
            "phần còn lại của mùa giải này.")
    assert holdings(text) == set()


def test_a_bare_assistant_coach_holds_no_post():
    text = "Piyapong Pue-on từng là đồng đội cũ của HLV Park Hang Seo và trợ lý Lee Young Jin."
    assert not any(person == "Lee Young Jin" for person, _ in holdings(text))


def test_an_assistant_of_a_named_office_holds_the_post():
    text = "Ông Yuri Ushakov, Trợ lý Tổng thống Nga, cho biết hai bên đã thống nhất thời gian."
    assert ("Yuri Ushakov", "Trợ lý Tổng thống Nga") in holdings(text)
