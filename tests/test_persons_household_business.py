"""A household business named after its owner ('hộ kinh doanh Trương Thị Kim Nguyệt' in a list of firms,
'hộ kinh doanh Nguyễn Bá Chứ, hộ kinh doanh Nguyễn Trọng Du' among fined paper mills) is a business, not a person the
article reports on, as 'DNTN' and 'doanh nghiệp tư nhân' already were (name_blockers.txt). Sentences from real corpus
articles outside the gold sets (vims-Cluster_035-233, vims-Cluster_035-234)."""

from kg.extraction import extract
from kg.model import Article


def _persons(text: str) -> set[str]:
    return {p.name for p in extract(Article("t", "", text)).persons}


def test_a_household_business_in_a_list_of_firms_is_no_person():
    text = ("Trong danh sách của Cục Quản lý cạnh tranh cung cấp, 14 doanh nghiệp chưa thực hiện thủ tục đăng ký cấp "
            "Giấy chứng nhận hoạt động bán hàng đa cấp với cơ quan có thẩm quyền bao gồm: Hộ kinh doanh Trương Thị Kim "
            "Nguyệt ở Thị trấn Bắc Trà My, tỉnh Quảng Nam; Công ty Cổ phần BigForest.")
    assert _persons(text) == set()
    text = ("Công ty CP Khoa học Công nghệ Trường Sinh; Công ty CP Đầu tư thương mại Phúc Gia Bảo 68 và hộ kinh doanh "
            "Trương Thị Kim Nguyệt.")
    assert "Trương Thị Kim Nguyệt" not in _persons(text)


def test_the_owner_named_as_a_person_stays_one():
    assert _persons("Ông Nguyễn Văn Hùng, chủ hộ kinh doanh, cho biết.") == {"Nguyễn Văn Hùng"}
