""""Chủ tịch TP HCM" and "Chủ tịch UBND TP HCM" of one person in one article are one post (the press's short form of
the people's committee's chairman): one holding, the fuller label. Sentences from a real corpus article (gold_blind33
vntc-test-XH_VNE_T_(1710))."""

from extracted import current_holdings as holdings


def test_city_chairman_and_committee_chairman_are_one_post():
    text = ("Công an giao thông đã đủ lực lượng chưa, phải xem xét cụ thể nguyên nhân chủ quan từ phía quản lý, Chủ "
            "tịch TP HCM Lê Thanh Hải nói. Chủ tịch Lê Thanh Hải chỉ đạo lãnh đạo Công an TP HCM phải báo cáo ngay "
            "lực lượng cảnh sát giao thông hiện thiếu bao nhiêu. Trước đó UBND TP HCM đã họp.")
    assert {post for person, post in holdings(text) if person == "Lê Thanh Hải"} \
        == {"Chủ tịch Ủy ban nhân dân thành phố Hồ Chí Minh"}


def test_a_committee_short_form_does_not_take_another_place():
    from kg.extraction.post_variants import _committee_short
    assert _committee_short("Chủ tịch phường Long Bình", "Chủ tịch Ủy ban nhân dân phường Long Bình")
    assert not _committee_short("Chủ tịch phường Long Bình", "Chủ tịch Ủy ban nhân dân quận 9")
