"""A head noun of a facility, organisation, product, show or dish before a capitalised name makes it the
thing's name, not a person's (session 22; gold sets' and corpus_dev sentences)."""

from kg.extraction.pipeline import extract
from kg.model import Article


def _persons(text: str) -> set[str]:
    return {p.name for p in extract(Article(id="t", title="", text=text)).persons}


def test_high_tech_park_is_no_person() -> None:
    text = ("Buổi chiều cùng ngày, Chủ tịch Trần Đức Lương và đoàn đại biểu Việt Nam đi thăm khu công nghệ cao "
            "Trung Quan Thôn.")
    persons = _persons(text)
    assert "Trần Đức Lương" in persons
    assert "Quan Thôn" not in persons


def test_cement_brand_is_no_person() -> None:
    assert "Hoàng Thạch" not in _persons("Hợp đồng ximăng Hà Tiên bị thay thế bằng ximăng Hoàng Thạch.")


def test_zoo_and_notary_office_are_no_persons() -> None:
    assert "Gladys Porter" not in _persons("Harambe sinh ra tại sở thú Gladys Porter ở thành phố Brownsville, bang "
                                           "Texas, và được chuyển đến Cincinnati năm 2014.")
    assert "Bùi Ngọc Hiếu" not in _persons("Thanh tra Bộ Tư pháp đã có kết luận liên quan Công ty TNHH Đấu giá Đông "
                                           "Nam và Văn phòng Công chứng Bùi Ngọc Hiếu.")


def test_concert_and_car_model_are_no_persons() -> None:
    assert "Trịnh Công Sơn" not in _persons("Thành phố Hội An sẽ tổ chức nhiều chương trình đặc sắc như đêm nhạc "
                                            "Trịnh Công Sơn (ngày 1/4).")
    assert "Suzuki Ciaz" not in _persons("Đỉnh điểm là ngay đầu tháng 4 mẫu xe Suzuki Ciaz được giảm giá đến 40 "
                                         "triệu đồng.")


def test_firm_abbreviated_cty_is_no_person() -> None:
    text = ("HUTECH IT Open Day 2021 được tài trợ bởi các doanh nghiệp uy tín như Cty SCC Việt Nam, Cty CP Tin học "
            "Lạc Việt, Cty Tích hợp Hệ thống CMC Sài Gòn.")
    assert "Lạc Việt" not in _persons(text)


def test_dishes_named_after_places_are_no_persons() -> None:
    assert "Lã Vọng" not in _persons("Tại Hà Nội, bạn sẽ thưởng thức đặc sản chả cá Lã Vọng, thăm hồ Tây, hồ Hoàn "
                                     "Kiếm.")
    assert "Đồng Quan" not in _persons("Ở đây còn có rượu Vân Hà, xôi nếp cẩm Mỏ Thổ nổi tiếng ở làng Việt Yên, "
                                       "bánh đúc Đồng Quan, bánh mật Đức Thắng và chả cá Bố Hạ.")


def test_road_junction_is_no_person() -> None:
    text = ("Vị trí cầu phía quận Bình Thạnh sẽ bắt đầu từ giao điểm Ngô Tất Tố nối kết với đường Lương Định Của, "
            "quận 2.")
    assert "Ngô Tất Tố" not in _persons(text)


def test_capitalised_organisation_is_no_person() -> None:
    text = ("Đó cũng là chủ đề chính của cuộc hội thảo do Thanh tra Chính phủ, Tổ chức Konrad Adenauer Stiftung (KAS "
            "- Đức) và Viện Nghiên cứu ngoại vụ Singapore phối hợp tổ chức.")
    assert "Konrad Adenauer Stiftung" not in _persons(text)


def test_organisation_word_as_a_department_field_keeps_its_head() -> None:
    text = ("Có những vấn đề tôi đặt ra cũng chưa được bộ trưởng trả lời, chẳng hạn sau khi việc ở PMU18 xảy ra như "
            "thế, người phát ngôn của bộ (Vụ trưởng Vụ Tổ chức cán bộ Phạm Tăng Lộc - PV) lại cứ gắn tôi vào với Bùi "
            "Tiến Dũng và Nguyễn Việt Bắc.")
    assert "Phạm Tăng Lộc" in _persons(text)
    assert "Hồ Đức Việt" in _persons("Trưởng Ban Tổ chức Trung ương Hồ Đức Việt cho biết.")
