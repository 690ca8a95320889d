"""In a report on the deputies of the Quốc hội speaking, a name with a province in brackets is a deputy of that
province even with no 'ĐB' just before it: a list's later names ("các ĐB Bùi Văn Phong (Hòa Bình), Nguyễn Ngọc
Minh (Ninh Thuận)"), a title before the name, or a plain 'Ông'/'Bà'. Sentences from real corpus articles (vntc
XH_TT_(3007), XH_NLD_(4081), XH_TT_T_(10014))."""

from extracted import current_holdings as holdings


def test_every_name_of_a_deputies_list_takes_its_province():
    text = ("Quốc hội thảo luận dự thảo Bộ luật dân sự. Ngay sau đó, các ĐB Bùi Văn Phong (Hòa Bình), Võ Minh Phương "
            "(Lâm Đồng), Nguyễn Ngọc Minh (Ninh Thuận) cũng đều “đặt hàng” ban soạn thảo trước khi trình QH thông qua "
            "ở kỳ họp tới.")
    found = holdings(text)
    assert ("Võ Minh Phương", "Đại biểu Quốc hội tỉnh Lâm Đồng") in found
    assert ("Nguyễn Ngọc Minh", "Đại biểu Quốc hội tỉnh Ninh Thuận") in found


def test_a_plain_name_with_a_province_in_a_debate_of_the_deputies():
    text = ("Sáng nay 10-6, QH tiếp tục tiến hành phiên họp chất vấn, trong đó nổi lên vấn đề tiền lương. Trả lời các "
            "ĐB QH về quỹ lương, Bộ trưởng Hùng cho biết như vậy. Bất hợp lý trong phân phối tiền lương là vấn đề "
            "được các ĐB đề cập nhiều nhất. Bà Nguyễn Thị Tuyết Nga (Hà Tĩnh) hỏi: Một GV có học hàm là tiến sĩ thì "
            "lương cũng chỉ bằng mức lương của GV cao đẳng.")
    assert ("Nguyễn Thị Tuyết Nga", "Đại biểu Quốc hội tỉnh Hà Tĩnh") in holdings(text)


def test_a_titled_deputy_keeps_the_title_and_takes_the_province():
    text = ("Các ĐB Quốc hội chất vấn Bộ trưởng Bộ Giao thông vận tải tại kỳ họp Quốc hội. “Lộ trình này sẽ kéo dài "
            "trong thời gian bao lâu?” - phó chủ nhiệm Ủy ban Văn hóa, giáo dục, thanh niên, thiếu niên và nhi đồng "
            "Trương Thị Mai (Trà Vinh) hỏi.")
    assert ("Trương Thị Mai", "Đại biểu Quốc hội tỉnh Trà Vinh") in holdings(text)


def test_a_name_with_a_province_outside_the_quoc_hoi_is_no_deputy():
    text = "Bà Nguyễn Thị Tuyết Nga (Hà Tĩnh) cho biết gia đình bà đã trồng cam được mười năm."
    assert not {p for p in holdings(text) if p[0] == "Nguyễn Thị Tuyết Nga"}
