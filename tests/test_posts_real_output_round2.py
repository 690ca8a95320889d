"""Error classes found reading real extraction output on unseen corpus articles (round 2).
Sentences from real corpus articles."""

from kg.extraction import extract
from kg.model import Article


def holdings(text: str, **kw) -> set[tuple[str, str, bool]]:
    return {(h.person, h.position, h.former) for h in extract(Article("t", "", text, **kw)).holdings}


def test_a_deputy_spokesperson_keeps_the_deputy_title():
    text = ("Tại buổi họp báo chiều ngày 29/4, Phó Phát ngôn Bộ Ngoại giao Việt Nam Đoàn Khắc Việt trả lời câu hỏi "
            "về việc truyền thông Đài Loan đưa tin tàu sân bay Sơn Đông rời căn cứ Tam Á.")
    assert holdings(text) == {("Đoàn Khắc Việt", "Phó Phát ngôn Bộ Ngoại giao Việt Nam", False)}


def test_a_deputy_spokesperson_with_vien_is_no_spokesperson():
    text = "Phó Phát ngôn viên Bộ Ngoại giao Đoàn Khắc Việt cho biết Việt Nam theo dõi sát diễn biến."
    assert holdings(text) == {("Đoàn Khắc Việt", "Phó Phát ngôn viên Bộ Ngoại giao", False)}


def test_a_former_post_makes_its_kiem_partner_in_the_same_body_former():
    text = ("Sau khi ông Phan Sào Nam - cựu Chủ tịch HĐQT kiêm Giám đốc Công ty cổ phần VTC truyền thông trực tuyến - "
            "được ra tù trước thời hạn vào tháng 2 vừa qua, Cục Thi hành án dân sự tỉnh Phú Thọ đã nhiều lần làm việc.")
    assert not {h for h in holdings(text) if not h[2]}


def test_a_current_post_after_kiem_stays_current():
    text = "Ông Phan Sào Nam - Chủ tịch HĐQT kiêm Giám đốc Công ty cổ phần VTC truyền thông trực tuyến cho biết."
    current = {label for _, label, former in holdings(text) if not former}
    assert any(label.startswith("Giám đốc Công ty cổ phần VTC") for label in current)


def test_a_national_committee_keeps_its_prevention_field():
    text = ("Chiều 26/4, Đoàn công tác do Thứ trưởng Bộ Y tế Nguyễn Trường Sơn, Phó Trưởng ban Chỉ đạo Quốc gia "
            "phòng, chống dịch Covid-19 làm trưởng đoàn đã làm việc với lãnh đạo tỉnh An Giang.")
    assert ("Nguyễn Trường Sơn", "Phó Trưởng ban Chỉ đạo Quốc gia phòng, chống dịch Covid-19", False) in holdings(text)


def test_thua_thien_hue_completes_a_bare_provincial_body():
    text = ("Phát biểu chỉ đạo tại buổi họp, Bí thư Tỉnh ủy Lê Trường Lưu nhận định tình hình dịch bệnh còn phức tạp. "
            "Ông Phan Ngọc Thọ, Chủ tịch UBND tỉnh Thừa Thiên Huế cho biết, Thừa Thiên Huế có chung đường biên giới "
            "với Lào. Tỉnh Thừa Thiên Huế yêu cầu các sở ngành tăng cường kiểm soát.")
    assert ("Lê Trường Lưu", "Bí thư Tỉnh ủy Thừa Thiên Huế", False) in holdings(text)


def test_a_bare_commune_council_takes_the_one_commune_the_article_names():
    text = ("Anh Hồ Văn Luông, Bí thư xã Thạnh An, hồ hởi nói Tết đã về xã đảo này rồi. Anh Cao Văn Hoàng, "
            "Phó Chủ tịch UBND xã, cho biết lần đầu tiên đảo nhỏ Thạnh An đón trên 10 Việt kiều về quê.")
    assert ("Cao Văn Hoàng", "Phó Chủ tịch Ủy ban nhân dân xã Thạnh An", False) in holdings(text)


def test_two_named_communes_leave_a_bare_commune_council_alone():
    text = ("Dân xã Đại Mạch và xã Kim Nỗ tố cáo việc chôn gà giả. Ông Nguyễn Hữu Vượng, Phó Chủ tịch UBND xã, "
            "khẳng định chắc như đinh đóng cột.")
    assert not any("Đại Mạch" in label or "Kim Nỗ" in label for _, label, _ in holdings(text))


def test_where_a_committee_met_is_no_part_of_its_name():
    text = ("Văn phòng Chính phủ vừa ra thông báo kết luận của Phó Thủ tướng Chính phủ Vũ Đức Đam, Trưởng Ban Chỉ đạo "
            "tại cuộc họp Ban Chỉ đạo quốc gia về phòng, chống dịch Covid-19.")
    assert not any("cuộc họp" in label for _, label, _ in holdings(text))


def test_in_service_training_stays_in_a_department_name():
    text = "Ông Trần Hữu Lịch, Trưởng phòng Quản lý đào tạo tại chức, cho biết trường sẽ mở thêm lớp."
    assert ("Trần Hữu Lịch", "Trưởng phòng Quản lý đào tạo tại chức", False) in holdings(text)
