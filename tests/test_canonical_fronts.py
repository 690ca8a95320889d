"""Post labels of the front (fronts.tsv): the front's officers hold posts of its committee, the country's front is
its central committee, and a local committee's label drops the country. Sentences from real corpus articles (vntc
XH_VNE_T_(3398), XH_TT_(3498), vims Cluster_053-357)."""

from kg.extraction import extract
from kg.extraction.canonical import label
from kg.model import Article


def holdings(text: str) -> list[tuple[str, str]]:
    return [(h.person, h.position) for h in extract(Article("t", "", text)).holdings if not h.former]


def test_the_country_s_front_is_its_central_committee():
    text = ("Tới viếng và dâng hương mặc niệm có Thủ tướng Phan Văn Khải, Chủ tịch Mặt trận Tổ quốc Việt Nam Phạm "
            "Thế Duyệt.")
    assert ("Phạm Thế Duyệt", "Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam") in holdings(text)


def test_a_local_front_s_chair_chairs_its_committee():
    text = ("Theo bà Lê Thị Bình, chủ tịch MTTQ quận Phú Nhuận, MTTQ quận đã giúp đỡ các hộ dân 27 triệu đồng.")
    assert holdings(text) == [("Lê Thị Bình", "Chủ tịch Ủy ban Mặt trận Tổ quốc quận Phú Nhuận")]


def test_a_local_committee_drops_the_country():
    assert label("Chủ tịch", "Ủy ban Mặt trận Tổ quốc Việt Nam thành phố Đà Nẵng", "")[0] \
        == "Chủ tịch Ủy ban Mặt trận Tổ quốc thành phố Đà Nẵng"


def test_a_front_s_own_board_keeps_its_name():
    assert label("Trưởng Ban", "Tư vấn Tôn giáo Mặt trận Tổ quốc VN", "")[0] \
        == "Trưởng Ban Tư vấn Tôn giáo Mặt trận Tổ quốc Việt Nam"

