"""A bare minister in the headline of a related article listed at the end ("Bộ trưởng Mai Ái Trực thừa nhận yếu kém
trong quản lý đất(10/06/2004)") keeps the bare title: the ministry of the article around it is not his. Text from the
real corpus article vntc-train-XH_VNE_(468)."""

from extracted import current_holdings as holdings

_BODY = ("Trăn trở tìm lối ra cho nông dân mất đất sản xuất\n"
         "Bộ Lao động Thương binh và Xã hội cần hỗ trợ các địa phương. Bộ Lao động Thương binh và Xã hội đề xuất đề án "
         "dạy nghề. Nguồn kinh phí từ đề án dạy nghề cho nông dân sẽ giúp các địa phương đào tạo nghề, giải quyết việc "
         "làm cho số nông dân mất đất sản xuất.\n")


def test_a_related_headline_keeps_the_bare_title():
    text = _BODY + "Bộ trưởng Mai Ái Trực thừa nhận yếu kém trong quản lý đất(10/06/2004)\nQuốc hội bức xúc trước"
    assert ("Mai Ái Trực", "Bộ trưởng") in holdings(text)


def test_the_article_itself_fills_the_bare_title():
    text = _BODY + "Bộ trưởng Nguyễn Thị Hằng cho biết sẽ trình Chính phủ đề án trong tháng tới."
    assert ("Nguyễn Thị Hằng", "Bộ trưởng Bộ Lao động - Thương binh và Xã hội") in holdings(text)
