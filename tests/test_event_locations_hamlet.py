"""A name right after a unit below the commune ('tại thôn Tân Hiệp, xã Cam Tuyền') is the hamlet's, not the district
of that name (corpus)."""

from kg.extraction import extract
from kg.model import Article


def _locations(text: str) -> list[list[str]]:
    return [e.locations for e in extract(Article("t", "", text)).events]


def test_a_hamlet_named_like_a_district_is_no_venue():
    # vntc-test-XH_NLD_T_(9359)
    text = ("Tặng 10 triệu đồng cho các hộ gặp nạn do sụt đất (NLĐ)- Ngày 23-2, ông Phan Quyết, Chủ tịch LĐLĐ tỉnh "
            "Quảng Trị, đến thăm và trao 10 triệu đồng cho bà con bị nạn sụt đất gây hư hại nhà cửa tại thôn Tân "
            "Hiệp, xã Cam Tuyền, huyện Cam Lộ.")
    found = _locations(text)
    assert any("xã Cam Tuyền" in locs for locs in found) and all("Tân Hiệp" not in locs for locs in found)
