from kg.extraction import extract
from kg.model import Article


def _names(text: str) -> set[str]:
    return {p.name for p in extract(Article("t", "", text)).persons}


def test_the_start_of_a_route_after_tu_is_a_place():
    text = ("Nguy cơ thiếu hụt gần nửa triệu tấn gạo so với kế hoạch đã rõ. Từ Bắc vào Nam đang bị hạn hán nặng nề. "
            "Tại Quảng Ninh, tuyến vi ba từ Đèo Nai đi đảo Quan Lạn cũng bị sự cố. Ông Từ Văn Bắc vào Nam công tác.")
    assert _names(text) == {"Từ Văn Bắc"}


def test_a_run_that_a_bracket_places_in_a_commune_is_a_place():
    text = ("Hồ Khe Gỗ (thuộc địa bàn xã Nghi Lâm, huyện Nghi Lộc) cạn nước. Khi đến ngã giao giữa quốc lộ 13 và Hồ "
            "Văn Cống (thuộc phường Tương Bình Hiệp), chiếc ôtô tông vào xe. LS Huỳnh Công Thư (thuộc Đoàn LS tỉnh "
            "Long An) phân tích.")
    assert _names(text) == {"Huỳnh Công Thư"}


def test_a_name_after_a_preposition_and_san_is_a_stadium():
    text = ("Real Madrid sẽ tiếp đón Chelsea trong trận bán kết lượt đi Champions League trên sân Alfredo Di Stéfano. "
            "Trận đấu tại sân Wanda Metropolitano được xem là cuộc đối đầu quyết định. HLV Park Hang-seo tung vào sân "
            "Hà Đức Chinh ở phút 70.")
    assert _names(text) == {"Park Hang-seo", "Hà Đức Chinh"}


def test_a_name_after_hiep_hoi_is_the_association():
    text = ("Viện Tim TP HCM được thành lập với sự hợp tác của Hiệp hội Alain Carpentier của Pháp, chính thức từ "
            "1992. Ông Nguyễn Văn An, Chủ tịch Hiệp hội Dệt may, cho biết.")
    assert _names(text) == {"Nguyễn Văn An"}
