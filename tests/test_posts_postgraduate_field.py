"""'sau ĐH' (postgraduate), written in lower case after a body's field ('Vụ ĐH và sau ĐH', 'Phòng Đào tạo sau ĐH',
'Khoa Đào tạo và Quản lý sau ĐH'), is part of the body's name (body_words.txt), not the end of the post. Sentences from
real corpus articles outside the gold sets (vntc-test-XH_NLD_T_(9017), vntc-train-XH_TN_(1714),
vntc-test-XH_VNE_T_(6354))."""

from extracted import current_holdings as holdings


def test_the_department_of_universities_and_postgraduates():
    text = ("Bà Trần Thị Hà, Vụ trưởng Vụ ĐH và sau ĐH, cho biết những khiếu nại gần đây về luận án TS tập trung "
            "chủ yếu vào việc kiện cáo.")
    assert ("Trần Thị Hà", "Vụ trưởng Vụ Đại học và sau Đại học") in holdings(text)
    text = ("Khách mời tham gia chương trình gồm có: PGS-TS Ngô Kim Khôi, Phó vụ trưởng Vụ ĐH và sau ĐH (Bộ GD-ĐT); "
            "PGS-TS Huỳnh Thanh Hùng, Phó hiệu trưởng Trường ĐH Nông Lâm TP.HCM.")
    assert ("Ngô Kim Khôi", "Phó vụ trưởng Vụ Đại học và sau Đại học Bộ Giáo dục và Đào tạo") in holdings(text)


def test_a_postgraduate_training_office():
    text = ("Bản kết luận khẳng định những vi phạm của ông Nguyễn Huy Hoàng (Trưởng phòng Đào tạo sau ĐH). Ông này "
            "không học, không thi các môn chuyển đổi ngành theo quy định của Nhà nước mà vẫn được bảo vệ tiến sĩ.")
    assert ("Nguyễn Huy Hoàng", "Trưởng phòng Đào tạo sau Đại học") in holdings(text)
