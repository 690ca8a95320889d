"""A full stop glued to the next sentence's capitalised syllable ('trong cộng đồng.Đó là bệnh nhân') ends a sentence:
the places of the next sentence are not the venue of the event told before it (corpus)."""

from kg.extraction import extract
from kg.model import Article
from kg.text.segment import sentences


def test_a_glued_full_stop_ends_the_sentence():
    text = "Ca bệnh không xuất hiện trong cộng đồng.Đó là bệnh nhân 2910. Ông A nói tại TP.HCM và Cenhomes.vn."
    assert [text[s.start:s.end] for s in sentences(text)] == [
        "Ca bệnh không xuất hiện trong cộng đồng.", "Đó là bệnh nhân 2910.", "Ông A nói tại TP.HCM và Cenhomes.vn."]


def test_places_after_a_glued_full_stop_are_not_the_meetings():
    # dantri-unc-news_society_113
    text = ("Quyết định trên được Chủ tịch UBND TPHCM Nguyễn Thành Phong đưa ra tại cuộc họp Ban chỉ đạo phòng chống "
            "dịch Covid-19 TPHCM trưa 30/4, sau khi TPHCM ghi nhận 1 trường hợp nghi nhiễm, sau 75 ngày không "
            "xuất hiện ca bệnh trong cộng đồng.Đó là bệnh nhân 2910 tại quận Bình Tân cũng là một trong "
            "những ca F1 của ca bệnh ở Hà Nam.")
    events = extract(Article("t", "", text, published="2021-04-30")).events
    assert any("Nguyễn Thành Phong" in e.attendees for e in events)
    assert all("Hà Nam" not in e.locations and "quận Bình Tân" not in e.locations for e in events)
