"""An article that reports its speakers first and names the event only later, as one already being told ("Chốt lại
buổi làm việc, ...", "Phát biểu tại buổi lễ, ...", "Tham dự phiên họp, ..."): the speakers told before it took part
in it. An event only placed ("Tại cuộc họp, ...") needs two sayings before it (a lone one may be another
occasion's); one led by a verb of speaking or taking part ("Phát biểu tại buổi lễ, ...", one more speaker) needs one.
One who spoke to the press before it stays out."""

from kg.extraction import extract
from kg.model import Article

# vntc-train-XH_VNE_(835) (gold_blind18), shortened: Nguyễn Văn Hiệp speaks in three sentences before the working
# session is named ("Chốt lại buổi làm việc, Chủ tịch ... Lê Thanh Hải cho rằng")
SESSION = (
    "Xây nhà tái định cư cho dân: Vướng quá nhiều thứ\n"
    "Các đơn vị đầu tư đều lo chậm được thanh toán sau khi bàn giao công trình, việc giải phóng mặt bằng khó khăn, "
    "chi phí đền bù và giá thành căn hộ chưa thống nhất... là những vấn đề Sở Xây dựng \"kêu\" với UBND thành phố về "
    "chương trình xây hơn 30.000 căn hộ tái định cư, sáng 16/11.\n"
    "Theo ông Nguyễn Văn Hiệp, Phó giám đốc Sở Xây dựng thành phố, qua tiếp xúc hơn 60 doanh nghiệp có dự án đầu tư "
    "xây dựng chung cư trên địa bàn, Sở thống kê được trên 100 dự án sẽ tiến hành từ nay tới năm 2010 với tổng kinh "
    "phí gần 10.000 tỷ đồng.\n"
    "Ông Hiệp cho biết, hầu hết doanh nghiệp khi tham gia chương trình đều băn khoăn về việc thanh toán sau khi công "
    "trình được bàn giao. Các doanh nghiệp đề nghị sớm được thanh toán vì họ cần vốn quay vòng hoặc thanh toán các "
    "chi phí xây dựng.\n"
    "Cũng theo ông Hiệp, việc bồi thường giải phóng mặt bằng trong các công trình sử dụng vốn ứng trước của chủ đầu "
    "tư để thi công xây dựng quỹ nhà và thành phố đặt hàng mua lại phục vụ tái định cư còn chậm.\n"
    "Từ thực trạng trên, Sở Xây dựng kiến nghị UBND thành phố bố trí nguồn vốn đủ để mua lại quỹ nhà chung cư của "
    "các doanh nghiệp tham gia chương trình.\n"
    "Chốt lại buổi làm việc, Chủ tịch UBND thành phố Lê Thanh Hải cho rằng số nhà trong chương trình chưa đủ phục "
    "vụ riêng nhu cầu tái định cư.")

# vims-Cluster_220-1450 (dev gold), shortened: one saying of Lê Văn Khoa before the meeting Đinh La Thăng speaks at
LONE = (
    "Sau 'lệnh' của Bí thư Thăng, di dời dân chung cư 'hoang tàn nhất SG'\n"
    "Phó Chủ tịch UBND TP HCM Lê Văn Khoa vừa yêu cầu UBND quận 5 rà soát phương án hỗ trợ, bồi thường, tái định cư "
    "để vận động 10 hộ dân còn lại khẩn trương di dời khỏi chung cư số 727.\n"
    "Nếu đã vận động thuyết phục nhưng 10 hộ dân còn lại vẫn không chịu di dời thì thực hiện cưỡng chế.\n"
    "Tại cuộc họp với Quận ủy quận 5 ngày 20/5, Bí thư Thành ủy TP HCM Đinh La Thăng đã truy vấn việc các chung cư "
    "xuống cấp, có thể sập bất cứ lúc nào.")

