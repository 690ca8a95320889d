"""A foreign leader's government posts named without the country ("Phó Thủ tướng Chính phủ" of a Lao leader,
"Tổng Lãnh sự" of a consul) take the country the sentence or the article names; of a joint body ("Phân ban hợp tác
Lào - Việt Nam") the side named first is the holder's own. A Party post keeps the party's name, no country.
Sentences from real corpus articles (vntc XH_NLD_(4444), XH_TN_(1385), XH_TN_(1508))."""

from kg.extraction import extract
from kg.model import Article


def holdings(text: str, title: str = "") -> set[tuple[str, str]]:
    return {(h.person, h.position) for h in extract(Article("t", title, text)).holdings if not h.former}


def test_a_lao_leaders_government_post_takes_the_country():
    text = ("Chiều 3-5, tại trụ sở Trung ương Đảng, Tổng Bí thư Nông Đức Mạnh đã tiếp thân mật đồng chí Somsavat "
            "Lengsavat, Ủy viên Bộ Chính trị, Phó Thủ tướng Chính phủ, Trưởng Ban Đối ngoại Trung ương, Bộ trưởng Bộ "
            "Ngoại giao Lào cùng Đoàn Đại biểu cấp cao Ban Đối ngoại Trung ương Đảng Nhân dân Cách mạng (NDCM) Lào.")
    found = holdings(text)
    assert ("Somsavat Lengsavat", "Ủy viên Bộ Chính trị") in found
    assert ("Somsavat Lengsavat", "Phó Thủ tướng Chính phủ Lào") in found
    assert ("Nông Đức Mạnh", "Tổng Bí thư") in found


def test_the_side_of_a_joint_body_named_first_is_the_holders():
    text = ("Được sự ủy nhiệm của Đảng Nhân dân cách mạng Lào, Chính phủ nước CHDCND Lào, ngày 12.4, tại Văn phòng "
            "Chính phủ, Ủy viên Bộ Chính trị, Phó thủ tướng Chính phủ, Chủ tịch Phân ban hợp tác Lào - Việt Nam "
            "Thonglun Xixulit đã trao tặng Ủy viên Bộ chính trị, Phó thủ tướng thường trực, Chủ tịch phân ban hợp tác "
            "Việt Nam - Lào Nguyễn Tấn Dũng Huân chương Ixala hạng nhất của Nhà nước Lào.")
    found = holdings(text)
    assert ("Thonglun Xixulit", "Phó thủ tướng Chính phủ Lào") in found


def test_a_consul_general_takes_the_country_of_the_article():
    text = ("Vào lúc 18h giờ ngày 10/4 tại Tổng Lãnh sự quán Úc ở TP.HCM, ông Boris Struk đã trao tấm ngân phiếu "
            "trị giá 330.000 AUD cho ngài Tổng Lãnh sự Mal Skelly.")
    assert ("Mal Skelly", "Tổng Lãnh sự Úc") in holdings(text)
