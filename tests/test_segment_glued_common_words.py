"""More common words the scrape glues to the capitalised word before them ('Tân Hoa Xãđưa tin', 'cầu Vĩnh Tuyđể kịp',
'Sài Gònvẫn mưa', 'phía Bắcrất lạc hậu', 'Sauđó,'; glue_words.txt; 12 times in corpus_dev, every one a glue): the
token is split as 'Khuđược' already was. Sentences from real corpus articles (vntc-test-XH_VNE_T_(3105),
vntc-test-XH_VNE_T_(2013), vntc-test-XH_VNE_T_(7963))."""

from kg.text.segment import tokens


def _words(text: str) -> list[str]:
    return [t.text for t in tokens(text)]


def test_a_name_glued_to_the_verb_after_it_is_split():
    assert _words("Trước đó, Tân Hoa Xãđưa tin lần đầu tiên")[3:7] == ["Tân", "Hoa", "Xã", "đưa"]
    assert "Tuy" in _words("đẩy nhanh công tác đầu tư dự án cầu Vĩnh Tuyđể kịp khởi công chào mừng ngày")
    assert "Gòn" in _words("Chưa bao giờ đến tháng 12 mà Sài Gònvẫn mưa rả rích như năm nay.")


def test_a_transliterated_name_stays_whole():
    assert "Uđệt" in _words("Sau 3 năm du học trên đất Việt, Uđệt Inthavôông nói chuyện với mọi người.")
    assert "Xiphănđon" in _words("Chủ tịch nước Khămtày Xiphănđon")


def test_a_foreign_word_glued_to_the_glue_word_after_it_is_split():
    """A word of plain letters glued to a glue word with marks ('Wilsonvẫn', 'Chelseacó', 'Bidenở'; 18 words in
    corpus_dev, every one a glue). Sentence from a real Dân trí article (dantri-unc-news_world_250)."""
    assert _words("Tổng thống Joe Bidenở Washington")[3:5] == ["Biden", "ở"]
    assert "Chelsea" in _words("Khi đó Chelseacó cơ hội")
    assert "Telex" in _words("gõ kiểu Telexmà không cần")


def test_a_vietnamese_word_with_marks_stays_whole():
    assert "Người" in _words("Người dân")
    assert "Ðiện" in _words("Ðiện Biên") or "Điện" in _words("Điện Biên")
