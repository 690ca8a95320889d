"""Sentence boundaries events depend on: an ellipsis before a lower-case word goes on (real corpus sentences)."""

from kg.extraction import extract
from kg.model import Article
from kg.text.segment import sentences


def test_ellipsis_before_a_lower_case_word_with_a_diacritic_goes_on():
    text = ("Bí thư Tỉnh ủy tỉnh Hà Nam Lê Thị Thủy, cùng lãnh đạo Sở Y tế… đã đi kiểm tra, chỉ đạo công tác "
            "phòng chống Covid-19 tại tâm dịch xã Đạo Lý. Một người khác.")
    spans = sentences(text)
    assert [text[s.start:s.end] for s in spans][1:] == ["Một người khác."]


def test_subjects_listed_before_ve_du_after_an_ellipsis_attend():
    text = ("Chủ tịch nước Trần Đức Lương, Chủ tịch Ủy ban trung ương Mặt trận Tổ quốc VN Phạm Thế Duyệt cùng lãnh "
            "đạo năm tỉnh, lãnh đạo các ủy ban MTTQ VN các tỉnh từ Quảng Trị trở vào... đã về dự đại hội.")
    [event] = extract(Article("t", "", text)).events
    assert event.attendees == ["Trần Đức Lương", "Phạm Thế Duyệt"]
