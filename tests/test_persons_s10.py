"""Session 10 person rules, each from real corpus_dev sentences outside the gold sets."""

from kg.extraction.persons import find_persons
from kg.text.segment import tokens


def _names(text: str) -> list[str]:
    return [m.name for m in find_persons(text, tokens(text), 0)]


def _report(line: str) -> list[str]:
    """The names of a line closing a football report (the article's other sentences carry its sports words)."""
    text = "Đội hình thi đấu\n" + line
    return _names(text)


def test_lineup_after_a_formation_without_colon() -> None:
    # dantri-unc-news_sport_048: no colon after the formation, a substitute's minute in brackets
    text = ("Leeds (4-1-4-1) Meslier, Ayling, Llorente, Struijk, Alioski (Klich 79'), Phillips, Helder Costa "
            "(Poveda-Ocampo 67'), Dallas, Roberts (Hernandez 86'), Harrison 6, Bamford.")
    names = _report(text)
    for player in ("Meslier", "Ayling", "Struijk", "Klich", "Poveda-Ocampo", "Dallas", "Hernandez", "Bamford"):
        assert player in names
    assert "Leeds" not in names


def test_lineup_with_ratings_and_semicolons() -> None:
    # dantri-unc-news_sport_026 and _089: ratings after names, lines split by semicolons, initials
    text = ("VILLARREAL (4-4-2): Rulli 6; Foyth 7.5 (Gaspar 70, 6), Albiol 7, Torres 7, Pedraza 6 (Moreno 81); "
            "Chukwueze 7, Parejo 7, Capoue 6, Trigueros 7 (Gomez 81); Moreno 6.5, Alcacer 5 (Coquelin 45, 6).")
    names = _report(text)
    for player in ("Rulli", "Foyth", "Gaspar", "Capoue", "Alcacer", "Coquelin"):
        assert player in names
    assert "VILLARREAL" not in names
    text = ("Osasuna (4-1-4-1): Herrera; Vidal Miralles, Hernandez, D. Garcia, Sanchez; Torro (Rodriguez Menendez 84); "
            "Torres (Barja Alfonso 81), Moncayola, Martinez (Brasanac 64), R. Garcia (Lopez 81); Avila (Budimir 64)")
    names = _report(text)
    assert {"Vidal Miralles", "D. Garcia", "Rodriguez Menendez", "Budimir"} <= set(names)


def test_formation_outside_a_sports_report_is_no_lineup() -> None:
    # a score-like bracket in a text with no sports word opens no list
    text = "Đề án (1-2-3) gồm Hà Nội, Hải Phòng, Đà Nẵng, Cần Thơ, Huế, Vinh, Nha Trang, Quy Nhơn."
    assert _names(text) == []


def test_prose_ends_the_lineup() -> None:
    text = ("Đội hình: Barcelona (4-3-3): Ter Stegen; Mingueza (Umtiti, 75), Pique (Araujo, 46), Lenglet, Alba; "
            "Roberto, Busquets, De Jong; Messi, Griezmann, Dembele trong trận đấu tại Madrid")
    names = _names(text)
    assert {"Ter Stegen", "Umtiti", "De Jong", "Dembele"} <= set(names)
    assert "Madrid" not in names


def _all_names(text: str) -> list[str]:
    from kg.text.segment import sentences
    return [m.name for s in sentences(text) for m in find_persons(text, tokens(text, s.start, s.end), s.start)]


def test_opening_word_joined_to_a_players_name() -> None:
    # dantri-unc-news_sport_005: "Dù" opens the sentence, capitalised, and joined the name's run
    text = ("HLV Koeman lo lắng.\nDù Messi khẳng định sẽ dẹp bỏ hiềm khích để giúp CLB tiến lên nhưng HLV Ronaldo "
            "Koeman vẫn bất an.")
    assert "Messi" in _all_names(text)


def test_two_given_syllables_that_say_something() -> None:
    # vims-Cluster_252-1654: a singer known by two given syllables, named again in the article
    text = ("Bảo Thy tung ca khúc tự sáng tác nhân sinh nhật\nBảo Thy cho biết thêm nếu ca khúc này nhận được phản "
            "hồi tốt từ khán giả, cô sẽ thực hiện MV trong thời gian tới.")
    assert "Bảo Thy" in _all_names(text)


def test_saying_after_a_body_field_or_a_route_is_no_person() -> None:
    # dantri-unc-news_health_169 (named once: a field ending a body's name) and vntc-train-XH_TT_(3248) (a route)
    text = ("Theo GS.TS Đào Văn Long, Chủ tịch Hội đồng Sáng lập Viện Nghiên cứu và Đào tạo Tiêu hóa, Gan Mật cho "
            "biết: \"Những người tiêu thụ rượu bia thường xuyên\".")
    assert "Gan Mật" not in _all_names(text)
    text = ("Nhiều hành khách đi tuyến Bến Thành - Bình Tây cho biết nếu kéo dài tuyến này về bến xe miền Tây thì "
            "họ đỡ tốn tiền. Tuyến Bình Tây rất đông.")
    assert "Bình Tây" not in _all_names(text)


