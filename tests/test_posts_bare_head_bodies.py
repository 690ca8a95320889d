"""A title whose body is only the head word of a club or board ('Chủ tịch CLB', 'Ủy viên Ban') names no body, as
'Chủ tịch xã' names no commune: no holding; sentences from corpus_dev."""

from extracted import current_holdings as holdings


def test_a_clubs_chairman_without_the_club():
    text = ("Theo thông tin mới nhất, Chủ tịch CLB Nguyễn Hồng Thanh đã gửi đơn từ chức lên Hội đồng quản trị công ty "
            "cổ phần bóng đá SL Nghệ An.")
    assert not any(post == "Chủ tịch CLB" for _, post in holdings(text))


def test_a_clubs_vice_chairman_cut_short():
    text = ("Tham luận của ông Jérôme Bignon – Phó Chủ tịch CLB các vịnh đẹp nhất thế giới... Sau một ngày làm việc, "
            "các đại biểu đã đi thăm vịnh.")
    assert not any(post == "Phó Chủ tịch CLB" for _, post in holdings(text))


def test_a_board_member_cut_short():
    text = ("Thư ký là ông Nguyễn Công Soái, Ủy viên Ban thường vụ, Trưởng ban Tổ chức Thành ủy Hà Nội và 36 thành "
            "viên khác.")
    assert not any(post == "Ủy viên Ban" for _, post in holdings(text))
