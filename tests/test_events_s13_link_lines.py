"""A line of links to other articles ("&gt;&gt; headline &gt;&gt; headline", as VnExpress and Thanh Niên pages close
a report) tells no event of the article: the people of those headlines take part in nothing here (real corpus lines:
vntc-train-XH_TT_(2799), vntc-train-XH_TN_(1416))."""

from kg.extraction import extract
from kg.model import Article

LINKS = ("&gt;&gt; Đại tướng Võ Nguyên Giáp: Kiểm điểm vụ PMU18 và báo cáo Đại hội X &gt;&gt; Nguyên Tổng Bí thư Lê "
         "Khả Phiêu: Tạo bước đột phá mới trong xây dựng Đảng &gt;&gt; Đại tướng Chu Huy Mân: Không dám nhìn thẳng sự "
         "thật là hư hỏng &gt;&gt; Trần Bạch Đằng: Đại hội X - Đại hội trẻ &gt;&gt; Dân muốn gì và chọn ai?")


def test_the_people_of_linked_headlines_take_part_in_no_event():
    text = "Đại hội sẽ tìm ra phương thuốc chống tham nhũng\n" + LINKS
    assert extract(Article("t", "", text)).events == []


def test_a_linked_headline_leaves_the_report_after_it_alone():
    text = ("&gt;&gt; Tổng thống Bush mong đợi chuyến thăm Việt Nam\n"
            "Sáng qua 14/4 tại Nhà khách Chính phủ, Chủ tịch Quốc hội (QH) Nguyễn Văn An đã tiếp và hội đàm với đoàn "
            "đại biểu Hạ viện Hoa Kỳ do ngài Dennis Hastert dẫn đầu.")
    events = extract(Article("t", "", text)).events
    assert [sorted(e.attendees) for e in events] == [["Dennis Hastert", "Nguyễn Văn An"]]
    assert all("Việt Nam" not in e.locations for e in events)
