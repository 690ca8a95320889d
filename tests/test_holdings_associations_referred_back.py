"""Words pointing back to an association or a club ("Chủ tịch hội", "chủ tịch hiệp hội", "Chủ tịch CLB") take the
one such body named near them or in the article. Sentences from real corpus articles."""

from extracted import all_holdings as holdings


def test_chairman_of_the_association_referred_back_to():
    # vntc-train-XH_TN_(1368)
    text = ("Hội Khoa học lịch sử Việt Nam kỷ niệm 40 năm thành lập\nNgày 25.3, tại TP.HCM, Hội Khoa học lịch sử Việt "
            "Nam làm lễ kỷ niệm 40 năm thành lập (1966-2006). Đây là một trong những hội khoa học ra đời sớm nhất ở "
            "nước ta. GS Phan Huy Lê, Chủ tịch hội, cho biết đến nay Hội Khoa học lịch sử có 22 hội cấp tỉnh, thành "
            "phố.")
    assert ("Phan Huy Lê", "Chủ tịch Hội Khoa học lịch sử Việt Nam") in holdings(text)


def test_a_council_is_no_association():
    text = ("Hội đồng Khoa học Nhà nước họp phiên đầu tiên. Đây là một trong những hội đồng ra đời sớm nhất. GS "
            "Phan Huy Lê, Chủ tịch hội, cho biết hội đồng có 22 thành viên.")
    assert not any("Hội đồng" in post for _, post in holdings(text))


def test_an_abbreviation_in_brackets_cuts_the_association_name_short():
    # vntc-test-XH_TT_T_(10084): 'Hiệp hội Doanh nghiệp (DN) Việt kiều tại TP.HCM' is one name, not its first words
    text = ("Các nhà báo cũng đã có cuộc gặp gỡ với Hiệp hội Doanh nghiệp (DN) Việt kiều tại TP.HCM. Ông Phan Thành, "
            "chủ tịch hiệp hội, nhận định: “Ở VN hiện nay, các DN Việt kiều đã được đối xử gần như các DN trong nước”.")
    assert ("Phan Thành", "Chủ tịch Hiệp hội Doanh nghiệp") not in holdings(text)
