"""A venue followed by brackets opened with `thuộc` that say where it lies, however long the venue's name inside
them: the province or district closing the brackets is where the event is held (corpus)."""

from kg.extraction import extract
from kg.model import Article


def test_the_province_closing_a_long_thuoc_bracket_places_the_ceremony():
    # dantri-unc-news_society_225
    text = ("Ngày 30/4, tại kỳ đài Hiền Lương (thuộc Khu di tích Quốc gia đặc biệt Đôi bờ Hiền Lương - Bến Hải, tỉnh "
            "Quảng Trị) diễn ra Lễ Thượng cờ chào mừng kỷ niệm 46 năm Ngày giải phóng miền Nam, thống nhất đất nước "
            "(30/4/1975-30/4/2021), 49 năm Ngày giải phóng tỉnh Quảng Trị.\n"
            "Đọc diễn văn tại Lễ thượng cờ, ông Đỗ Văn Bình - Giám đốc Sở Văn hóa - Thể thao & Du lịch (VH-TT&DL) tỉnh "
            "Quảng Trị cho biết: Cách đây 46 năm, lá cờ chiến thắng đã tung bay.")
    events = extract(Article("t", "", text, published="2021-04-30")).events
    assert any(e.date == "2021-04-30" and "Quảng Trị" in e.locations for e in events)


def test_the_district_and_province_in_a_thuoc_bracket_place_the_offering_of_incense():
    # vntc-train-XH_TN_(1562)
    text = ("Sáng 29/4, đoàn cán bộ chiến sĩ Bộ Công an do đại tướng Lê Hồng Anh, Ủy viên Bộ Chính trị, Bộ trưởng Bộ "
            "Công an làm trưởng đoàn đã đến đặt vòng hoa tưởng niệm những anh hùng liệt sĩ đã ngã xuống vì độc lập dân "
            "tộc, thống nhất Tổ quốc tại Nghĩa trang quốc tế - Đồi 82, và dâng hương tại Nghĩa trang liệt sĩ Ban An "
            "ninh T.Ư Cục miền Nam (thuộc huyện Tân Biên, tỉnh Tây Ninh).")
    assert any("Tây Ninh" in e.locations for e in extract(Article("t", "", text)).events)
