"""Two names joined by a dash after a road or route word earlier in the sentence name a route or a road by its two
ends ("5 tuyến là Trần Khánh Dư - Mỹ Đình", "các tuyến phố Hàng Da - Quán Sứ, Cầu Gỗ - Lò Sũ"): streets and bus
terminals, no persons. Sentences from real corpus articles outside the gold sets (vntc-test-XH_VNE_T_(7278),
vntc-test-XH_VNE_T_(2315)). A pair of persons with no road word stays: tests/test_persons_s9_waterway_pair.py."""

from kg.extraction import extract
from kg.model import Article


def _persons(text: str) -> set[str]:
    return {p.name for p in extract(Article("t", "", text)).persons}


def test_a_bus_route_by_its_two_ends_names_no_person():
    text = ("Trong đó, Công ty cổ phần Vận tải du lịch thương mại Đông Anh đã trúng thầu một tuyến là Mỹ Đình - Cổ "
            "Loa, Công ty TNHH Bắc Hà trúng thầu 5 tuyến là Trần Khánh Dư - Mỹ Đình, Nghi Tàm - Bến xe Giáp Bát, Kim "
            "Ngưu - Đức Giang, ga Hà Nội - thị trấn Đông Anh, Trần Khánh Dư - Đông Ngạc.")
    assert "Trần Khánh Dư" not in _persons(text)
    text = ("Theo Sở Giao thông công chính, trước mắt sẽ tiếp tục triển khai các biện pháp hạn chế tai nạn và giảm ùn "
            "tắc giao thông như phân luồng đi một chiều trên các tuyến phố Hàng Da - Quán Sứ, Cầu Gỗ - Lò Sũ.")
    assert "Lò Sũ" not in _persons(text)



def test_a_ranked_person_before_a_dash_and_a_title_stays():
    text = ("Tổng công ty Đường sắt Việt Nam và đại tá Nguyễn Thanh Toàn - Phó giám đốc Công an tỉnh Thừa Thiên - Huế "
            "đã có mặt.")
    assert "Nguyễn Thanh Toàn" in _persons(text)