def test_thay_is_the_older_spelling_of_thay_teacher() -> None:
    # vntc-train-XH_VNE_(975): traditional healers addressed as "thày"
    text = ("Cũng như thần y Ba Lưới, thày Út Thành, thày Nam Cao, cô Ba Vồ Đầu, Năm Chuột mỗi người đều ý thức gây "
            "rừng thuốc quý.")
    names = _all_names(text)
    assert "Út Thành" in names and "Nam Cao" in names


def test_numbered_district_before_a_titled_name() -> None:
    # vntc-train-XH_TT_(3158), vntc-train-XH_TT_(3593), vntc-test-XH_VNE_T_(7405): the district's number is no house
    # number, the holder's name follows
    assert "Võ Văn Thưởng" in _names("Đáng chú ý có Bí thư quận ủy Quận 12 Võ Văn Thưởng (36 tuổi, TP.HCM).")
    assert "Huỳnh Khắc Cần" in _names("Theo chủ tịch UBND Q.10 Huỳnh Khắc Cần, quận đã có kế hoạch.")
    assert "Phạm Thành Kiên" in _names("Chủ tịch UBND phường Bến Thành, quận 1 Phạm Thành Kiên, từ đầu tháng, phường "
                                       "đã tuyên truyền phòng chống dịch.")


def test_house_numbers_still_open_no_name() -> None:
    assert _names("Cửa hàng ở số 12 Nguyễn Trãi, phường 3, quận 5 bán đồ cũ.") == []
    assert _names("Nhà 45 Lê Lợi bị cháy.") == []



def test_folk_figures_after_a_form_of_address() -> None:
    # vntc-test-XH_VNE_T_(137), (3846), vntc-test-XH_TT_T_(10272): the Kitchen Gods, Westerners, a fairy-tale Buddha
    assert _names("Tết ông Công, ông Táo đang đổi thay theo thời cuộc.") == []
    assert _names("Bẵng đi ít hôm, không thấy bóng dáng 2 ông Tây, cả xóm đoán già đoán non.") == []
    assert _names("Ông Bụt ở xã da cam") == []


def test_a_man_named_cong_or_tien_stays() -> None:
    # vntc corpus: "ông Công" without "ông Táo" is a man named Công
    assert _names("Theo hợp đồng, ông Công được phép cho ba tàu khai thác cát.") == ["Công"]
    assert _names("Ông Tiên phân tích: cách phân bổ ngân sách chưa hợp lý.") == ["Tiên"]


def test_school_named_after_a_person_is_no_person_anywhere_in_the_article() -> None:
    # vntc-test-XH_VNE_T_(6783), vntc-train-XH_TT_(2197): a school list names a school bare once the article has
    # written it after a school word
    text = ("Các trường có đông học sinh: Lê Quý Đôn, Nguyễn Thị Minh Khai, Marie Curie (quận 3). Một phụ huynh đón "
            "con ở trường Marie Curie cho biết, trước đây không có chuyện này.")
    assert "Marie Curie" not in _all_names(text)
    text = ("Các lớp chuyên ở Nguyễn Thượng Hiền, Gia Định, Trần Đại Nghĩa đều tuyển đủ. Tại sao học sinh ở trường "
            "Trần Đại Nghĩa hè cũng phải đi học?")
    assert "Trần Đại Nghĩa" not in _all_names(text)


def test_environment_ministry_is_no_school() -> None:
    # vntc-train-XH_TT_(3158): "Môi trường" ends in the school word; the minister after it stays a person
    text = "Thứ trưởng Bộ Tài nguyên - Môi trường Phạm Khôi Nguyên trúng cử. Phạm Khôi Nguyên được bầu lại."
    assert "Phạm Khôi Nguyên" in _all_names(text)


def test_places_and_things_opened_by_a_family_name() -> None:
    # vims-Cluster_007-47, vntc-test-XH_TN_T_(8528), vntc-test-XH_VNE_T_(6110), vims-Cluster_118-767
    assert _names("Anh Phan Đức Huy (SN 1985, ngụ phường Khánh Xuân, TP.Buôn Ma Thuột) tử vong.") == ["Phan Đức Huy"]
    assert _names("Khu vực Tân Hòa Đông - Bà Hom (thuộc lưu vực Tân Hóa - Lò Gốm, Q.6) là nơi ngập điển hình.") == []
    assert _names("Vườn quốc gia Bạch Mã nằm cách thành phố Huế khoảng 40 km.") == []
    assert _names("Ở các nước Âu Mỹ, giáo sư là một chức vụ giảng dạy.") == []
    # vntc-train-XH_VNE_(969), vntc-test-XH_VNE_T_(1844)
    assert _names("Trưa nay, nước tại Trà Khúc sẽ lên đỉnh.") == []
    assert _names("Bến Lương Yên nằm trên đường Nguyễn Khoái.") == []
