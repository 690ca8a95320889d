"""'CEO' before a firm's name is the firm's chief executive's post ("CEO Bkav Nguyễn Tử Quảng", "ông Phan Bá Mạnh -
CEO An Vui"); a bare 'CEO' names no firm and gives no holding; 'CEO X' beside 'Tổng Giám đốc X' is one post.
Sentences from real corpus articles (dantri tech_060, tech_220, business_180, tech_061, tech_122)."""

from extracted import current_holdings as holdings


def test_ceo_before_a_firm_and_a_name():
    text = ("Trong một bài đăng của mình trên Facebook cá nhân, CEO Bkav Nguyễn Tử Quảng có động thái thu hút sự chú "
            "ý của dư luận khi phủ nhận công nghệ 5G là dành cho smartphone.")
    assert ("Nguyễn Tử Quảng", "CEO Bkav") in holdings(text)


def test_ceo_of_a_firm_after_a_name():
    text = ("Theo chia sẻ của ông Phan Bá Mạnh - CEO An Vui, công ty bắt đầu được phát triển từ năm 2015, đến nay đã "
            "giúp nhà xe số hóa được hầu hết hoạt động.")
    assert ("Phan Bá Mạnh", "CEO An Vui") in holdings(text)


def test_ceo_with_cua_before_the_firm():
    text = ("Bà Nguyễn Ngọc Hà - CEO của OFOOD - chia sẻ, sự thành công bước đầu với kế hoạch nhượng quyền đều đã nằm "
            "trong tính toán.")
    assert ("Nguyễn Ngọc Hà", "CEO OFOOD") in holdings(text)


def test_a_bare_ceo_is_no_holding():
    text = "Tim Cook chính thức đảm nhiệm vị trí CEO tại Apple từ tháng 8/2011, khi CEO Steve Jobs từ chức."
    assert not {h for h in holdings(text) if h[1] == "CEO"}


def test_ceo_and_general_director_of_one_firm_are_one_holding():
    text = ("Đây là cam kết của ông Sun Bohan - Tổng Giám đốc Huawei Việt Nam tại Hội nghị Hệ sinh thái các đối tác. "
            "Ông Sun Bohan - CEO Huawei Việt Nam, khẳng định sẽ tăng cường hỗ trợ ngành ICT nước ta.")
    assert {p for p in holdings(text) if p[0] == "Sun Bohan"} == {("Sun Bohan", "Tổng Giám đốc Huawei Việt Nam")}
