"""A person named as the owner of another's aide title ('ông A, đặc phái viên cao cấp của Thủ tướng B', 'ông A, hiện
là cố vấn đặc biệt của Chủ tịch ... - ông B') takes no part in the event (real corpus sentences, outside the gold
sets)."""

from kg.extraction import extract
from kg.model import Article


def _attendees(text: str) -> set[str]:
    return {name for event in extract(Article("t", "", text)).events for name in event.attendees + event.chairs}


def test_the_principal_of_an_envoy_named_after_a_comma_is_not_present():
    text = ("Đặt tượng cố Thủ tướng Thụy Điển tại Bệnh viện Nhi Trung ương. Dự buổi lễ, có ông Pierre Schori, đặc "
            "phái viên cao cấp của Thụy Điển Stefan Lofven, bà Camilla Menllander, Đại sứ Thụy Điển tại Việt Nam, Thứ "
            "trưởng Bộ Y tế Nguyễn Viết Tiến và đại diện nhiều bộ, ngành.")
    assert _attendees(text) == {"Pierre Schori", "Camilla Menllander", "Nguyễn Viết Tiến"}


def test_the_employer_of_an_adviser_is_not_present():
    text = ("Cựu Thủ tướng CHLB Đức Schroeder thăm VN. Ngày 16-3, cựu Thủ tướng CHLB Đức Gerhard Schroeder, hiện là "
            "cố vấn đặc biệt của Chủ tịch Hội đồng Quản trị Tập đoàn in ấn và truyền thông Ringier AG Thụy Sĩ - ông "
            "Michael Ringier - đã đến thăm VN.")
    assert _attendees(text) == {"Gerhard Schroeder"}


def test_a_witness_after_a_signing_clause_is_present():
    text = ("Bà Nguyễn Thị Phương Thảo, Tổng giám đốc Vietjet và ông Ray Conner, Tổng giám đốc Tập đoàn chế tạo máy "
            "bay Boeing đã thực hiện ký kết hợp đồng quan trọng này trước sự chứng kiến của Chủ tịch Nước Cộng hòa Xã "
            "hội chủ nghĩa Việt Nam Trần Đại Quang và Tổng thống Mỹ Barack Obama.")
    assert "Trần Đại Quang" in _attendees(text)
