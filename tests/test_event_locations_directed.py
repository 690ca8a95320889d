"""A directive handing a task to another body ('giao Viện Pasteur ... làm việc ... tại Hà Tiên', 'yêu cầu Sở X tổ
chức ... tại Y') names the task to come and its places, not where the reported event is held; 'giao' inside
'Ngoại giao' is no directive."""

from kg.extraction import extract
from kg.model import Article


def test_the_place_of_a_task_handed_to_another_body_is_no_venue():
    # the second sentence is from dantri-unc-news_health_143 (a gold_blind18 article); the lead is shortened
    text = ("Chiều 18/4, Bộ trưởng Bộ Y tế Nguyễn Thanh Long đã đến làm việc tại tỉnh Kiên Giang.\nNgoài ra, Bộ "
            "Trưởng Bộ Y tế cũng giao Viện Pasteur, TPHCM làm việc với địa phương để hỗ trợ thiết lập các labo xét "
            "nghiệm đủ tiêu chuẩn tại Hà Tiên và Bệnh viện Đa khoa tỉnh để nâng cao năng suất và năng lực xét nghiệm "
            "tại chỗ cho Thành phố Hà Tiên và tỉnh Kiên Giang.")
    [event] = extract(Article("t", "", text, published="2021-04-19")).events
    assert event.locations == ["Kiên Giang"]


def test_giao_inside_ngoai_giao_directs_nothing():
    # vntc-train-XH_NLD_(4040): 'Bộ trưởng Ngoại giao Mỹ' before the press conference and its place
    text = ("ông Eric John, phó trợ lý Bộ trưởng Ngoại giao Mỹ, đã nhấn mạnh như trên trong cuộc họp báo ngày 27-9 "
            "tại Hà Nội.")
    [event] = extract(Article("t", "", text, published="2005-09-28")).events
    assert event.locations == ["Hà Nội"]
