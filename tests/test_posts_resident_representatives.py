"""An international agency's resident head ("đại diện thường trú UNDP", "Điều phối viên thường trú Liên Hiệp Quốc")
holds a post; a firm's resident representative does not (bound_roles.tsv). Sentence from a real corpus article."""

from extracted import current_holdings as holdings


def test_resident_representative_and_coordinator_of_the_un():
    text = ("Thủ tướng Phan Văn Khải đã đến dự và phát biểu ý kiến. Ngài Jordan Ryan, đại diện thường trú UNDP và "
            "Điều phối viên thường trú Liên Hiệp Quốc, cho rằng Việt Nam đã đạt nhiều thành tựu.")
    got = holdings(text)
    assert ("Jordan Ryan", "Đại diện thường trú UNDP") in got
    assert ("Jordan Ryan", "Điều phối viên thường trú Liên Hiệp Quốc") in got


def test_a_firms_resident_representative_holds_no_post():
    text = "Ông Nguyễn Văn Hùng, đại diện thường trú của công ty Alpha tại Hà Nội, cho biết giá sẽ tăng."
    assert not any("thường trú" in post for _, post in holdings(text))
