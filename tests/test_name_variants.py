"""One person written with and without the middle name `Thị`/`Văn` of a Vietnamese full name (corpus sentences)."""

from kg.extraction.pipeline import extract
from kg.model import Article

_HOA = ("Bà Dương Thị Quỳnh Hoa cũng làm trong ngành y, nhưng hàng ngày hàng giờ phải chống chọi với bệnh tật. "
        "Những nạn nhân đầu tiên đưa đơn kiện là GS Phan Thị Phi Phi (Hà Nội), cựu chiến binh Nguyễn Văn Quý "
        "(Hải Phòng) và {} Dương Quỳnh Hoa (TP HCM).")


def _persons(text: str) -> set[str]:
    return {p.name for p in extract(Article(id="t", title="", text=text)).persons}


def test_name_without_thi_is_the_woman_named_with_it() -> None:
    persons = _persons(_HOA.format("bà"))
    assert "Dương Thị Quỳnh Hoa" in persons
    assert "Dương Quỳnh Hoa" not in persons


def test_short_name_a_man_is_addressed_by_is_another_person() -> None:
    assert {"Dương Thị Quỳnh Hoa", "Dương Quỳnh Hoa"} <= _persons(_HOA.format("ông"))


def test_given_name_alone_goes_to_the_one_person_of_both_writings() -> None:
    text = ("Liên đoàn bóng chuyền Việt Nam cảnh cáo HLV Kim Huệ và 3 VĐV Nguyễn Thu Hoài, Nguyễn Thị Ninh Anh, "
            "Hoàng Thị Phương Anh. Quyết định cảnh cáo 3 VĐV Nguyễn Thu Hoài, Hoàng Thị Phương Anh và Nguyễn Ninh "
            "Anh. Các trụ cột Thu Hoài, Phương Anh và Ninh Anh cũng theo chân HLV Phạm Thị Kim Huệ.")
    persons = _persons(text)
    assert {"Nguyễn Thị Ninh Anh", "Phạm Thị Kim Huệ"} <= persons
    assert not persons & {"Nguyễn Ninh Anh", "Ninh Anh", "Kim Huệ"}