# vntc-test-XH_VNE_T_(7983), shortened: the deputy station master speaks to VnExpress before a working session of
# others is told
PRESS = (
    "Công nghệ 'chống vé xịn' của cò ga Sài Gòn\n"
    "Theo ông Đỗ Quang Văn, Phó ga Sài Gòn, để vé đến được đúng tay người tiêu dùng, phía sau mỗi tấm vé đều ghi tên "
    "và số chứng minh nhân dân của người đi tàu.\n"
    "\"Thủ đoạn tẩy vé rất đơn giản\", ông Văn nói.\n"
    "\"Tất cả hành khách mua vé qua cò sẽ bị xử lý như người đi tàu trốn vé\", ông Văn khẳng định với VnExpress.\n"
    "Trong buổi làm việc mới đây với Sở Giao thông công chính TP HCM về vận tải hành khách trong dịp Tết nguyên đán, "
    "Thứ trưởng Bộ Giao thông vận tải Phạm Thế Minh cho rằng các ngành hàng không và đường sắt đã né tránh việc công "
    "khai với hành khách về khả năng đáp ứng nhu cầu đi lại của hành khách.")


def test_the_speaker_told_before_the_working_session_is_named_took_part():
    [event] = extract(Article("t", "", SESSION)).events
    assert {"Lê Thanh Hải", "Nguyễn Văn Hiệp"} <= set(event.attendees)


def test_a_lone_saying_before_the_meeting_is_not_at_it():
    [event] = extract(Article("t", "", LONE)).events
    assert "Lê Văn Khoa" not in event.attendees


def test_one_who_spoke_to_the_press_before_the_session_is_not_at_it():
    [event] = extract(Article("t", "", PRESS)).events
    assert event.attendees == ["Phạm Thế Minh"]


# dantri-unc-news_education_140 (gold_blind21), shortened: the academy's director speaks once ("Theo Đại tá ...")
# before "Phát biểu tại buổi lễ, Thiếu tướng Vũ Ngọc Thiềm ..."
CEREMONY = (
    "Thiếu tướng Vũ Ngọc Thiềm - Trưởng Ban Cơ yếu Chính phủ thay mặt Đảng, Nhà nước trao tặng Học viện Kỹ thuật Mật "
    "mã Huân chương Bảo vệ Tổ quốc hạng Nhì.\n"
    "Năm 2004, Học viện Kỹ thuật Mật mã trở thành cơ sở đầu tiên trong cả nước đào tạo kỹ sư An toàn thông tin.\n"
    "Theo Đại tá Nguyễn Hữu Hùng, sau 45 năm hình thành và phát triển, học viện đã có 7 khoa, 1 trung tâm thực hành "
    "kỹ thuật mật mã, 1 viện nghiên cứu và ứng dụng khoa học công nghệ.\n"
    "Hàng năm, học viện tổ chức tuyển sinh khoảng 1.000 học viên, sinh viên hệ đại học chính quy.\n"
    "Sinh viên Học viện Kỹ thuật Mật mã\n"
    "Phát biểu tại buổi lễ, Thiếu tướng Vũ Ngọc Thiềm - Trưởng Ban Cơ yếu Chính phủ đã chúc mừng và ghi nhận những "
    "nỗ lực, thành tích của tập thể cán bộ, giảng viên, học viên của Học viện Kỹ thuật Mật mã trong 45 năm qua.")


def test_one_saying_before_one_more_speaker_of_the_ceremony_joins_it():
    [event] = extract(Article("t", "", CEREMONY)).events
    assert {"Vũ Ngọc Thiềm", "Nguyễn Hữu Hùng"} <= set(event.attendees)


def test_one_saying_before_a_meeting_only_placed_does_not():
    # (without the lead's award, which tells the ceremony first: its report's "Theo ..." source speaks there, see
    # test_events_ceremony_sources.py)
    placed = CEREMONY.replace("Phát biểu tại buổi lễ, Thiếu tướng Vũ Ngọc Thiềm - Trưởng Ban Cơ yếu Chính phủ đã",
                              "Tại buổi lễ, Thiếu tướng Vũ Ngọc Thiềm - Trưởng Ban Cơ yếu Chính phủ đã")
    placed = placed[placed.index("\n") + 1:]
    [event] = extract(Article("t", "", placed)).events
    assert "Nguyễn Hữu Hùng" not in event.attendees
