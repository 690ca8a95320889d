"""Posts written with an HTML-escaped ampersand, shared over lists of names, or named by a lower-case field;
sentences from real corpus articles."""

from kg.extraction import extract
from kg.model import Article


def holdings(text: str, published: str | None = None) -> set[tuple[str, str]]:
    facts = extract(Article("t", "", text, published))
    return {(h.person, h.position) for h in facts.holdings if not h.former}


def test_an_escaped_ampersand_stays_inside_the_body():
    text = ("Trong khi đó, ông Kiều Văn Chuế, phó giám đốc Sở NN&amp;PTNT Bến Tre, cho biết do tỉnh này còn gặp "
            "nhiều khó khăn nên đến nay vẫn quyết định hỗ trợ theo mức của Chính phủ ban hành.")
    assert holdings(text) == {("Kiều Văn Chuế", "Phó giám đốc Sở Nông nghiệp và Phát triển nông thôn Bến Tre")}
    text = ("Cũng theo Thứ trưởng Phạm Hồng Giang, ngay ngày mai (16-11) quyền bộ trưởng Bộ NN&amp;PTNT Cao Đức Phát "
            "cùng đoàn công tác đặc biệt của bộ sẽ đến các tỉnh khu vực Tây nguyên.")
    assert ("Cao Đức Phát", "Quyền Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn") in holdings(text)


def test_a_bare_deputy_in_an_article_about_the_assembly():
    text = ("Quốc hội bức xúc trước tình trạng nông dân mất đất. Đại biểu Bùi Ngọc Thanh đưa ra một phép tính khiến "
            "nhiều người giật mình. Bà Xinh đề nghị Quốc hội cho điều tra lại toàn bộ số nông dân mất việc làm.")
    assert holdings(text) == {("Bùi Ngọc Thanh", "Đại biểu Quốc hội")}
    text = ("Cùng đề cập đến vấn đề trên, đại biểu Nguyễn Thị Kim Thúy (TP Đà Nẵng) cũng chỉ rõ. Một là cơ quan báo "
            "chí thuộc cơ quan Đảng, Quốc hội, Chính Phủ. Quốc hội thảo luận.")
    assert holdings(text) == {("Nguyễn Thị Kim Thúy", "Đại biểu Quốc hội thành phố Đà Nẵng")}
    # the board of deputies' affairs is no deputy; a conference's delegates are no deputies
    text = ("Đề cập về nguyên tắc phân bổ đại biểu Quốc hội, theo Trưởng ban Công tác đại biểu Nguyễn Thị Thanh, các "
            "ứng viên do Bộ Chính trị phân công. Tổng thư ký Quốc hội Bùi Văn Cường cho biết.")
    assert ("Nguyễn Thị Thanh", "Đại biểu Quốc hội") not in holdings(text)
    text = ("Tại hội nghị, đại biểu Trần Văn Nam cho rằng cần sửa luật. Hội nghị góp ý dự thảo Luật trình Quốc hội. "
            "Các đại biểu hội nghị đồng tình.")
    assert holdings(text) == set()


def test_a_bare_chairman_in_an_article_about_the_assembly():
    text = ("Nếu Chính phủ không quyết được thì đưa ra Quốc hội xin ý kiến. Phó chủ tịch Trương Quang Được đề nghị "
            "Bộ trưởng Chiến có ý kiến, nhưng bà đã im lặng. Phiên chất vấn của Quốc hội kết thúc.")
    assert holdings(text) == {("Trương Quang Được", "Phó chủ tịch Quốc hội")}
    # the state's chairman, named so elsewhere in the article, is no chairman of the Quốc hội
    text = ("Chủ tịch Trần Đức Lương dự Diễn đàn doanh nghiệp. Sáng qua, Chủ tịch nước Trần Đức Lương đã gặp bà Szili "
            "Katalin, Chủ tịch Quốc hội Hungary. Quốc hội hai nước hợp tác.")
    assert ("Trần Đức Lương", "Chủ tịch Quốc hội") not in holdings(text)


def test_the_head_of_a_body_named_in_apposition():
    text = ("Anil Ranjith, người đứng đầu Hội đồng Quản lý Năng lượng Nguyên tử của Sri Lanka, cho biết. "
            "Con tàu đã rời cảng.")
    assert holdings(text) == {("Anil Ranjith", "Người đứng đầu Hội đồng Quản lý Năng lượng Nguyên tử Sri Lanka")}
    # a title before the name stays the name's
    text = ("Trước đó, Chủ tịch Real Madrid, Florentino Perez, người đứng đầu European Super League từng lên tiếng "
            "thách thức FIFA.")
    assert holdings(text) == {("Florentino Perez", "Chủ tịch Real Madrid"),
                              ("Florentino Perez", "Người đứng đầu European Super League")}
    # a description, a body cut short, or the top of a chart is no post
    text = "Ông Nguyễn Văn A cho biết khi xảy ra tham nhũng, người đứng đầu cơ quan đó vẫn đứng ngoài cuộc."
    assert holdings(text) == set()
    text = "Năm ngoái, danh hiệu thuộc về Taylor Swift, người đứng đầu BXH Billboard 200 album với siêu phẩm 1989."
    assert holdings(text) == set()


def test_a_unit_written_short_is_spelt_out_in_the_label():
    text = ("Ông Hoàng Công Khôi, chủ tịch UBND Q.Hoàn Kiếm, cho rằng các hộ dân sống trong những khu phố cổ "
            "trên địa bàn quận quá chật chội.")
    assert holdings(text) == {("Hoàng Công Khôi", "Chủ tịch Ủy ban nhân dân quận Hoàn Kiếm")}
    text = ("Trung tá Đặng Ngọc Vinh (trưởng Công an P.27) cùng trung sĩ Phạm Ngọc Huy và nhiều người dân đã phá "
            "cửa cứu người.")
    assert holdings(text) == {("Đặng Ngọc Vinh", "Trưởng Công an phường 27")}


