"""A company's board post written with and without the board, or with the board short and in full, is one holding
("Chủ tịch Hội đồng quản trị PVOIL" / "Chủ tịch HĐQT PVOIL", "Chủ tịch Techcombank" / "Chủ tịch HĐQT Techcombank").
Sentences from real corpus articles (dantri business_190, business_206)."""

from kg.extraction import extract
from kg.extraction.companies import board_key
from kg.model import Article


def positions(text: str, person: str) -> list[str]:
    return [h.position for h in extract(Article("t", "", text)).holdings if h.person == person]


def test_the_board_short_and_in_full_is_one_post():
    text = ("Ông Cao Hoài Dương - Chủ tịch Hội đồng quản trị PVOIL, ông Đoàn Văn Nhuộm - Thành viên Hội đồng quản trị "
            "kiêm Tổng Giám đốc PVOIL đã chủ tọa đại hội.\nÔng Cao Hoài Dương - Chủ tịch HĐQT PVOIL (phải) và ông Đoàn "
            "Văn Nhuộm - Tổng Giám đốc PVOIL (trái) trả lời ý kiến của cổ đông.")
    assert positions(text, "Cao Hoài Dương") == ["Chủ tịch Hội đồng quản trị PVOIL"]


def test_a_company_s_chairman_is_its_board_s():
    text = ("Tại phiên họp đại hội, ông Hồ Hùng Anh, Chủ tịch Techcombank cho biết, ngân hàng vẫn duy trì chiến lược "
            "phát triển tiền gửi không kỳ hạn.\nVề câu hỏi tại sao 3 năm liên tiếp không tăng vốn điều lệ, Chủ tịch "
            "HĐQT Hồ Hùng Anh cho biết việc chú trọng vào tăng vốn sở hữu là ưu tiên của ngân hàng.")
    assert len(positions(text, "Hồ Hùng Anh")) == 1


def test_a_bare_board_post_and_a_school_council_keep_their_board():
    assert board_key("Chủ tịch HĐQT") == "chủ tịch hội đồng quản trị"
    assert board_key("Chủ tịch Hội đồng trường ĐH Tôn Đức Thắng") != board_key("Chủ tịch ĐH Tôn Đức Thắng")
