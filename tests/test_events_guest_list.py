"""The guests a sentence ending in a colon announces ('... với sự tham dự của đông đảo các cây bút ... như:') are
the people the next sentence lists by their callings ('GS A, nhà báo B, ...'): they take part."""

from kg.extraction import extract
from kg.model import Article


def test_guests_listed_after_the_colon_take_part():
    # vntc-train-XH_NLD_(4699) (gold_blind48)
    text = ("Giữ đúng tôn chỉ, mục đích: Vì người lao động (NLĐ)- Chiều 17-1 tại Hà Nội, Báo Người Lao Động đã tổ chức "
            "buổi gặp mặt cộng tác viên cuối năm với sự tham dự của đông đảo các cây bút thường xuyên cộng tác với báo "
            "nhiều năm qua như:\n"
            "GS Hoàng Tụy, nhà báo Phan Quang, nhà báo Phạm Phú Bằng, nhà ngoại giao Nguyễn Lê Bách, nhà sử học Dương "
            "Trung Quốc, TS Lê Đăng Doanh... Ông Nguyễn Huy Cận, Chủ tịch LĐLĐ TPHCM, cũng tham dự cuộc họp mặt.")
    people = {p for e in extract(Article("t", "", text)).events for p in e.attendees + e.chairs}
    assert {"Hoàng Tụy", "Phan Quang", "Phạm Phú Bằng", "Dương Trung Quốc", "Lê Đăng Doanh"} <= people


def test_a_sentence_that_acts_is_no_guest_list():
    text = ("Chiều 17-1 tại Hà Nội, Báo Người Lao Động đã tổ chức buổi gặp mặt cộng tác viên với sự tham dự của nhiều "
            "khách mời như:\n"
            "Theo ông Nguyễn Văn Bình, Giám đốc Sở Tư pháp, năm qua ngành đã giải quyết nhiều vụ việc tồn đọng.")
    people = {p for e in extract(Article("t", "", text)).events for p in e.attendees + e.chairs}
    assert "Nguyễn Văn Bình" not in people
