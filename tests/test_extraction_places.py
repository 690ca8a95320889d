from kg.extraction.gazetteer import provinces
from kg.extraction.places import find_places
from kg.text.segment import tokens


def places(text: str) -> list[tuple[str, str]]:
    return [(p.name, p.level) for p in find_places(text, tokens(text))]


def test_provinces_before_and_after_2025_and_pre_2008():
    names = set(provinces().values())
    assert {"Lâm Đồng", "Đắk Nông", "Hà Tây", "Hà Nội", "Hồ Chí Minh"} <= names
    assert len(names) >= 63


def test_spelling_variants_and_units():
    assert places("tại TP.HCM, tỉnh Khánh Hoà và Đắc Lắc") == [
        ("Hồ Chí Minh", "province"), ("Khánh Hòa", "province"), ("Đắk Lắk", "province")]
    assert places("tại xã Trường Yên, huyện Hoa Lư") == [("xã Trường Yên", "commune"), ("huyện Hoa Lư", "district")]
    assert places("Bà Rịa - Vũng Tàu và Thừa Thiên - Huế") == [
        ("Bà Rịa - Vũng Tàu", "province"), ("Thừa Thiên Huế", "province")]


def test_places_typed_without_diacritics():
    assert places("Hoi nghi tai Ha Noi va Da Nang") == [("Hà Nội", "province"), ("Đà Nẵng", "province")]


def test_district_names_know_all_their_provinces():
    from kg.extraction.gazetteer import district_provinces

    assert district_provinces()["hoa lư"] == {"Ninh Bình"}
    assert len(district_provinces()["châu thành"]) > 3  # a name many provinces share


def test_formal_country_names_are_places():
    from kg.extraction import extract
    from kg.model import Article

    text = ("Hôm qua, tại điện Buckingham, London, Nữ hoàng Anh Elizabeth đã tiếp Chủ tịch nước Trần Đức Lương "
            "đang ở thăm chính thức Liên hiệp Vương quốc Anh.")
    [event] = extract(Article("t", "", text, published="2004-05-25")).events
    assert event.locations == ["London", "Anh"]  # the formal name gives its usual short one


def test_a_foreign_town_placed_by_a_known_place_is_a_venue():
    from kg.extraction import extract
    from kg.model import Article

    text = "Ngày 12/5, ở Tampa, Florida (Mỹ), Bộ trưởng Quốc phòng Mỹ Lloyd Austin chủ trì lễ chuyển giao."
    [event] = extract(Article("t", "", text, published="2022-05-13")).events
    assert event.locations[0] == "Tampa" and "Mỹ" in event.locations


def test_numbered_city_units_are_places():
    from kg.extraction.places import find_places
    from kg.text.segment import tokens

    text = "tại Công viên Văn hóa Lê Thị Riêng (quận 10 - TPHCM), ở phường 1, quận 5"
    found = [(p.name, p.level) for p in find_places(text, tokens(text, 0, len(text)))]
    assert ("quận 10", "district") in found and ("phường 1", "commune") in found and ("quận 5", "district") in found


def test_districts_the_package_stores_with_their_kind_are_found_by_bare_name():
    # vntc/dantri: the package keys "cao lãnh (thành phố)", "cai lậy (huyện)"; texts write the bare name
    text = "từ Cao Lãnh (Đồng Tháp) qua Cái Bè, Cai Lậy (Tiền Giang) nối liền Mộc Hóa (Long An)"
    found = places(text)
    assert ("Cao Lãnh", "district") in found and ("Cai Lậy", "district") in found
    assert ("Đồng Tháp", "province") in found


def test_no_place_inside_a_longer_proper_name():
    text = ("Hai bên nhất trí hợp tác chặt chẽ trong quá trình chuẩn bị cho Hội nghị cấp cao Diễn đàn Hợp tác kinh tế "
            "châu Á - Thái Bình Dương (APEC) được tổ chức ở Việt Nam vào năm 2006 và ở Australia vào năm 2007.")
    assert [name for name, _ in places(text)] == ["Việt Nam", "Australia"]


def test_states_leave_out_foreign_cities():
    from kg.extraction.gazetteer import states

    assert states()["thái lan"] == "Thái Lan" and "bangkok" not in states() and "washington dc" not in states()


def test_formal_state_names_capitals_and_seats_of_government():
    assert places("trong chuyến thăm Cộng hòa Hungary, Vương quốc Bỉ và Liên bang Nga") == [
        ("Hungary", "country"), ("Bỉ", "country"), ("Liên bang Nga", "country")]
    assert places("tại nhà khách Chính phủ ở thủ đô Budapest") == [("Budapest", "city")]
    assert places("chuyến thăm hữu nghị chính thức nước Cộng hòa Hồi giáo Pakistan, hôm qua") == [
        ("Pakistan", "country")]
    assert places("diễn ra tại thủ đô Vientian của Lào") == [("Vientian", "city"), ("Lào", "country")]
    # a building is no administrative place
    assert places("Bộ trưởng Quốc phòng Tây Ban Nha nói tại hội nghị thượng đỉnh tại Nhà Trắng") == [
        ("Tây Ban Nha", "country")]


def test_a_highland_district_written_as_one_word_is_found():
    text = "khảo sát một số điểm du lịch tại các huyện miền núi Đakrông, Hướng Hóa."
    assert places(text) == [("Đakrông", "district"), ("Hướng Hóa", "district")]
