"""A bare school head before a name belongs to the one school the article names; sentences from real corpus
articles."""

from kg.extraction import extract
from kg.model import Article


def holdings(text: str) -> set[tuple[str, str]]:
    return {(h.person, h.position) for h in extract(Article("t", "", text)).holdings}


def test_bare_principal_takes_the_one_school_named():
    text = ("Sáng 21/7, khá đông thí sinh đăng ký dự thi tuyển sinh vào CĐ Sư phạm Quảng Nam năm 2005 đã tập trung.\n"
            "Hiệu trưởng Lê Duy Phát cho biết, vì quyền lợi của 75 thí sinh, trường sẽ tổ chức thi lại.")
    assert holdings(text) == {("Lê Duy Phát", "Hiệu trưởng CĐ Sư phạm Quảng Nam")}


def test_two_schools_leave_the_principal_bare():
    text = ("Theo Vụ trưởng Vụ Đại học Trần Thị Hà, CĐ Công nghiệp Hà Nội là trường có số thí sinh đăng ký cao nhất, "
            "hơn ĐH Bách khoa Hà Nội.\nTheo Hiệu trưởng Hoàng Văn Điện, gần 36.000 thí sinh đã đến dự thi.")
    assert not any(p.startswith("Hiệu trưởng ") for _, p in holdings(text))


def test_islands_are_no_school():
    text = ("Quần đảo Trường Sa thuộc tỉnh Khánh Hòa. Trường Tiểu học Phước Bình tổ chức quyên góp.\n"
            "Hiệu trưởng Nguyễn Thị Thu Hiền cho biết đã gửi 20 triệu đồng.")
    assert holdings(text) == {("Nguyễn Thị Thu Hiền", "Hiệu trưởng Trường Tiểu học Phước Bình")}
