"""A person who chairs (`dưới sự chủ trì của`) in a sentence with no event noun and no full date holds a meeting: the
chair of an undated event (real corpus sentences: dantri-unc-news_society_097, vntc-train-XH_NLD_(4238),
dantri-unc-news_business_049)."""

from kg.extraction import extract
from kg.model import Article

_LEAD = ("TP. Hà Nội rà soát có khoảng 1.579 nhà chung cư cũ, gồm 1.273 nhà thuộc 76 khu chung cư cũ và 306 chung cư "
         "cũ độc lập. Nhiều nhà không được sửa chữa, bảo trì thường xuyên nên xuống cấp nghiêm trọng, hư hỏng nặng.\n")


def _chairs(text: str) -> list[tuple[str | None, list[str]]]:
    return [(e.date, e.chairs) for e in extract(Article("t", "", text)).events if e.chairs]


def test_chairing_without_an_event_noun_is_a_meeting():
    text = _LEAD + ("Đầu tháng 4/2021, dưới sự chủ trì của Bí thư Thành ủy Hà Nội Đinh Tiến Dũng, Thường trực Thành "
                    "ủy Hà Nội thống nhất giao Ban Cán sự đảng UBND thành phố chỉ đạo các cơ quan liên quan khẩn "
                    "trương hoàn thiện Đề án khung cơ chế, chính sách đặc thù.")
    assert _chairs(text) == [(None, ["Đinh Tiến Dũng"])]


def test_chairing_the_sides_who_sit_together():
    text = _LEAD + ("Thấy được những mặt hạn chế trên, đại diện 7 tỉnh, thành cùng đại diện các bộ xây dựng, giao "
                    "thông vận tải dưới sự chủ trì của Phó Thủ tướng Nguyễn Tấn Dũng đã ngồi lại với nhau bàn cơ chế "
                    "hợp tác liên kết phát triển.")
    assert _chairs(text) == [(None, ["Nguyễn Tấn Dũng"])]


def test_leading_a_piece_of_work_holds_no_meeting():
    text = _LEAD + ("Trên nền tảng đó, từ lúc ST19 và ST20 đưa ra sản xuất thử, ông Hồ Quang Cua đã đầu tư, chủ trì "
                    "lai tạo nâng cấp.")
    assert _chairs(text) == []


def test_to_chair_later_holds_no_meeting_yet():
    text = _LEAD + ("Đầu tháng 5/2021, dưới sự chủ trì của Bí thư Thành ủy Hà Nội Đinh Tiến Dũng, Thường trực Thành "
                    "ủy Hà Nội sẽ thống nhất giao Ban Cán sự đảng UBND thành phố hoàn thiện Đề án.")
    assert _chairs(text) == []
