"""'UB', the press's short form of 'Ủy ban' before a committee's name ('Chủ nhiệm UB Pháp luật', 'Phó chủ tịch UB MTTQ
TP Hồ Chí Minh', 'Ủy viên UB Tài chính - Ngân sách của Quốc hội'), is expanded in a post's label as 'UBND' already
was (abbreviations.tsv), so the label names the committee; glued to another short form ('UBMTTQVN') both are
expanded. Sentences from real corpus articles outside the gold sets (vntc-test-XH_VNE_T_(6065),
vntc-test-XH_TN_T_(8412))."""

from extracted import current_holdings as holdings

from kg.extraction.canonical import expand


def test_a_committee_written_ub_is_the_committee():
    text = ("Ông Vũ Đức Khiển, Chủ nhiệm UB Pháp luật nêu quan điểm: \"Hiện thân nhân của quân nhân tại ngũ khi ốm đau "
            "thì được ưu tiên chăm sóc sức khỏe\".")
    assert ("Vũ Đức Khiển", "Chủ nhiệm Ủy ban Pháp luật") in holdings(text)


def test_the_front_s_committee_written_ub():
    text = "Ông Lê Hiếu Đằng - Phó chủ tịch UB MTTQ TP Hồ Chí Minh: Không nên đổ gánh nặng cho người dân."
    assert ("Lê Hiếu Đằng", "Phó chủ tịch Ủy ban Mặt trận Tổ quốc thành phố Hồ Chí Minh") in holdings(text)


def test_ub_glued_to_the_front():
    assert expand("UBMTTQVN") == "Ủy ban Mặt trận Tổ quốc Việt Nam"
    assert expand("UBMTTQ") == "Ủy ban Mặt trận Tổ quốc"
