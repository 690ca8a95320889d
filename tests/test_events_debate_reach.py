"""At a seminar, conference or session the report goes on from speaker to speaker: sentences between them that name
nobody (figures, the speech itself) do not end it, when the event is told in the first third of the article."""

from kg.extraction import extract
from kg.model import Article

# vntc-train-XH_NLD_(5282): the seminar is told in the sixth sentence; Nguyễn Thị Hoa Mai speaks five sentences on,
# after four that name nobody
SEMINAR = (
    "Ngăn chặn tình trạng đánh đập học sinh\n"
    "Môi trường giáo dục đang báo động về sự ngược đãi học sinh\n"
    "Hiện tượng trừng phạt học sinh đã xảy ra liên tục trong nhiều trường học trên toàn quốc. Người ta chưa thể quên "
    "việc một giáo viên bắt học sinh liếm ghế tại Trường THCS Liên Hoa (Hà Tĩnh).\n"
    "“Dù có những vướng mắc, bực dọc thế nào đi nữa, làm thầy cô giáo mà nóng giận, mất bình tĩnh nảy sinh việc đánh, "
    "mắng, phạt học sinh không theo một kỷ luật nào cả là điều khó tha thứ được”. Phát biểu tại hội thảo “Không dùng "
    "hình phạt đối với trẻ- sử dụng những biện pháp thay thế” do Sở GD-ĐT TPHCM phối hợp với Tổ chức Cứu trợ trẻ em "
    "Thụy Điển (SCS) tổ chức, cô Nguyễn Thị Mỹ Hạnh, Hiệu trưởng Trường Tiểu học Lương Định Của, (Q.3 - TPHCM), đã "
    "nêu rõ quan điểm của mình.\n"
    "24,5% giáo viên đánh học sinh\n"
    "Con số này đã làm mọi người hết sức kinh ngạc và lo ngại. Tuy nhiên, thực tế này đã diễn ra tại 4 tỉnh được khảo "
    "sát: Vĩnh Phúc, Quảng Ngãi, Gia Lai và Tiền Giang. Tại TPHCM, nhiều giáo viên cũng thừa nhận việc dùng hình phạt "
    "đối với học sinh. Bà Nguyễn Thị Hoa Mai, nguyên Trưởng Phòng Giáo dục tiểu học Sở GD-ĐT TPHCM, cho rằng: “Nếu "
    "một hình phạt nhẹ nhàng nào đó có thể sửa được lỗi của học sinh thì cũng vẫn cần có hình phạt. Tuy nhiên, trước "
    "khi dùng hình phạt đối với học sinh, giáo viên phải chỉ ra được những lỗi mà học sinh mắc phải”.\n"
    "Học sinh bị đánh dễ ức chế về tâm lý\n"
    "Trong 100 trường hợp học sinh bị cô giáo, thầy giáo quát, mắng, chửi, sỉ nhục thậm chí đánh thì có đến 80,5% học "
    "sinh “nhớ đời” và bị ức chế về tâm lý. Nhiều em thấy oan ức, căm giận. Một số em muốn trả thù. Nhiều em thấy xấu "
    "hổ, mặc cảm.")


def test_a_speaker_after_sentences_naming_nobody_is_still_at_the_seminar():
    [event] = extract(Article("t", "", SEMINAR)).events
    assert {"Nguyễn Thị Mỹ Hạnh", "Nguyễn Thị Hoa Mai"} <= set(event.attendees)


def test_not_when_the_event_is_told_late_in_a_longer_story():
    # the same seminar told after the long story (more than a third of the article) keeps the short reach
    story = "\n".join(["Hiện tượng trừng phạt học sinh đã xảy ra liên tục trong nhiều trường học trên toàn quốc."] * 12)
    [event] = extract(Article("t", "", story + "\n" + SEMINAR)).events
    assert "Nguyễn Thị Hoa Mai" not in event.attendees
