"""A foreign given name, a middle initial and a family name is one person, the given name listed or not; the same
name written without the initial is that person (corpus sentences)."""

from kg.extraction import extract
from kg.model import Article


def persons(text: str) -> set[str]:
    return {p.name for p in extract(Article("t", "", text)).persons}


def test_unlisted_given_name_before_a_middle_initial() -> None:
    # corpus_dev dantri-unc-news_health_258, _entertainment_027
    assert persons("Giám đốc CDC, Tiến sĩ Rochelle P. Walensky cho biết.") == {"Rochelle P. Walensky"}
    assert persons("Taraji P. Henson quyến rũ tại Oscar 2018") == {"Taraji P. Henson"}


def test_family_name_that_is_a_place_after_a_cue() -> None:
    # corpus_dev dantri-unc-news_entertainment_172
    assert persons("Nam diễn viên Michael B. Jordan khoe hình thể săn chắc.") == {"Michael B. Jordan"}


def test_no_name_without_the_shape() -> None:
    assert persons("Juventus hòa thất vọng trước Fiorentina ở vòng 33 Serie A. Trận hòa như thua này") == set()


def test_name_without_its_initial_is_the_same_person() -> None:
    # corpus_dev vntc-test-XH_VNE_T_(6585)
    text = ("\"Người dân Việt Nam coi chúng tôi như bạn\", Grant Coates, cựu chiến binh Mỹ từng tham chiến ở Việt Nam, "
            "nói.\nCảm nghĩ của ông Grant T. Coates cũng là cảm nghĩ chung.")
    assert persons(text) == {"Grant T. Coates"}


def test_initials_and_family_name_after_a_title_or_address() -> None:
    # corpus_dev vntc-test-XH_TT_T_(10423), vntc-test-XH_VNE_T_(3144), vntc-train-XH_VNE_(270), dantri science_152
    assert persons("Chủ tịch nước sẽ hội đàm với Thủ tướng J. Koizumi trước khi trở về VN.") == {"J. Koizumi"}
    assert persons("Phó giáo sư Trần Xuân Thu cho biết, thẩm phán B. Weinstein là người đã xét xử vụ kiện.") \
        == {"Trần Xuân Thu", "B. Weinstein"}
    assert persons("Về quan hệ giữa hai nước, Thủ tướng A. A. Badawi cho biết, Ủy ban Hỗn hợp sẽ họp.") \
        == {"A. A. Badawi"}
    assert persons("Rainer được bác sĩ A. Mandl và bác sĩ F. Windholz khám, chẩn đoán mắc hội chứng to đầu chi.") \
        == {"A. Mandl", "F. Windholz"}


def test_glued_initials_after_an_envoy_posted_in_a_country() -> None:
    # gold_blind34 vntc-test-XH_TN_T_(8507)
    text = ("Cũng ngày 15/10, ông Vũ Khoan đã trao Huy chương Vì hòa bình cho Đại sứ đặc mệnh toàn quyền Liên bang "
            "Nga tại Việt Nam A.A.Tatarinov để ghi nhận những đóng góp quan trọng của đại sứ.")
    assert "A.A.Tatarinov" in persons(text)


def test_initials_without_a_cue_or_of_a_vietnamese_name_are_no_person() -> None:
    # corpus_dev vntc-test-XH_VNE_T_(2662), vims-Cluster_197-1298
    assert persons("Sớm qua, một vụ hỏa hoạn đã xảy ra tại Công ty TNHH E.Land Việt Nam, (Bình Chánh, TP HCM).") \
        == set()
    assert persons("Anh gặp và tra hỏi vợ về mối quan hệ với ông L. Nghe vợ thú nhận và xin được tha thứ.") == set()


def test_initials_stand_for_the_full_name_the_article_gives() -> None:
    # corpus_dev vntc-train-XH_VNE_(883), vntc-train-XH_VNE_(871)
    text = ("Chủ tịch nước đã gặp Tổng thống Indonesia Susilo Bambang Yudhoyono. Chủ tịch nước chúc mừng ngài S.B. "
            "Yudhoyono vừa đắc cử tổng thống.")
    assert persons(text) == {"Susilo Bambang Yudhoyono"}
    text = ("Tổng thống Chi Lê Ricardo Lagos Escobar nồng nhiệt đón Chủ tịch Trần Đức Lương. Tại cuộc hội đàm, Tổng "
            "thống R.L.Escobar nhiệt liệt chào mừng Chủ tịch.")
    assert persons(text) == {"Ricardo Lagos Escobar", "Trần Đức Lương"}
