"""Where something befell people ('bị tai nạn giao thông tại Kon Tum') is not where the event is held (corpus)."""

from kg.extraction import extract
from kg.model import Article


def test_where_an_accident_befell_the_dead_is_no_venue_of_their_memorial():
    # vntc-test-XH_VNE_T_(4027)
    text = ("Lễ truy điệu tập thể các cựu chiến binh tử nạn sẽ được tổ chức. Hôm qua, Chủ tịch nước Trần Đức Lương đã "
            "gửi điện chia buồn với thân nhân của các nạn nhân là các cựu chiến binh phường Kim Liên, quận Đống Đa, "
            "Hà Nội, bị tai nạn giao thông tại Kon Tum khi đang trên đường thăm lại chiến trường xưa.")
    assert all("Kon Tum" not in e.locations for e in extract(Article("t", "", text)).events)
