"""A landmark or dwelling noun before a capitalised name makes it the place's name, not a person's (corpus
sentences)."""

from kg.extraction.pipeline import extract
from kg.model import Article


def _persons(text: str) -> set[str]:
    return {p.name for p in extract(Article(id="t", title="", text=text)).persons}


def test_book_street_named_after_a_person_is_no_person() -> None:
    text = ("Theo vị này, hiện TP.HCM có một số điểm phát WiFi miễn phí chất lượng tốt là phố đi bộ Nguyễn Huệ và "
            "đường sách Nguyễn Văn Bình.")
    assert "Nguyễn Văn Bình" not in _persons(text)


def test_shrine_and_tunnel_are_no_persons() -> None:
    text = ("Trên đường đi viếng thánh địa La Vang, cầu treo Đakrông, làng Vây, đoàn dừng nghỉ chân tại biển Lăng "
            "Cô trước khi xuyên qua đường hầm Đèo Hải Vân đến Đà Nẵng.")
    assert not _persons(text) & {"La Vang", "Đèo Hải Vân"}


def test_dormitory_manager_stays_a_person() -> None:
    text = ("Có thể bằng hình thức này hay hình thức khác, mọi người đều có thể thưởng thức Euro mà vẫn hoàn thành "
            "tốt công việc của mình, ông Đào Văn Hải, Trưởng ban quản lý kí túc xá Mễ Trì khẳng định: \"Đối với sinh "
            "viên, đây là nhu cầu chính đáng và điều kiện của khu ký túc có thể đáp ứng được.\"")
    persons = _persons(text)
    assert "Đào Văn Hải" in persons
    assert "Mễ Trì" not in persons
