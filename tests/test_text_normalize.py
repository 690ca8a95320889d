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
