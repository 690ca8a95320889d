"""Speaking at a named event opens it anywhere in an undated article (real corpus sentences)."""

from kg.extraction import extract
from kg.model import Article


def test_speaking_at_a_named_workshop_late_in_an_undated_article_is_taking_part():
    text = ("Báo chí đưa tin về Quốc hội. Nhiều vấn đề được đặt ra. Các tòa soạn đã cử phóng viên. Bạn đọc quan tâm. "
            "Cục trưởng Cục báo chí Hoàng Hữu Lượng phát biểu trong Hội thảo “Kinh nghiệm và các phương thức hiệu quả "
            "của báo chí trong việc đưa tin về QH”.")
    [event] = extract(Article("t", "", text)).events
    assert (event.date, event.attendees) == (None, ["Hoàng Hữu Lượng"])


def test_a_statement_without_an_event_word_opens_nothing_late_in_the_article():
    text = ("Báo chí đưa tin về Quốc hội. Nhiều vấn đề được đặt ra. Các tòa soạn đã cử phóng viên. Bạn đọc quan tâm. "
            "Cục trưởng Cục báo chí Hoàng Hữu Lượng phát biểu rằng báo chí cần đưa tin kịp thời.")
    assert extract(Article("t", "", text)).events == []
