"""Two short forms of abbreviations.tsv the source glued together ('UBNDTP Hà Nội', 'HĐNDTP', 'Ủy ban TƯMTTQ Việt
Nam', 'BCHTƯ'; 49 times in 19 corpus_dev articles) are both expanded in a post's label, as they are when written
apart (canonical.expand). Sentences from real corpus articles (vntc-train-XH_TT_(3616), vntc-train-XH_NLD_(4535))."""

from extracted import current_holdings as holdings

from kg.extraction.canonical import expand


def test_a_peoples_committee_glued_to_tp_is_the_citys():
    text = ("Theo ông Lê Quý Đôn, phó chủ tịch UBNDTP Hà Nội, sắp tới Hà Nội sẽ xem xét cho phép các chợ đầu mối, "
            "chợ lớn bán gia cầm dưới sự giám sát của thú y.")
    assert ("Lê Quý Đôn", "Phó chủ tịch Ủy ban nhân dân thành phố Hà Nội") in holdings(text)


def test_the_central_front_glued_to_tu():
    text = ("Chủ tịch Ủy ban TƯMTTQ Việt Nam Phạm Thế Duyệt phát biểu khai mạc Đại hội nêu rõ: Hơn ba tháng qua, kể "
            "từ 18-11-2005, cả Tây Nguyên anh hùng đã diễn ra đợt sinh hoạt chính trị.")
    assert ("Phạm Thế Duyệt", "Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam") in holdings(text)


def test_only_a_pair_of_short_forms_is_split():
    assert expand("UBNDTP") == "Ủy ban nhân dân thành phố"
    assert expand("UBMTTQ") == "Ủy ban Mặt trận Tổ quốc"  # a short form of its own
    assert expand("VTV") == "VTV"
    assert expand("UBNDX") == "UBNDX"
