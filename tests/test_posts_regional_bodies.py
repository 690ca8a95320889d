"""A body named for a region ('Viện KHXH vùng Nam Bộ', 'Bệnh viện Đa khoa vùng Tây Nguyên') runs on over the
lower-case 'vùng' to the region's name; a sentence from corpus_dev."""

from extracted import current_holdings as holdings


def test_a_regional_institute_keeps_its_region():
    text = ("Trần Thế Nghĩa, Viện Trưởng Viện KHXH vùng Nam Bộ thì đóng góp vào hội thảo với vấn đề “Tư tưởng Hồ Chí "
            "Minh về độc lập dân tộc và thống nhất đất nước!”.")
    assert holdings(text) == {("Trần Thế Nghĩa", "Viện Trưởng Viện KHXH vùng Nam Bộ")}

