"""Heads of bodies the roles list lacked: a pagoda's abbot, a foreign province's governor, an association's head as
Korean ones are called, a treasurer; sentences from corpus_dev."""

from extracted import current_holdings as holdings


def test_an_abbot_of_a_pagoda():
    text = "Sư cụ Đàm Thanh, trụ trì chùa Tây Phương, cho biết: \"Chúng tôi chỉ còn biết trông vào chính quyền\"."
    assert ("Đàm Thanh", "Trụ trì chùa Tây Phương") in holdings(text)


def test_a_foreign_provinces_governor():
    text = ("Phát biểu tại buổi lễ, ông Phạm Minh Đoan - chủ tịch UBND tỉnh Thanh Hóa, ông Chơ Dinh Vang - ủy viên "
            "Trung ương Đảng, bí thư, tỉnh trưởng tỉnh Hủa Phăn (Lào) - nhấn mạnh: Sự nâng cấp cửa khẩu.")
    assert any(person == "Chơ Dinh Vang" and post.lower() == "tỉnh trưởng tỉnh hủa phăn"
               for person, post in holdings(text))


def test_an_associations_head_and_treasurer():
    text = "Lee Sang Min, Hội trưởng hội Vesamo, đã phát biểu: “Tôi rất vui mừng”."
    assert ("Lee Sang Min", "Hội trưởng hội Vesamo") in holdings(text)
    text = ("Ông Đoàn Văn Hoàng - thủ quỹ hội phụ huynh học sinh THPT Châu Thành - không hề giấu giếm, cho biết: Nhà "
            "trường làm vậy là vì muốn con em được thuận lợi trong thi cử.")
    assert ("Đoàn Văn Hoàng", "Thủ quỹ hội phụ huynh học sinh THPT Châu Thành") in holdings(text)
