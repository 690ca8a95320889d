"""Session 11 person rules, each from real corpus_dev sentences outside the gold sets."""

from kg.extraction.persons import find_persons
from kg.text.segment import sentences, tokens


def _names(text: str) -> list[str]:
    return [m.name for s in sentences(text) for m in find_persons(text, tokens(text, s.start, s.end), s.start)]


def test_school_after_its_level_word_is_no_person() -> None:
    # vntc-train-XH_VNE_(1117): a school's name after PTTH under a title, and after "Trung học" alone
    text = ("Hôm qua, Đại sứ Pháp đã trao tặng Huân chương Cành cọ Hàn Lâm cho ông Đinh Sỹ Đại, Hiệu trưởng PTTH Chu "
            "Văn An Hà Nội, ông Đinh Văn Bình - Hiệu trưởng THCS Chu Văn An và bà Trần Thị Chi Lan - giáo viên tiếng "
            "Pháp tại trường. Đây cũng là giáo viên đã góp phần phát triển sự giao lưu giữa các học sinh phổ thông "
            "trung học của trường với Trung học Marie Curie de Sceaux, tại khu vực Paris.")
    names = _names(text)
    assert {"Đinh Sỹ Đại", "Đinh Văn Bình", "Trần Thị Chi Lan"} <= set(names)
    assert "Chu Văn An Hà Nội" not in names and "Marie Curie de Sceaux" not in names


def test_a_department_named_for_a_school_level_keeps_its_head() -> None:
    # vntc-test-XH_VNE_T_(1003), (8051), (6105): "Vụ Tiểu học", "Giáo dục Trung học" are bodies, the name their head
    assert _names("Theo Vụ trưởng Vụ Tiểu học Trịnh Quốc Thái, để tránh tâm lý căng thẳng cho học sinh.") \
        == ["Trịnh Quốc Thái"]
    assert _names('"Toàn thể học sinh khối 12", Trưởng phòng Giáo dục Trung học Đào Ngọc Nam nói.') == ["Đào Ngọc Nam"]
    assert _names("Vụ trưởng Tiểu học Trịnh Quốc Thái phát biểu.") == ["Trịnh Quốc Thái"]


def test_a_film_title_is_no_person() -> None:
    # dantri-unc-news_entertainment_060 and _102: titles after "bộ phim"
    assert _names("Từ ngày 30/4, khách vào thưởng thức hai bộ phim Sử Việt hào hùng và Thanh sắc Việt Nam.") == []
    text = ("Tài tử Chadwick Boseman nhận được đề cử Oscar 2021 cho vai diễn cuối cùng trong sự nghiệp với bộ phim "
            "Ma Rainey's Black Bottom. Trong bộ phim Ma Rainey's Black Bottom của đạo diễn George C. Wolfe, Chadwick "
            "Boseman vào vai Levee.")
    names = _names(text)
    assert "Ma Rainey's Black Bottom" not in names
    assert {"Chadwick Boseman", "George C. Wolfe"} <= set(names)


def test_a_person_after_of_the_film_is_kept() -> None:
    # dantri-unc-news_entertainment_125: "đạo diễn của bộ phim James Cameron" names the director
    text = "Người vẽ lại chính là đạo diễn của bộ phim James Cameron. Leonardo thuận tay phải."
    assert "James Cameron" in _names(text)


def test_a_quoted_name_after_a_blocker_is_no_person() -> None:
    # dantri-unc-news_entertainment_152: an event "mang tên" in quotes
    text = 'Tháng trước, Lý Yên tham dự một sự kiện giải trí mang tên "Lady Girl". Dù không xuất hiện ở trung tâm.'
    names = _names(text)
    assert "Lady Girl" not in names and "Lý Yên" in names


def test_a_family_name_ending_a_word_of_a_body_or_place_is_no_person() -> None:
    # dantri-unc-news_society_260, vims-Cluster_207-1360, vntc-test-XH_VNE_T_(1745)
    assert _names("UBND TP Vũng Tàu giao cho Giám đốc Trung tâm Y tế, lãnh đạo Thành Đoàn Vũng Tàu và các cơ quan "
                  "liên quan khẩn trương thực hiện.") == []
    assert _names("Lửa bất ngờ bùng phát ở tầng 4 của nhà hàng Trúc Lâm Trai ở số 39 phố Lê Ngọc Hân.") == []
    assert _names('Cổ động viên thi nhau "bắt" Bồ Đào Nha thắng trong trận đầu tiên.') == []


def test_a_place_before_the_family_name_keeps_the_name() -> None:
    # vims-Cluster_154-1012, vntc-test-XH_VNE_T_(1964): "Quốc Vương", "Nội Hoàng" end a place, not a word
    assert _names("Ngoại trưởng Trung Quốc Vương Nghị cho biết vụ thử là đáng lo ngại.") == ["Vương Nghị"]
    assert _names("Sáng nay, Trưởng phòng du lịch nội địa Vietravel Hà Nội Hoàng Tuấn Tú cho biết, hơn 800 khách "
                  "đã đăng ký.") == ["Hoàng Tuấn Tú"]
