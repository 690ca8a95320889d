"""A headline glued to the lead by the outlet's tag that tells no event ('Số hộ nghèo ở VN chiếm tỉ lệ 22% (NLĐ)
- ...') places nothing; one that names the occasion ('Kỷ niệm Quốc khánh Ấn Độ tại TPHCM (NLĐ)- ...') keeps its place
(corpus)."""

from kg.extraction import extract
from kg.model import Article


def _locations(text: str) -> list[list[str]]:
    return [e.locations for e in extract(Article("t", "", text, published="2006-03-19")).events]


def test_a_glued_headline_that_tells_no_event_places_nothing():
    # vntc-test-XH_NLD_T_(9259)
    text = ("Hàm lượng dioxin ở VN lớn hơn số liệu từng công bố (NLĐ)- Hội thảo khoa học quốc tế “Nạn nhân chất độc "
            "da cam/dioxin VN- Những điều mong muốn” do Trung tâm Nghiên cứu giới, gia đình và môi trường tổ chức đã "
            "khai mạc sáng 16-3, tại Hà Nội. Phát biểu tại hội thảo, ông Nguyễn Trọng Nhân cho biết.")
    assert ["Hà Nội"] in _locations(text)


def test_a_glued_headline_that_names_the_occasion_keeps_its_place():
    # vntc-train-XH_NLD_(4832)
    text = ("Kỷ niệm Quốc khánh Ấn Độ tại TPHCM (NLĐ)- Ngày 25-1, Liên hiệp Các tổ chức hữu nghị TPHCM và Sở Ngoại "
            "vụ phối hợp với Tổng Lãnh sự quán Ấn Độ tại TPHCM tổ chức kỷ niệm lần thứ 56 Quốc khánh Cộng hòa Ấn Độ "
            "(26.1.1950-26.1.2006).\nPhát biểu khai mạc buổi lễ, Chủ tịch Hội Hữu nghị Việt Nam - Ấn Độ tại TPHCM "
            "Huỳnh Thành Lập đã điểm lại chặng đường hợp tác hữu nghị giữa hai nước.")
    assert any("Hồ Chí Minh" in locs for locs in _locations(text))
