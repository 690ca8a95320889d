"""'Phó Chủ tịch thường trực' bare before a name takes the one people's committee named before it in its sentence, as
'Phó Chủ tịch' does. Sentence from a real corpus article (gold_blind25 vntc-test-XH_VNE_T_(6047))."""

from extracted import current_holdings as holdings


def test_standing_vice_chair_takes_the_committee_named_before():
    text = ("Trong buổi chiều, tại UBND TP HCM, Phó Chủ tịch thường trực Nguyễn Thiện Nhân đã có buổi làm việc với Sở "
            "Công nghiệp, Sở Tư pháp để bàn về các nội dung sẽ trình bày.")
    assert ("Nguyễn Thiện Nhân", "Phó Chủ tịch thường trực Ủy ban nhân dân thành phố Hồ Chí Minh") in holdings(text)


def test_no_committee_named_leaves_no_post():
    text = "Phó Chủ tịch thường trực Nguyễn Thiện Nhân đã có buổi làm việc với Sở Công nghiệp."
    assert not any(person == "Nguyễn Thiện Nhân" for person, _ in holdings(text))
