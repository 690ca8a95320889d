"""A place named right after `đường`, `phố` or `đại lộ` is a road's or street's name (streets are often named after
provinces: 'đường Tuyên Quang' in Phan Thiết, the 'đường Hồ Chí Minh' highway), not where an event is held; `thành
phố` stays a city. Real corpus sentences (vntc-test-XH_TT_T_(8306)), with a person added to make an event."""

from kg.extraction import extract
from kg.model import Article

_FAIR = ("Chiều 22-10, khai mạc hội chợ đặc sản và ẩm thực phố diễn ra tại {place} và Trung tâm văn hoá tỉnh. "
         "Phó Chủ tịch UBND tỉnh Nguyễn Văn Thu cắt băng khai mạc hội chợ.")


def test_a_street_named_after_a_province_is_no_venue():
    [event] = extract(Article("t", "", _FAIR.format(place="đường Tuyên Quang"), published="2005-10-23")).events
    assert event.locations == []


def test_a_city_after_thanh_pho_stays_a_venue():
    [event] = extract(Article("t", "", _FAIR.format(place="thành phố Phan Thiết"), published="2005-10-23")).events
    assert event.locations == ["thành phố Phan Thiết"]
