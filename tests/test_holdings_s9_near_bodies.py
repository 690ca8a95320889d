"""A bare title (`Hiệu trưởng`, `Giám đốc`, `Tổng giám đốc`) before a name, or alone in apposition after one, takes
the one body of its kind named in its sentence, else the sentence before, else the headline; lower-case words
pointing back (`nhà trường`, `công ty`) do too. Sentences from real corpus articles outside the gold sets."""

from extracted import all_holdings as holdings


def test_principal_takes_the_school_of_the_sentence_before():
    # vntc-test-XH_VNE_T_(5737): the article names two universities; the principal's is the one just before him
    text = ("Chiều 5/8, ĐH Thương mại, một trong những trường có đông thí sinh dự thi nhất toàn quốc, đã thông báo "
            "điểm. Hiệu trưởng Nguyễn Bách Khoa cho biết, trường có mức xét tuyển các ngành học cao hơn năm ngoái 2-3 "
            "điểm. ĐH Xây dựng Hà Nội cũng vừa công bố điểm, với 8 thí sinh đạt tối đa.")
    assert holdings(text) == {("Nguyễn Bách Khoa", "Hiệu trưởng Đại học Thương mại")}


def test_two_schools_in_the_sentence_before_leave_the_principal_bare():
    text = ("Chiều 5/8, ĐH Thương mại và ĐH Xây dựng Hà Nội đã thông báo điểm. Hiệu trưởng Nguyễn Bách Khoa cho "
            "biết, trường có mức xét tuyển các ngành học cao hơn năm ngoái 2-3 điểm.")
    assert holdings(text) == set()


def test_principal_of_the_school_referred_back_to():
    # vntc-train-XH_NLD_(5361)
    text = ("Sáng 2-12, chúng tôi đến Trường Tiểu học Phước Bình. Bà Nguyễn Thị Thu Hiền, Hiệu trưởng nhà trường, xác "
            "nhận có sự việc trường đưa em Lộc về trưa 17-11.")
    assert holdings(text) == {("Nguyễn Thị Thu Hiền", "Hiệu trưởng Trường Tiểu học Phước Bình")}


def test_director_of_the_company_of_the_sentence():
    # vntc-train-XH_VNE_(377): the company named in the director's own sentence, not the one of the next
    text = ("Công ty Quốc Việt đã bơm trên 47.000 m3, công suất xử lý 800 m3/ngày nhưng theo ông Võ Văn Hùng, giám đốc "
            "công ty, cuối tháng 5 mới xả thải. Tương tự Công ty Đức Lâm xử lý mỗi ngày 300 m3.")
    assert holdings(text) == {("Võ Văn Hùng", "Giám đốc Công ty Quốc Việt")}


def test_a_company_before_a_name_is_not_taken():
    # before a name the company named near is as often another firm of the story
    text = "Công ty Quốc Việt đã bơm trên 47.000 m3. Giám đốc Võ Văn Hùng cho biết cuối tháng 5 mới xả thải."
    assert holdings(text) == set()


def test_a_title_and_name_is_no_bureau():
    # dantri-unc-news_health_218: "Cục trưởng Lương Ngọc Khuê" names no Cục of its own
    text = "Cục trưởng Lương Ngọc Khuê khẳng định, với kinh nghiệm hỗ trợ công tác chống dịch."
    assert holdings(text) == set()


def test_a_school_name_cut_short_is_not_taken():
    # vntc-test-XH_VNE_T_(5144): the name runs on in lower case ("ĐH Khoa học | tự nhiên"): no school rather than a cut
    text = ("Ở điểm thi tại ĐH Khoa học tự nhiên Hà Nội, một số phòng chỉ có nửa số thí sinh. Hiệu phó Bùi Duy Cam cho "
            "biết, tỷ lệ thí sinh dự thi khoảng 60%. Tại ĐH Bách khoa Hà Nội, tỷ lệ này là 70%.")
    assert holdings(text) == set()


def test_a_department_takes_its_parent_named_in_brackets():
    # vntc-test-XH_VNE_T_(7454)
    text = ("Theo ông Vòng A Lộc, Trưởng Phòng Quản lý Điện năng (Sở Công nghiệp TP HCM), gần đây, kỹ thuật câu trộm "
            "điện bằng máy tạo dòng đã trở nên phổ biến.")
    assert holdings(text) == {("Vòng A Lộc", "Trưởng Phòng Quản lý Điện năng Sở Công nghiệp thành phố Hồ Chí Minh")}


def test_a_department_takes_the_school_of_the_sentence_before():
    # vntc-test-XH_VNE_T_(5913)
    text = ("ĐH Tây Nguyên mới có 787 thí sinh đủ điểm đỗ đợt 1, ít hơn cùng kỳ năm trước hơn 300 em. Trưởng phòng Đào "
            "tạo Trần Ngọc Tuyển cho biết, so với năm trước, điểm khối C, D năm nay thấp hơn.")
    assert holdings(text) == {("Trần Ngọc Tuyển", "Trưởng phòng Đào tạo Đại học Tây Nguyên")}


def test_a_department_naming_its_city_takes_no_parent():
    # the corpus sentence of Võ Văn Vân, shortened: "phòng CSGT TP.HCM" names its place; the Cục named is another body
    text = "Thượng tá Võ Văn Vân - Phó trưởng phòng CSGT TP.HCM nói: việc này là do Cục Đăng kiểm Việt Nam."
    assert holdings(text) == {("Võ Văn Vân", "Phó trưởng phòng CSGT thành phố Hồ Chí Minh")}
