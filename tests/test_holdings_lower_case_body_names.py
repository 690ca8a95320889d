"""A body referred back to ("Phó giám đốc công ty") is found by its name even when the press writes the middle of
that name in lower case and only its end in capitals ("Công ty vận tải hành khách đường sắt Sài Gòn"). Sentences
from real corpus articles."""

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
