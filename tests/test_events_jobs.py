"""'đang làm việc tại', 'người lao động làm việc tại': a job, no working visit; an official trip stays one."""

from kg.extraction import extract
from kg.model import Article


def test_working_at_a_job_opens_no_event():
    text = ("Anh Quang Thanh, đang làm việc tại Trung tâm Văn hóa Trống Đồng, quận 3 cũng không hề biết giá xăng giảm "
            "mà chỉ biết trước đây tăng lên 10.000 đồng/lít.")
    assert extract(Article("t", "Nhiều người dân không biết xăng giảm giá", text)).events == []
    text = ("Chị Đỗ Thị Hòa, hiện làm việc tại Khu Công nghiệp Sóng Thần, Bình Dương cho hay, đã 4 cái Tết gần đây chị "
            "đều đi ôtô về quê ở Vĩnh Yên, Vĩnh Phúc để đoàn tụ gia đình.")
    assert extract(Article("t", "", text)).events == []


def test_an_official_working_trip_is_still_an_event():
    text = "Sáng 12/3, Bộ trưởng Bộ Công an Lê Hồng Anh đã sang làm việc tại Lào."
    [event] = extract(Article("t", "", text, published="2005-03-12")).events
    assert (event.locations, event.attendees) == (["Lào"], ["Lê Hồng Anh"])
