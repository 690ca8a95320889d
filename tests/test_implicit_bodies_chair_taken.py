"""A bare 'Chủ tịch' before a living Vietnamese name takes the one people's committee the article names, even when
it names another body a chairman heads, if it names that body's chairman as another person (a body has one
chairman). Sentences from a real corpus article (gold_blind26 vntc-train-XH_VNE_(1106))."""

from extracted import current_holdings as holdings

_ARTICLE = ("HĐND Hà Nội 'ngập ngừng' thông qua khung giá đất\n"
            "Theo tờ trình của ông Lê Quý Đôn, Phó chủ tịch UBND thành phố, câu chữ có thể thay đổi song nguyên tắc "
            "không thay đổi.\n"
            "Chủ tịch HĐND Phùng Hữu Phú thừa nhận chưa có kỳ họp nào tranh cãi như lần này.\n"
            "Theo Chủ tịch {name}, một hoạt động trọng tâm của Hà Nội trong năm 2005 là tăng cường quản lý chống thất "
            "thoát, lãng phí.")


def test_a_council_chaired_by_another_is_no_rival_of_the_committee():
    found = holdings(_ARTICLE.format(name="Nguyễn Quốc Triệu"))
    assert ("Nguyễn Quốc Triệu", "Chủ tịch Ủy ban nhân dân thành phố Hà Nội") in found


def test_the_councils_own_chairman_keeps_no_committee():
    found = holdings(_ARTICLE.format(name="Phùng Hữu Phú"))
    assert not any("Ủy ban nhân dân" in post for person, post in found if person == "Phùng Hữu Phú")
