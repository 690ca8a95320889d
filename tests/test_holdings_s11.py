"""Holdings found in the eleventh session's reading of unannotated corpus articles (sentences from corpus_dev)."""
from kg.extraction import extract
from kg.model import Article


def holdings(text: str, source: str = "VnExpress") -> set[tuple[str, str]]:
    out = extract(Article(id="t", title="", text=text, source=source)).to_json()
    return {(h["person"], h["position"]) for h in out["holdings"]}


def test_head_of_the_board_managing_several_zones():
    # vims-Cluster_114-742
    text = ("Ngày 23.5, ông Võ Thanh Hùng, Trưởng Ban quản lý các khu chế xuất và công nghiệp Cần Thơ cho biết: số "
            "tiền nợ đọng đã lên đến gần 900 tỷ đồng.")
    assert holdings(text) == {("Võ Thanh Hùng", "Trưởng Ban quản lý các khu chế xuất và công nghiệp Cần Thơ")}


def test_head_of_the_board_managing_several_projects():
    # vntc-train-XH_NLD_(4152)
    text = ("Trao đổi với phóng viên Báo Người Lao Động, ông Nguyễn Ngôn, Trưởng Ban Quản lý các dự án tái định cư TP "
            "Đà Nẵng, cho biết: Vào tháng 9 sẽ bàn giao mặt bằng.")
    assert holdings(text) == {("Nguyễn Ngôn", "Trưởng Ban Quản lý các dự án tái định cư thành phố Đà Nẵng")}


def test_a_director_of_some_company_is_no_post():
    # the guard: 'các' right after a title with no management board in it still names no body
    text = "Ông Trần Văn Phương, giám đốc các công ty phân phối máy tính, cho biết giá sẽ giảm."
    assert holdings(text) == set()
