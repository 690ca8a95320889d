"""A department's parent written in brackets after it ("Trưởng phòng Giáo dục tiểu học (Sở GD-ĐT Hà Nội)",
"trưởng phòng môi trường (sở Tài nguyên - môi trường)") belongs to the post, as a parent after a comma does.
Sentences from real corpus articles (vntc XH_TT_(3145), XH_TT_(3578), XH_VNE_T_(4701), vims Cluster_099-644)."""

from kg.extraction import extract
from kg.model import Article


def positions(text: str, person: str) -> set[str]:
    return {h.position for h in extract(Article("t", "", text)).holdings if h.person == person}


def test_a_provincial_department_in_brackets_completes_the_unit():
    text = ("Ông Lê Sơn, trưởng phòng môi trường (sở Tài nguyên - môi trường) nói: “Với các thông số này thì cuộc sống "
            "của người dân Phù Lưu đã bị ảnh hưởng nghiêm trọng”.")
    assert positions(text, "Lê Sơn") == {"Trưởng phòng môi trường Sở Tài nguyên - môi trường"}


def test_an_inspectorate_in_brackets_completes_the_unit():
    text = ("Thời gian thanh tra trong 30 ngày, do bà Nguyễn Thanh Phước, trưởng phòng thanh tra kinh tế 1 (Thanh tra "
            "TP.HCM), làm trưởng đoàn.")
    assert "Trưởng phòng thanh tra kinh tế 1 Thanh tra thành phố Hồ Chí Minh" in positions(text, "Nguyễn Thanh Phước")


def test_a_centres_institute_in_brackets():
    text = ("Tiến sĩ Nguyễn Việt Cường, Giám đốc Trung tâm Vật liệu và môi trường khắc nghiệt (Viện Cơ học) cho biết, "
            "gió Lào thực chất là gió tây nam.")
    assert positions(text, "Nguyễn Việt Cường") == {"Giám đốc Trung tâm Vật liệu và môi trường khắc nghiệt Viện Cơ học"}


def test_a_parent_and_its_ministry_in_brackets():
    text = "Ông Nguyễn Văn Hiếu, Trưởng phòng Báo chí (Cục Báo chí, Bộ TT&TT) cho biết như vậy."
    assert positions(text, "Nguyễn Văn Hiếu") == {"Trưởng phòng Báo chí Cục Báo chí, Bộ Thông tin và Truyền thông"}


def test_brackets_holding_more_than_a_parent_are_left_out():
    text = "Ông Lê Sơn, trưởng phòng môi trường (sở Tài nguyên - môi trường thực hiện) nói như vậy."
    assert positions(text, "Lê Sơn") == {"Trưởng phòng môi trường"}
