"""A city's short form written with its full stop and a space ('Giám đốc Trung tâm Y tế TP. Phú Quốc', 'Trưởng phòng y
tế TP. Vĩnh Long, Trưởng đoàn kiểm tra') keeps the city or district named after it in the body (posts._dotted_city,
districts and provinces of the gazetteer); a full stop that ends the sentence stays an end. Sentences from real corpus
articles (dantri-unc-news_health_094, vims-Cluster_240-1571)."""

from extracted import current_holdings as holdings


def test_a_district_level_city_after_tp_dot_is_the_body_s_place():
    text = ("Theo bác sĩ Lê Công Lĩnh, Giám đốc Trung tâm Y tế TP. Phú Quốc cho biết, trước khi tiêm ngừa vắc xin "
            "phòng Covid-19, người dân được khám sàng lọc.")
    assert ("Lê Công Lĩnh", "Giám đốc Trung tâm Y tế thành phố Phú Quốc") in holdings(text)


def test_the_chain_goes_on_after_the_dotted_city():
    text = ("Bà Lê Thị Tú Anh, Trưởng phòng y tế TP. Vĩnh Long, Trưởng đoàn kiểm tra cho biết: “Đoàn đã tiến hành "
            "lập biên bản”.")
    assert ("Lê Thị Tú Anh", "Trưởng đoàn kiểm tra") in holdings(text)


def test_a_sentence_s_end_after_tp_stays_an_end():
    text = "Ông Trần Quốc Tuấn là Chủ tịch UBND TP. Theo ông, tại khu du lịch có nhiều người."
    assert ("Trần Quốc Tuấn", "Chủ tịch Ủy ban nhân dân thành phố") in holdings(text)
