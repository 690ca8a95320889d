"""A range of days in brackets after its date word ("trong 2 ngày (27 và 28-2-2006)") is keyed by its first day,
as the same range without brackets is; sentences from the corpus."""

from datetime import date

from kg.extraction.dates import find_dates


def test_bracketed_range_after_ngay_is_keyed_by_first_day() -> None:
    s = ("Theo ông Đỗ Văn Tri, có một số điều chỉnh trong lịch hoạt động tại kỳ họp thứ 7 này của QH, theo đó phiên "
         "chất vấn-trả lời chất vấn trực tiếp rút xuống chỉ còn 2 ngày (9 và 10-6) so với 3 ngày trước đây")
    found = find_dates(s, 0, None, 2005)
    assert [(d.iso, d.strong) for d in found] == [("2005-06-09", True)]


def test_bracketed_dash_range_with_publication_date() -> None:
    s = ("Ông Lê Văn Hoạt cho biết, thực hiện Chỉ thị số 01-CT/TW của Bộ Chính trị khóa XIII, trong 2 ngày (27-28/4) "
         "Đảng ủy Bộ Lao động - Thương binh và Xã hội tổ chức hội nghị")
    found = find_dates(s, 0, date(2021, 4, 27))
    assert [(d.iso, d.strong) for d in found] == [("2021-04-27", True)]


def test_bracketed_range_to_come_stays_weak() -> None:
    s = ("Nhân chuyến thăm này, một đoàn doanh nghiệp đến từ Na Uy sẽ thảo luận các cơ hội đầu tư-kinh doanh với các "
         "doanh nghiệp VN trong một hội thảo kéo dài ba ngày (1 đến 3-11) tại khách sạn Melia Hà Nội")
    found = find_dates(s, 0, None, 2005)
    assert [(d.iso, d.strong) for d in found] == [("2005-11-01", False)]
