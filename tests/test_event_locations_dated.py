"""A place right after the date of an event named after `tại` is where that event is held ('Tại cuộc họp báo ngày
30/5 tại Hà Nội'), unlike the rest of the event's name (texts from the corpus)."""

from kg.extraction import extract
from kg.model import Article


def locations(text: str) -> list[list[str]]:
    return [e.locations for e in extract(Article("t", "", text)).events]


def test_a_place_after_the_press_conference_date_is_its_venue():
    # vims-Cluster_169-1105
    text = ("Tại cuộc họp báo ngày 30/5 tại Hà Nội, đại sứ Italia Cecllia Piccioni cho biết: “Chúng tôi sẽ đưa quý vị "
            "khách quý đến tham dự Lễ kỷ niệm Quốc khánh vào một hành trình khám phá những nét đặc trưng văn hóa.”")
    assert locations(text) == [["Hà Nội"]]


def test_a_place_after_the_ceremony_time_is_its_venue():
    # vntc-test-XH_VNE_T_(3634)
    text = ("\"100% thí sinh sẽ được làm bài trên đĩa cứng\", ông Nguyễn Long, Tổng thư ký Hội tin học Việt Nam, "
            "Trưởng ban tổ chức, khẳng định tại lễ công bố cuộc thi chiều 29/3 tại Hà Nội.")
    assert locations(text) == [["Hà Nội"]]


def test_an_event_still_to_come_lends_no_place():
    # the shape of vntc-train-XH_NLD_(4281): the conference where a plan 'sẽ được trình bày' is yet to be held
    text = ("Ông Marcus Conarro vừa cho biết chương trình hành động về cúm gia cầm sẽ được trình bày tại Hội nghị châu "
            "Á-Thái Bình Dương diễn ra từ ngày 4 đến 6-5 tại Đà Nẵng.")
    assert all("Đà Nẵng" not in found for found in locations(text))
