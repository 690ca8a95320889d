"""Two names joined by a dash after a waterway word ('kênh Tân Hóa - Lò Gốm', 'rạch Tân Hóa - Lò Gốm') name one
canal by its two ends, as two streets after a junction word already did ('ngã ba Phạm Ngọc Thạch - Đào Duy Anh'):
no person. Sentences from real corpus articles outside the gold sets (vntc-train-XH_VNE_(144),
vntc-test-XH_TT_T_(10049))."""

from kg.extraction import extract
from kg.model import Article


def _persons(text: str) -> set[str]:
    return {p.name for p in extract(Article("t", "", text)).persons}


def test_a_canal_named_by_its_two_ends_is_no_person():
    assert _persons("Giải tỏa 25.000 hộ dân để xây kênh Tân Hóa - Lò Gốm.") == set()
    text = ("Trong khi chờ dự án cải tạo rạch Tân Hóa - Lò Gốm, vốn đầu tư 300 triệu USD, triển khai, Sở GTCC đang "
            "thực hiện nạo vét.")
    assert "Lò Gốm" not in _persons(text)


def test_two_persons_joined_by_a_dash_without_a_waterway_stay():
    text = "Trận chung kết đôi nam có cặp Nguyễn Tiến Minh - Nguyễn Hoàng Nam thi đấu."
    assert "Nguyễn Tiến Minh" in _persons(text)
