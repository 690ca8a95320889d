"""A body referred back to ("Phó giám đốc công ty", "Hiệu trưởng nhà trường") is found by its name even when the press
writes the middle of that name in lower case and only its end in capitals ("Công ty vận tải hành khách đường sắt Sài
Gòn"), and in the whole article when it is the one body of its kind there. Sentences from real corpus articles."""

from extracted import all_holdings as holdings


def test_deputy_director_of_a_company_named_in_lower_case():
    # vntc-train-XH_TN_(1967)
    text = ("Công ty vận tải hành khách đường sắt Sài Gòn chuẩn bị đưa vào hoạt động tuyến đường sắt Sài Gòn - Phan "
            "Thiết, nhắm vào đối tượng chủ yếu là khách du lịch. Trả lời PV Thanh Niên về vấn đề này, Phó giám đốc "
            "công ty, ông Đinh Văn Sang cho biết: tàu chạy vào ban ngày.")
    assert ("Đinh Văn Sang", "Phó giám đốc Công ty vận tải hành khách đường sắt Sài Gòn") in holdings(text)


def test_director_of_a_company_whose_name_runs_on_in_lower_case():
    # vntc-test-XH_VNE_T_(641)
    text = ("Công ty Kinh doanh nước sạch Hà Nội cũng đã gửi mẫu nước ở giếng khoan Phúc Tân đi xét nghiệm. Ông Bùi "
            "Văn Mật, Giám đốc công ty, khẳng định đã sẵn sàng nguồn nước, nếu thành phố yêu cầu sẽ đáp ứng ngay.")
    assert holdings(text) == {("Bùi Văn Mật", "Giám đốc Công ty Kinh doanh nước sạch Hà Nội")}


def test_a_name_ended_in_capitals_takes_no_lower_case_words_after_it():
    # vims-Cluster_157-1033: 'bệnh nhân Sầm Bá Dần' is a patient, not the end of the hospital's name
    text = ("Bác sĩ Nguyễn Hữu Nam, Trưởng khoa Ngoại lồng ngực Bệnh viện Đa khoa Nghệ An cho biết đã phẫu thuật cho "
            "bệnh nhân Sầm Bá Dần.")
    assert not any("Dần" in post for _, post in holdings(text))


def test_principal_of_the_one_school_named_two_sentences_before():
    # vntc-test-XH_VNE_T_(7570): 'nhà trường' points back to the one school of the article, named two sentences before
    text = ("Lở trần lớp học làm rách đầu học sinh\n9h30 ngày 21/11, một mảng trần của lớp 1B, trường tiểu học Khương "
            "Thượng (Hà Nội) đã rơi trúng đầu học sinh Vũ Ngọc Khiêm làm em này phải vào viện cấp cứu. Vết thương của "
            "Khiêm dài 3 cm, sâu 1,5 cm và phải khâu 2 mũi.\nBà Nguyễn Xuân Lan, Hiệu trưởng nhà trường, cho biết: "
            "\"Sau khi được thày cô đưa đi cấp cứu, em Khiêm đã được về nhà\".")
    assert ("Nguyễn Xuân Lan", "Hiệu trưởng trường tiểu học Khương Thượng") in holdings(text)


def test_two_schools_of_the_article_leave_the_reference_unresolved():
    text = ("Lở trần lớp học làm rách đầu học sinh\n9h30 ngày 21/11, một mảng trần của lớp 1B, trường tiểu học Khương "
            "Thượng (Hà Nội) và trường tiểu học Kim Giang đã phải cho học sinh nghỉ. Vết thương của Khiêm dài 3 cm, "
            "sâu 1,5 cm và phải khâu 2 mũi.\nBà Nguyễn Xuân Lan, Hiệu trưởng nhà trường, cho biết: \"Em Khiêm đã được "
            "về nhà\".")
    assert not any("Khương Thượng" in post or "Kim Giang" in post for _, post in holdings(text))
