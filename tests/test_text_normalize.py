from kg.text.normalize import clean_for_offsets, fold, strip_marks, tone_placement


def test_fold_unifies_tone_placement_and_case():
    assert fold("Thanh Hoá") == fold("Thanh Hóa") == "thanh hóa"
    assert fold("Tỉnh uỷ  Lâm Đồng") == "tỉnh ủy lâm đồng"


def test_tone_placement_keeps_case_and_length():
    assert tone_placement("Hoà Bình, Uỷ ban") == "Hòa Bình, Ủy ban"
    text = "Ủy ban nhân dân tỉnh Khánh Hoà"
    assert len(clean_for_offsets(text)) == len(text)


def test_strip_marks_for_text_without_diacritics():
    assert strip_marks("Đắk Lắk") == "Dak Lak"


def test_tone_placement_only_at_the_end_of_a_syllable():
    assert tone_placement("Ngoại giao, thuỷ sản, khoẻ") == "Ngoại giao, thủy sản, khỏe"


def test_misplaced_tone_marks_of_older_texts_fold_to_one_key():
    # VNTC: "Ủy viên thường trực Đòan chủ tịch", "anh Hùynh Công Hùng", "cá ngừ vây xanh qúy hiếm"
    assert fold("Đòan chủ tịch") == fold("Đoàn chủ tịch")
    assert fold("Hùynh Công Hùng") == fold("Huỳnh Công Hùng")
    assert fold("qúy hiếm") == fold("quý hiếm")
    assert fold("Ban kiểm sóat") == fold("Ban kiểm soát")
    assert tone_placement("Đòan Thanh niên") == "Đoàn Thanh niên"
    assert fold("Debré") == "debré"  # not a Vietnamese syllable: as written


def test_repair_tone_fixes_only_misplaced_marks():
    from kg.text.normalize import repair_tone
    assert repair_tone("Hùynh Thị Hồng, Đòan, qúy") == "Huỳnh Thị Hồng, Đoàn, quý"
    assert repair_tone("Thuý Hoà, Thúy Hòa") == "Thuý Hoà, Thúy Hòa"
