"""'ĐHĐCĐ' (đại hội đồng cổ đông), a shareholders' meeting, names an event as 'đại hội' does (corpus)."""

from kg.extraction import extract
from kg.model import Article


def test_a_shareholders_meeting_named_by_its_abbreviation_is_an_event():
    # vims-Cluster_034-222
    text = ("Cũng liên quan đến mua bán, sáp nhập, tại ĐHCĐ thường niên năm 2016, ông Nguyễn Văn Thắng, Chủ tịch HĐQT "
            "VietinBank cho hay, dự kiến tháng 5/2016 sẽ có quyết định sáp nhập.")
    events = extract(Article("t", "", text)).events
    assert any("Nguyễn Văn Thắng" in e.attendees for e in events)


def test_the_caption_of_a_shareholders_meeting_places_it():
    # dantri-unc-news_business_129
    text = ("ĐHĐCĐ thường niên Sacombank tổ chức ngày 23/4 tại TP.HCM (Ảnh: Đại Việt).\n"
            "Ngày 23/4/2021, Ngân hàng TMCP Sài Gòn Thương Tín (Sacombank) đã tổ chức họp Đại hội đồng cổ đông thường "
            "niên năm tài chính 2020.\n"
            "Ông Dương Công Minh, Chủ tịch HĐQT Sacombank cho biết, ngân hàng đang tái cơ cấu.")
    events = extract(Article("t", "", text, published="2021-04-23")).events
    assert any("Hồ Chí Minh" in e.locations and "Dương Công Minh" in e.attendees for e in events)
