"""A programme or a fair is an event where the text has one held or attended ("chương trình Tư vấn mùa thi 2006 ...
tiếp tục diễn ra tại ...", "Khách mời tham dự chương trình gồm: A, B", "Tại ngày hội, ông C cho biết"), never a
plan ("chương trình hành động"); a "khách mời" is a guest, not someone invited; "hôm nay (8/3)" is dated by its
brackets (real corpus sentences: vntc-train-XH_TN_(1707), dantri-unc-news_education_224)."""

from kg.extraction import extract
from kg.model import Article

_LEAD = ("14h hôm nay (8/3), chương trình Tư vấn mùa thi 2006 do báo Thanh Niên phối hợp cùng Cty thuốc bổ mắt "
         "Galepo, Đài PTTH tỉnh Bình Thuận tiếp tục diễn ra tại trường PTTH Phan Bội Châu, TP Phan Thiết, Bình Thuận. "
         "Chương trình được truyền hình trực tiếp trên sóng Đài PTTH tỉnh Bình Thuận.\n")


def _events(text: str) -> list[tuple[str | None, list[str]]]:
    return [(e.date, e.attendees) for e in extract(Article("t", "", text)).events]


def test_the_guests_of_a_programme_held_take_part_in_it():
    text = _LEAD + ("Khách mời tham dự chương trình gồm: Thạc sĩ Nguyễn Văn Hiến - Giám đốc Sở GD-ĐT tỉnh Bình Thuận, "
                    "Ông Trần Hữu Dung - Trưởng phòng GD-CN Sở GD-ĐT tỉnh Bình Thuận, TS Nguyễn Đình Hảo - Phó hiệu "
                    "trưởng trường ĐH Đà Lạt.")
    assert _events(text) == [("2006-03-08", ["Nguyễn Văn Hiến", "Trần Hữu Dung", "Nguyễn Đình Hảo"])]


def test_a_plan_called_a_programme_is_no_event():
    text = ("Sáng 8/3/2006, UBND tỉnh Bình Thuận ban hành chương trình hành động phòng chống ma túy. "
            "Ông Hồ Dũng Nhật, Phó chủ tịch UBND tỉnh Bình Thuận cho biết chương trình hành động được tổ chức "
            "thực hiện trong 5 năm.")
    assert _events(text) == []


def test_a_speaker_placed_at_a_fair():
    text = ("Các thí sinh tham dự ngày hội tư vấn tuyển sinh tại Hà Nội. Hàng ngàn thí sinh tìm hiểu thông tin xét "
            "tuyển vào đại học năm 2021. Điểm mới quan trọng năm nay là tăng cường ứng dụng công nghệ thông tin. "
            "Thí sinh có thể đăng ký nguyện vọng trực tuyến.\n"
            "Tại ngày hội, PGS.TS Hoàng Minh Sơn - Thứ trưởng Bộ GD&ĐT cho biết, Bộ GD&ĐT đã công bố dự thảo quy chế "
            "tuyển sinh hệ ĐH, CĐ chính quy năm 2021.")
    assert _events(text) == [(None, ["Hoàng Minh Sơn"])]


def test_a_programme_named_with_its_year_after_a_dash_is_dated_by_it():
    # vntc-train-XH_TN_(1743): the year is in the programme's name, after a dash that ends no span of years
    text = ("Sáng 18/3, tại Trung tâm văn hóa - thông tin tỉnh Quảng Nam, báo Thanh Niên phối hợp với Sở Giáo dục - "
            "Đào tạo, Hội LHTN và Đài phát thanh - truyền hình Quảng Nam tổ chức chương trình \"Tư vấn mùa thi - "
            "2006\".\nThay mặt lãnh đạo tỉnh Quảng Nam, bà Hồ Thị Thanh Lâm - Phó chủ tịch UBND tỉnh cho rằng, "
            "chương trình \"Tư vấn mùa thi\" do báo Thanh Niên tổ chức là một chương trình hay.")
    assert _events(text) == [("2006-03-18", ["Hồ Thị Thanh Lâm"])]


def test_what_a_programme_holds_and_what_money_is_given_at_are_no_event_reported():
    # vntc-test-XH_VNE_T_(5161): the parts of a charity programme, and a source telling where money will go
    text = ("Chương trình gồm 3 hoạt động chính: biểu dương các tập thể, cá nhân có thành tích hoạt động xã hội từ "
            "thiện giai đoạn 2001-2005 (diễn ra tại Hà Nội ngày 13/10/2006); giao lưu các thế hệ con thương binh, liệt "
            "sĩ có thành tích xuất sắc trong lao động học tập (tại TP HCM ngày 20/7/2006).\nTheo Thứ trưởng Bộ Lao "
            "động Thương binh và Xã hội Đàm Hữu Đắc, 10% số tiền đấu giá dành tặng con thương binh, liệt sĩ tiêu biểu "
            "tại chương trình giao lưu các thế hệ con thương binh, liệt sĩ; 45% ủng hộ Quỹ đền ơn đáp nghĩa để xây "
            "nhà cho thương binh đang gặp khó khăn về nhà ở.")
    assert _events(text) == []
