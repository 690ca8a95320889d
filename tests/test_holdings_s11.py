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


def test_principal_of_the_school_named_in_lower_case():
    # vntc-test-XH_VNE_T_(4417)
    text = ("Sau 2 năm thí điểm phân ban theo chỉ đạo của Bộ GDĐT, trường THPT Trần Phú (Hà Nội) ngày càng mất giá.\n"
            "Hiệu trưởng Đỗ Đình Trụ cho biết, điểm xét tuyển vào trường giảm 0,5-1 điểm so với thời kỳ học theo "
            "chương trình đại trà.")
    assert holdings(text) == {("Đỗ Đình Trụ", "Hiệu trưởng trường THPT Trần Phú")}


def test_principal_of_the_school_named_before_in_lower_case():
    # vntc-test-XH_VNE_T_(7605)
    text = ("Dự án này cũng giúp cải thiện hạ tầng cơ sở trước cổng trường tiểu học Tô Hoàng như lắp đặt gờ giảm tốc "
            "và biển báo, kẻ mới vạch đi bộ qua đường.\nTheo Hiệu trưởng Nguyễn Thị Minh Dung, dự án này rất cần triển "
            "khai vì sự an toàn của học sinh.")
    assert holdings(text) == {("Nguyễn Thị Minh Dung", "Hiệu trưởng trường tiểu học Tô Hoàng")}


def test_two_schools_in_lower_case_name_no_ones_principal():
    # the guard: with two schools near it, the bare title takes neither
    text = ("Học sinh trường THCS Nguyễn Du và trường THCS Lê Lợi đã được nghỉ học.\n"
            "Hiệu trưởng Đỗ Đình Trụ cho biết, nhà trường sẽ bố trí học bù.")
    assert holdings(text) == set()


def test_head_of_a_ward_in_a_hospital_named_with_its_number():
    # dantri-unc-news_health_164
    text = ("Tại Bệnh viện Nhi Đồng 1, các bác sĩ nghi ngờ bệnh nhi bị dị vật đường thở nên cho bé thực hiện X-quang "
            "ngực. BS Nguyễn Tuấn Như, Trưởng khoa Tai Mũi Họng cho biết: Sau khi hội chẩn, chúng tôi quyết định "
            "nội soi.")
    assert holdings(text) == {("Nguyễn Tuấn Như", "Trưởng khoa Tai Mũi Họng Bệnh viện Nhi Đồng 1")}


def test_director_pointing_back_to_a_hospital_named_with_its_number():
    # dantri-unc-news_health_003
    text = ("Tuy nhiên, đến tháng 8/2020 đơn vị cho thuê máy đột nhiên rút hệ thống robot phẫu thuật khỏi Bệnh viện "
            "Nhân Dân 115. BS Phan Văn Báu, Giám đốc bệnh viện cho biết robot phẫu thuật không thực hiện theo hợp tác "
            "công tư.")
    assert holdings(text) == {("Phan Văn Báu", "Giám đốc Bệnh viện Nhân Dân 115")}


def test_a_count_after_a_hospital_is_no_part_of_its_name():
    # the guard: a number followed by a lower-case word counts something
    from kg.extraction.implicit_bodies import named_bodies
    assert named_bodies("Bệnh viện Bạch Mai 2 năm nay tiếp nhận nhiều ca.", "bệnh") == ["Bệnh viện Bạch Mai"]


def test_deputy_head_of_a_representative_office():
    # vims-Cluster_144-935
    text = ("Ông Võ Văn Pháp, Phó trưởng đại diện Cảng vụ hàng không miền Bắc tại Nghệ An cho biết, cảng vụ đang lập "
            "biên bản để báo cáo sự việc lên cấp trên.")
    assert holdings(text) == {("Võ Văn Pháp", "Phó trưởng đại diện Cảng vụ hàng không miền Bắc tại Nghệ An")}