def test_a_title_after_on_behalf_of_is_the_office_represented():
    text = ("Chiều 10-8, thay mặt Thủ tướng Chính phủ, Phó Thủ tướng Nguyễn Tấn Dũng đã gửi Công điện khẩn đến các "
            "địa phương.")
    assert holdings(text) == {("Nguyễn Tấn Dũng", "Phó Thủ tướng")}


def test_border_and_forest_commanders_and_a_province_ending_a_body():
    text = ("Trước sự việc trên, chúng tôi liên hệ với Đại tá Trần Thanh Bình - Phó Chỉ huy trưởng Bộ đội biên phòng "
            "tỉnh Gia Lai thì nhận được câu trả lời.")
    assert holdings(text) == {("Trần Thanh Bình", "Phó Chỉ huy trưởng Bộ đội biên phòng tỉnh Gia Lai")}
    text = ("Ngày 9-10, thiếu tá Nguyễn Văn Thanh, Phó đồn trưởng Đồn Biên phòng 328 (Lý Sơn, Quảng Ngãi), cho biết "
            "chiếc tàu có công suất 90CV.")
    assert holdings(text) == {("Nguyễn Văn Thanh", "Phó đồn trưởng Đồn Biên phòng 328")}
    text = "Thượng tá Trần Tuấn Anh - Phó Chỉ huy trưởng Bộ đội Biên phòng Quảng Trị kiểm tra tại các chốt kiểm soát."
    assert holdings(text) == {("Trần Tuấn Anh", "Phó Chỉ huy trưởng Bộ đội Biên phòng Quảng Trị")}


def test_a_bare_board_title_takes_the_company_its_sentence_names():
    text = ("Tại đại hội cổ đông thường niên 2021 của Tập đoàn Hòa Phát, Chủ tịch HĐQT Trần Đình Long đã trả lời câu "
            "hỏi của cổ đông. Công ty TNHH Ernst & Young kiểm toán báo cáo tài chính của Ngân hàng Nhà nước.")
    assert holdings(text) == {("Trần Đình Long", "Chủ tịch HĐQT Tập đoàn Hòa Phát")}


def test_a_queen_of_a_field_is_a_byname():
    text = ("Nữ hoàng sắc đẹp Pushpika De Silva, 31 tuổi, đã được trao danh hiệu Hoa hậu quý bà Sri Lanka trong đêm "
            "chung kết.")
    assert holdings(text) == set()
    text = "Nữ hoàng Anh Elizabeth II đã gửi lời chia buồn."
    assert {position for _, position in holdings(text)} == {"Nữ hoàng Anh"}


def test_a_title_in_apposition_takes_its_lower_case_body():
    text = ("Ông Hứa Công Ảnh, Đội trưởng chống lậu Cục Hải quan Lạng Sơn, cho hay, càng vào những ngày cận Tết, "
            "hàng lậu càng nhiều.")
    assert holdings(text) == {("Hứa Công Ảnh", "Đội trưởng chống lậu Cục Hải quan Lạng Sơn")}
    text = ("Cứ dưới 500.000 đồng thì không được phép tính thuế, anh Bế Thái Hưng, Đội trưởng đội nghiệp vụ hải quan "
            "Tân Thanh than thở.")
    assert holdings(text) == {("Bế Thái Hưng", "Đội trưởng đội nghiệp vụ hải quan Tân Thanh")}
    # a body already named keeps its end; a clause after it is no part of it
    text = ("Điều này trái ngược với người tiền nhiệm Donald Trump - tổng thống Mỹ đầu tiên trong nhiều thập niên "
            "không đến thăm châu Phi khi còn đương nhiệm.")
    assert holdings(text) == {("Donald Trump", "Tổng thống Mỹ")}


def test_a_title_before_a_name_takes_its_lower_case_body():
    text = "Trưởng trạm thu phí cầu Mỹ Thuận Trương Văn Vinh cho biết: từ ngày 1-1, trạm sẽ thu phí theo mức mới."
    assert holdings(text) == {("Trương Văn Vinh", "Trưởng trạm thu phí cầu Mỹ Thuận")}
    text = ("Trước thực trạng này, Chủ tịch Uỷ ban An toàn giao thông quốc gia, Bộ trưởng bộ GTVT Đào Đình Bình đã "
            "gửi công điện yêu cầu các địa phương.")
    assert ("Đào Đình Bình", "Bộ trưởng Bộ Giao thông vận tải") in holdings(text)


def test_a_party_committee_is_named_with_its_place_alone():
    text = "Bí thư Tỉnh ủy tỉnh Hà Nam Lê Thị Thủy chỉ đạo tại cuộc họp."
    assert holdings(text) == {("Lê Thị Thủy", "Bí thư Tỉnh ủy Hà Nam")}


def test_apposed_title_over_an_indefinite_body_is_a_description():
    # ViMs corpus: "Giám đốc một doanh nghiệp" (the director of a business) names no body
    text = ("Công an tỉnh tổ chức họp báo về vụ án bắn chết ông Lê Hữu Trí, Giám đốc một doanh nghiệp trên địa "
            "bàn tỉnh Hà Nam vào chiều ngày 4/7. Ông Nguyễn Văn Cường, Trưởng phòng nghiên cứu phát triển "
            "Vietravel, cho biết thêm.")
    facts = extract(Article("t", "", text))
    labels = {(h.person, h.position) for h in facts.holdings}
    assert not any(p == "Lê Hữu Trí" for p, _ in labels)
    assert ("Nguyễn Văn Cường", "Trưởng phòng nghiên cứu phát triển Vietravel") in labels
