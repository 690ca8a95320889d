from kg.text.segment import sentences, tokens


def test_sentences_split_at_stops_and_lines_not_abbreviations():
    text = "Sáng 13/1, hội nghị được tổ chức tại TP. Hồ Chí Minh. Ông A phát biểu.\nNGUYỆT THU"
    parts = [text[s.start:s.end] for s in sentences(text)]
    assert parts == ["Sáng 13/1, hội nghị được tổ chức tại TP. Hồ Chí Minh.", "Ông A phát biểu.", "NGUYỆT THU"]


def test_tokens_keep_abbreviations_and_offsets():
    text = "Bộ trưởng Bộ GD&ĐT, TP.HCM và H'Hen Niê"
    toks = tokens(text)
    assert [t.text for t in toks] == ["Bộ", "trưởng", "Bộ", "GD&ĐT", ",", "TP.HCM", "và", "H'Hen", "Niê"]
    assert all(text[t.start:t.end] == t.text for t in toks)


def test_capitalised_syllable_glued_to_a_common_word_splits():
    from kg.text.segment import tokens
    assert [t.text for t in tokens("Bùi Xuân Khuđược bầu")] == ["Bùi", "Xuân", "Khu", "được", "bầu"]
    assert [t.text for t in tokens("Nguyễn Văn Khuyến")] == ["Nguyễn", "Văn", "Khuyến"]


def test_full_stop_glued_to_a_lower_case_word_splits():
    from kg.text.segment import tokens
    assert [t.text for t in tokens("Diệu Tâm.phần còn")] == ["Diệu", "Tâm", ".", "phần", "còn"]
    assert [t.text for t in tokens("TP.HCM và G.Bush")] == ["TP.HCM", "và", "G.Bush"]


def test_two_capitalised_syllables_glued_split():
    from kg.text.segment import tokens
    assert [t.text for t in tokens("Nông Đức MạnhBan Bí thư")] == ["Nông", "Đức", "Mạnh", "Ban", "Bí", "thư"]
    assert [t.text for t in tokens("LienVietPostBank McCain")] == ["LienVietPostBank", "McCain"]


def test_dash_glued_to_a_lower_case_word_splits():
    from kg.text.segment import tokens
    assert [t.text for t in tokens("Erdogan-làm việc")] == ["Erdogan", "-", "làm", "việc"]
    assert [t.text for t in tokens("Kim Jong-un, Bà Rịa-Vũng Tàu")] == ["Kim", "Jong-un", ",", "Bà", "Rịa-Vũng", "Tàu"]
