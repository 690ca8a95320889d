"""A district's body without its name ("Chủ tịch UBND huyện", "Phó chủ tịch UBND quận") takes the one district
(quận / huyện) the article names, as a commune's or ward's already did; of two, the one named just before.
Sentences from real corpus articles (vntc-test-XH_VNE_T_(5188), vntc-train-XH_TT_(3123))."""

from extracted import current_holdings as holdings


def test_a_bare_district_takes_the_one_the_article_names():
    text = ("Tháng 3/2003, huyện Đông Anh mua chiếc Toyota Camry 2.4 với giá 533 triệu đồng, vượt quy định 133 triệu. "
            "Theo ông Tô Văn Minh, Chủ tịch UBND huyện, do giá ôtô trên thị trường tăng nên đành mua xe với giá cao.")
    assert ("Tô Văn Minh", "Chủ tịch Ủy ban nhân dân huyện Đông Anh") in holdings(text)
    text = ("Tại quận Bình Tân, ông Huỳnh Văn Biết, phó chủ tịch UBND quận, cho biết sau khi có hướng dẫn của Bộ Tài "
            "nguyên - môi trường đã thu hồi các giấy chứng nhận cũ.")
    assert ("Huỳnh Văn Biết", "Phó chủ tịch Ủy ban nhân dân quận Bình Tân") in holdings(text)


def test_of_two_districts_the_one_named_just_before_the_title():
    # kg/extraction/level_antecedents.py: with two districts in the article, the one the sentence names before
    # the bare title ("Tại quận Bình Tân, ...") is the title's, not none
    text = ("Quận Bình Tân và quận Tân Phú đều chậm. Tại quận Bình Tân, ông Huỳnh Văn Biết, phó chủ tịch UBND quận, "
            "cho biết đã thu hồi các giấy chứng nhận cũ; quận Tân Phú chưa làm.")
    assert ("Huỳnh Văn Biết", "Phó chủ tịch Ủy ban nhân dân quận Bình Tân") in holdings(text)
