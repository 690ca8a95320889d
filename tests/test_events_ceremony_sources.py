"""A ceremony the lead reports as held goes on with its report's sources: "Theo ông A, <post>, ..." a few sentences
after it is a speech given there, as "ông A cho biết" is; not at a festival or fair (the sources describe the show),
an anniversary (they retell the past it marks) or a ceremony told to come (real corpus sentences:
vntc-test-XH_VNE_T_(6956), vntc-test-XH_VNE_T_(6713), dantri-unc-news_tech_114, vntc-train-XH_VNE_(1175),
vntc-test-XH_VNE_T_(441))."""

from kg.extraction import extract
from kg.model import Article


def _events(text: str) -> list[tuple[str | None, list[str]]]:
    return [(e.date, e.attendees) for e in extract(Article("t", "", text)).events]


def test_the_source_of_an_award_ceremony_report_speaks_there():
    text = ("Công bố biểu tượng du lịch Việt Nam\n"
            "Vượt qua hơn 1.100 tác phẩm dự thi, mẫu thiết kế của Công ty quảng cáo Đất Việt đã được chọn là biểu "
            "tượng và tiêu đề cho chương trình hành động quốc gia về du lịch 2006-2010. Tối 14/10, Tổng cục Du lịch "
            "đã trao giải nhất cho mẫu biểu tượng này.\n"
            "Chữ Việt Nam - The hidden charm (Việt Nam - Sự lôi cuốn tiềm ẩn) nổi bật với gam màu đỏ đen, được đặt "
            "dưới búp sen vàng mang đậm nét văn hoá truyền thống.\n"
            "Theo ông Phạm Từ, Phó tổng cục Du lịch, tiêu đề và biểu tượng được chọn đáp ứng các yêu cầu và phù hợp "
            "với nội dung, nhiệm vụ và định hướng của du lịch Việt Nam trong những năm tới.")
    assert _events(text) == [(None, ["Phạm Từ"])]


def test_the_jury_head_quoted_after_a_prize_giving():
    text = ("Trao giải cuộc thi viết 'Thi đua làm giàu đất nước'\n"
            "Chiều nay, Báo Lao Động đã trao 15 giải thưởng cho các tác giả đoạt giải cao trong cuộc thi viết những "
            "chân dung người tốt, tập thể điển hình làm giàu cho đất nước. Cây bút không chuyên Trọng Đạt (tỉnh "
            "Bình Dương) đoạt giải nhất trị giá 25 triệu đồng với tác phẩm \"Anh hùng giống lúa\". Hai tác giả Vĩnh "
            "Quyền (Đà Nẵng), Dũng Minh (Hà Nội) được Ban tổ chức trao giải nhì, trị giá 10 triệu đồng.\n"
            "Kéo dài trong 7 tháng, cuộc thi viết \"Thi đua làm giàu đất nước\" đã thu hút hơn 500 bài viết từ mọi "
            "miền đất nước.\n"
            "Theo ông Trần Đức Chính, Trưởng ban giám khảo cuộc thi, phần lớn các bài viết là của những cây bút nghiệp "
            "dư, có những người chỉ vì yêu mến nhân vật mà viết.")
    assert any("Trần Đức Chính" in attendees for _, attendees in _events(text))


def test_a_ceremony_told_in_the_lead_opens_with_its_first_source():
    text = ("Lễ Công bố Trung tâm Phục vụ hành chính công và Tổng đài giải đáp tự động dịch vụ công tỉnh Hậu Giang.\n"
            "Theo ông Nguyễn Trường Giang - Giám đốc Viettel Hậu Giang, thời gian để Doanh nghiệp này triển khai hệ "
            "thống tổng đài giải đáp tự động dịch vụ công tương đối ngắn (chỉ trong vòng chưa đầy 2 tháng).")
    assert _events(text) == [(None, ["Nguyễn Trường Giang"])]


def test_the_source_of_a_festival_report_describes_the_show():
    text = ("Đà Lạt buổi đầu tiên trình diễn các loài hoa\n"
            "Hôm nay, hơn 100.000 chậu hoa chính thức ra mắt khách tham quan lễ hội tại Vườn hoa thành phố. Trong đó, "
            "18.000 chậu được xếp thành chiếc cổng chào hình cánh hoa với chiều cao 16 m và rộng khoảng 12 m.\n"
            "Theo ông Nông Kiệt Dùng, Phó giám đốc Công ty quản lý công trình đô thị Đà Lạt, có hơn 50 loại hoa, lá "
            "cảnh được trưng bày trên diện tích 9 ha.")
    assert _events(text) == []


def test_the_source_before_a_ceremony_to_come_is_not_there():
    text = ("Ngày mai diễn ra lễ tôn vinh 'đệ nhất kỳ quan' đất Việt\n"
            "Nhân dịp này, một lễ hội quy mô lớn và hoành tráng sẽ diễn ra tại thị xã Đồng Hới với sự tham gia của "
            "hàng vạn người dân địa phương và du khách trong, ngoài nước.\n"
            "Theo Chủ tịch UBND Quảng Bình Phan Lâm Phương, mọi hoạt động chuẩn bị cho lễ hội đã sẵn sàng.")
    assert _events(text) == []
