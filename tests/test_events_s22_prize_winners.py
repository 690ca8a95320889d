"""The winners a ceremony's report names winning a prize ("A đoạt giải nhất", "giải nhì gồm: B, C", "D, E được
Ban tổ chức trao giải nhì") are received at it (attendees), from real corpus sentences."""

from kg.extraction import extract
from kg.model import Article


def _events(text: str, **kw):
    return extract(Article("t", "", text, **kw)).events


def test_a_winner_told_as_the_subject_of_doat_giai_attends_the_award_ceremony():
    text = ("Trao giải cuộc thi tay nghề kỹ thuật viên giỏi của Ford\n"
            "Chiều nay, Ford Việt Nam đã tổ chức lễ trao giải cuộc thi tay nghề kỹ thuật viên giỏi. "
            "Kỹ thuật viên Lê Văn Đạt của Sai Gon Ford đã đoạt giải nhất.")
    [event] = _events(text)
    assert "Lê Văn Đạt" in event.attendees


def test_winners_listed_after_a_prize_rank_attend_the_ceremony_the_report_names_after_them():
    text = ("Bốn nhà giáo đoạt giải nhất gồm: Thầy giáo Nguyễn Đức Trường (Trường Cao đẳng Công nghệ), thầy Hoàng "
            "Tiến Dũng (Trường Trung cấp nghề Hà Tĩnh);\n"
            "Bốn giải nhì gồm: Thầy Nguyễn Đức Bách (Trường Cao đẳng Kỹ thuật Việt Đức), cô Hoàng Thị Nga (Trường "
            "Trung cấp Kỹ nghệ Hà Tĩnh).\n"
            "Hội giảng nhà giáo giáo dục nghề nghiệp vừa tổ chức tại Hà Tĩnh với sự tham gia của 125 giáo viên.\n"
            "Phát biểu bế mạc Hội giảng, ông Nguyễn Trí Lạc - Giám đốc Sở LĐ-TB&XH đề nghị các cơ sở giáo dục nghề "
            "nghiệp tiếp tục nâng cao chất lượng tuyển sinh.")
    [event] = _events(text, published="2021-04-20")
    assert {"Nguyễn Trí Lạc", "Nguyễn Đức Trường", "Hoàng Tiến Dũng", "Nguyễn Đức Bách",
            "Hoàng Thị Nga"} <= set(event.attendees)


def test_winners_the_prize_thuoc_ve_attend_the_ceremony():
    text = ("Hà Nội trao giải Olympic tiếng Anh khối THCS\n"
            "Sáng nay, Sở GD-ĐT Hà Nội đã tổ chức lễ trao giải Olympic tiếng Anh khối THCS. "
            "Hai giải ba thuộc về em Nguyễn Bích Ngọc, trường THCS Trưng Vương.")
    [event] = _events(text)
    assert "Nguyễn Bích Ngọc" in event.attendees


def test_one_who_won_a_prize_once_or_is_compared_with_winners_is_not_a_winner_there():
    text = ("Lễ trao giải Oscar 2021 đã khép lại với chiến thắng của bộ phim Nomadland. "
            "Sau khi giành tượng vàng Oscar, McDormand chỉ còn xếp sau huyền thoại Katharine Hepburn về số lần "
            "giành giải. "
            "Phạm Kim Hùng, lớp 11, khối chuyên toán, từng đạt giải nhất kỳ thi học sinh giỏi quốc gia 2004.")
    for event in _events(text, published="2021-04-25"):
        assert "Katharine Hepburn" not in event.attendees and "Phạm Kim Hùng" not in event.attendees


def test_a_source_speaking_of_the_winners_is_not_one_of_them():
    text = ("Sáng 5-3, tại TP.HCM, Ford Việt Nam tổ chức lễ trao giải cuộc thi tay nghề. "
            "Kỹ thuật viên Lê Văn Đạt của Sai Gon Ford đã đoạt giải nhất. "
            "Kéo dài trong 7 tháng, cuộc thi đã thu hút hơn 500 bài thi từ mọi miền đất nước. "
            "Các tác phẩm này đã phản ánh rõ nét thực tiễn sôi động của phong trào thi đua. "
            "Do vậy, ban giám khảo rất nghiêm túc. "
            "Theo ông Vũ Đình Đông, Trưởng phòng dịch vụ công ty Ford Việt Nam, những kỹ thuật viên đoạt giải phải "
            "có kiến thức sâu rộng về sản phẩm.")
    [event] = _events(text, published="2006-03-06")
    assert "Lê Văn Đạt" in event.attendees and "Vũ Đình Đông" not in event.attendees
