"""One post written with and without the unit word before its place is one holding; sentences from a real corpus
article."""

from kg.extraction import extract
from kg.model import Article


def test_post_written_with_and_without_tinh_is_one_holding():
    text = ("Ngày 13/4, ông Đoàn Tấn Bửu - Phó Chủ tịch UBND tỉnh Đồng Tháp làm việc với Sở GD - ĐT tỉnh Đồng Tháp. "
            "Ông Nguyễn Thanh Danh, Phó giám đốc Sở Giáo dục và Đào tạo Đồng Tháp cho biết sẽ kiểm tra lại. "
            "Theo Phó Giám đốc Sở Giáo dục và Đào tạo tỉnh Đồng Tháp Nguyễn Thanh Danh, việc này cần làm rõ.")
    got = [h.position for h in extract(Article("t", "", text)).holdings if h.person == "Nguyễn Thanh Danh"]
    assert got == ["Phó giám đốc Sở Giáo dục và Đào tạo Đồng Tháp"]


def test_a_shorter_spelling_before_a_comma_goes_into_the_fuller_post():
    text = ("GS.TSKH Nguyễn Đình Đức - Trưởng ban Đào tạo cho biết, ĐHQGHN đã đào tạo 653 sinh viên. "
            "GS.TSKH Nguyễn Đình Đức - Trưởng ban Đào tạo, ĐH QGHN.")
    got = [h.position for h in extract(Article("t", "", text)).holdings if h.person == "Nguyễn Đình Đức"]
    assert got == ["Trưởng ban Đào tạo, Đại học QGHN"]


def test_a_shorter_spelling_before_a_comma_and_the_parent_body():
    text = ("PGS.TS Mai Duy Tôn, Giám đốc Trung tâm Đột quỵ, Bệnh viện Bạch Mai cho biết tại Hội nghị Khoa học. "
            "Theo Giám đốc Trung tâm Đột quỵ Mai Duy Tôn, số ca đột quỵ đang tăng.")
    got = [h.position for h in extract(Article("t", "", text)).holdings if h.person == "Mai Duy Tôn"]
    assert got == ["Giám đốc Trung tâm Đột quỵ, Bệnh viện Bạch Mai"]
