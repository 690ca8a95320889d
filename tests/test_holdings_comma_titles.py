"""A title with its body, a comma and a name: the title is the name's ("Thứ trưởng Bộ Công An, Lê Thế Tiệm nhìn
nhận"), unless the name opens a list of people. Sentences from real corpus articles."""

from kg.extraction import extract
from kg.model import Article


def holdings(text: str, **kw) -> set[tuple[str, str]]:
    return {(h.person, h.position) for h in extract(Article("t", "", text, **kw)).holdings if not h.former}


def test_a_fronted_title_before_a_comma_and_the_name():
    text = ("Thứ trưởng Bộ Công An, Lê Thế Tiệm nhìn nhận, thời gian qua, tệ nạn xã hội diễn ra phức tạp, khó "
            "kiểm soát.")
    assert holdings(text) == {("Lê Thế Tiệm", "Thứ trưởng Bộ Công an")}


def test_a_foreign_club_chairman():
    text = "Trước đó, Chủ tịch Real Madrid, Florentino Perez khẳng định sẽ không rút khỏi giải đấu."
    assert holdings(text) == {("Florentino Perez", "Chủ tịch Real Madrid")}


def test_a_title_before_a_list_of_people_is_none_of_theirs():
    text = "Dự buổi làm việc có Chủ tịch UBND tỉnh, Nguyễn Văn Phòng, Trần Thanh Đức và Lê Văn Hưởng."
    assert not any(person == "Nguyễn Văn Phòng" for person, _ in holdings(text))


def test_a_title_after_a_preposition_is_the_object_not_the_next_subjects():
    text = ("Phát biểu trước Thủ tướng, ông Đào Đình Bình nhận trách nhiệm về mình và nói rằng các sai phạm vừa qua "
            "là một vết nhơ của ngành GTVT.")
    assert ("Đào Đình Bình", "Thủ tướng") not in holdings(text)


def test_a_title_after_a_preposition_in_apposition_at_the_sentence_end():
    text = ("Thủ tục hành chính rườm rà là vấn đề mà VnExpress đặt ra với Giám đốc Sở Nội vụ Hà Nội, "
            "Lê Quang Nhuệ.")
    assert holdings(text) == {("Lê Quang Nhuệ", "Giám đốc Sở Nội vụ Hà Nội")}


def test_a_title_run_on_after_a_name_without_a_comma_is_the_names():
    text = ("Tại cuộc họp, ông Nguyễn Thành Phong Chủ tịch UBND thành phố nhấn mạnh, dù đã qua 73 ngày không có ca "
            "lây nhiễm trong cộng đồng nhưng không được chủ quan.")
    assert holdings(text) == {("Nguyễn Thành Phong", "Chủ tịch Ủy ban nhân dân thành phố")}


def test_a_run_on_chain_of_titles_after_a_name():
    text = ("Dự lễ có đồng chí Nguyễn Khoa Điềm Uỷ viên Bộ Chính trị, Bí thư Trung ương Đảng, Trưởng ban Tư tưởng "
            "Văn hóa Trung ương.")
    assert holdings(text) == {("Nguyễn Khoa Điềm", "Ủy viên Bộ Chính trị"),
                              ("Nguyễn Khoa Điềm", "Bí thư Trung ương Đảng"),
                              ("Nguyễn Khoa Điềm", "Trưởng ban Tư tưởng Văn hóa Trung ương")}


def test_titles_between_two_titled_names_open_the_next_item_of_the_list():
    text = ("Tham dự lễ khởi công dự án có Thủ tướng Chính phủ Nguyễn Xuân Phúc, Phó Thủ tướng, Bộ trưởng Bộ ngoại "
            "giao Phạm Bình Minh; Thống đốc tỉnh Moscow Andrey Vorobiev và lãnh đạo các bộ, ngành của 2 nước.")
    got = {(h.person, h.position) for h in extract(Article("t", "", text)).holdings}
    assert ("Phạm Bình Minh", "Phó Thủ tướng") in got
    assert ("Nguyễn Xuân Phúc", "Phó Thủ tướng") not in got
    text = ("Ủy viên Bộ Chính trị, Thường trực Ban Bí thư T.Ư Đảng Phan Diễn, Ủy viên Bộ Chính trị, Bí thư T.Ư Đảng, "
            "Trưởng ban Tư tưởng - Văn hóa T.Ư Nguyễn Khoa Điềm cùng nhiều lãnh đạo cao cấp đã đến dự lễ trao giải.")
    got = {(h.person, h.position) for h in extract(Article("t", "", text)).holdings}
    assert ("Nguyễn Khoa Điềm", "Ủy viên Bộ Chính trị") in got
