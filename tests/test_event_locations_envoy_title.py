"""An envoy's full title ('Đại sứ đặc mệnh toàn quyền Nhật Bản tại Việt Nam') names the post's seat, not the
venue of the event the envoy attends (corpus)."""

from kg.extraction import extract
from kg.model import Article


def _locations(text: str) -> list[list[str]]:
    return [e.locations for e in extract(Article("t", "", text, published="2006-03-19")).events]


def test_an_envoys_full_title_names_his_seat_not_the_venue():
    # vntc-test-XH_VNE_T_(4671)
    text = ("Sáng 5/6, hầm Hải Vân chính thức được đưa vào sử dụng. Đến dự lễ thông xe có Thủ tướng Phan Văn Khải, "
            "ông Norio Hattori - Đại sứ đặc mệnh toàn quyền Nhật Bản tại Việt Nam.")
    assert all("Việt Nam" not in locs for locs in _locations(text))
