"""A visitor of the visit being reported who 'sẽ thăm X' (will visit X) tells the visit's next leg: X is one of its
places; a new, dated trip ('sẽ thăm ... Campuchia từ ngày 6 đến 8-3-2006') is another visit. Real corpus texts."""

from kg.extraction import extract
from kg.model import Article


def test_the_visitors_next_legs_are_places_of_the_visit():
    # vntc-train-XH_VNE_(32)
    text = ("Vua và Hoàng hậu Thụy Điển sẽ thăm Việt Nam\nChuyến thăm chính thức đầu tiên của người đứng đầu Hoàng "
            "gia Thụy Điển, Vua Carl XVI Gustaf và phu nhân "
            "Silvia, sẽ diễn ra từ ngày 2 đến 7/2, trong bối cảnh hai nước kỷ niệm 35 năm ngày thiết lập quan hệ "
            "ngoại giao.\nNgoài những cuộc tiếp xúc với các quan chức chủ nhà, dịp này, Vua Carl XVI Gustaf và Hoàng "
            "hậu sẽ tới thăm một số công trình hợp tác song phương tại Phú Thọ, Vĩnh Phúc cũng như một số danh lam "
            "thắng cảnh của Việt Nam.")
    events = extract(Article("t", "Vua và Hoàng hậu Thụy Điển sẽ thăm Việt Nam", text)).events
    assert {"Phú Thọ", "Vĩnh Phúc"} <= {loc for e in events for loc in e.locations}


def test_a_new_dated_trip_is_no_leg_of_the_visit():
    # vntc-train-XH_NLD_(5228): a report of the visit to Indonesia ends with the next trip, to Cambodia
    text = ("Ngày 23-2, Việt Nam và Indonesia đã ra Tuyên bố báo chí chung về chuyến thăm chính thức Indonesia của "
            "Thủ tướng Phan Văn Khải, trong đó khẳng định hai nước cam kết mở rộng và làm sâu sắc thêm mối quan hệ "
            "song phương.\nThủ tướng Chính phủ Phan Văn Khải sẽ thăm hữu nghị chính thức Campuchia từ ngày 6 đến "
            "8-3-2006 theo lời mời của Thủ tướng Hun Sen để trao đổi các biện pháp củng cố quan hệ hữu nghị truyền "
            "thống và hợp tác toàn diện giữa hai nước.")
    events = extract(Article("t", "", text)).events
    assert "Campuchia" not in {loc for e in events for loc in e.locations}
