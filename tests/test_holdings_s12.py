"""Holdings of the twelfth session, from the errors fresh (blind) political articles had; sentences from corpus_dev."""
from kg.extraction import extract
from kg.model import Article


def holdings(text: str, source: str = "VnExpress") -> set[tuple[str, str]]:
    out = extract(Article(id="t", title="", text=text, source=source)).to_json()
    return {(h["person"], h["position"]) for h in out["holdings"]}


def test_a_committee_named_in_lower_case_runs_on_to_the_name():
    # vntc-train-XH_TT_(3605)
    text = ("Sáng cùng ngày, tại vườn hoa Lý Thái Tổ bên hồ Hoàn Kiếm, Phó Chủ nhiệm Ủy ban Giáo dục thanh thiếu niên "
            "nhi đồng Quốc hội Nguyễn Viết Chức; Thứ trưởng Bộ Văn hóa - Thông tin (VHTT) Trần Chiến Thắng đã tới dự.")
    assert ("Nguyễn Viết Chức", "Phó Chủ nhiệm Ủy ban Giáo dục thanh thiếu niên nhi đồng Quốc hội") in holdings(text)


def test_a_ministry_with_lower_case_fields_runs_on_to_the_name():
    # vntc-train-XH_TT_(2840)
    text = ("Tờ trình của Chính phủ do Bộ trưởng Bộ Lao động, thương binh - xã hội Nguyễn Thị Hằng trình bày cho biết "
            "pháp lệnh bổ sung chế độ bảo hiểm y tế.")
    assert holdings(text) == {("Nguyễn Thị Hằng", "Bộ trưởng Bộ Lao động, thương binh - xã hội")}


def test_an_association_in_lower_case_before_the_name():
    # vntc-train-XH_VNE_(1307)
    text = ("Cùng ngày, Chủ tịch Hội chữ thập đỏ Việt Nam Nguyễn Văn Thưởng cũng có thư kêu gọi toàn thể hội viên, "
            "thanh niên chữ thập đỏ.")
    assert holdings(text) == {("Nguyễn Văn Thưởng", "Chủ tịch Hội chữ thập đỏ Việt Nam")}


def test_a_title_of_the_name_ends_the_run():
    # vntc-test-XH_VNE_T_(4243): 'đại biểu' opens the deputy's own title, no part of the ministry
    text = ("Từng giữ cương vị Bộ trưởng Y tế, đại biểu Đỗ Nguyên Phương (Bình Phước) đã có những ý kiến rất sắc sảo.")
    assert not any(position.endswith("đại biểu") for _, position in holdings(text))


def test_a_verb_before_the_name_ends_the_run():
    # the guard: a single-syllable verb ("thăm") makes no word of a body
    text = "Bộ trưởng Bộ Y tế thăm Nguyễn Văn An tại bệnh viện."
    assert holdings(text) == set()



def test_a_comma_closing_no_list_of_fields_ends_the_run():
    # vntc-test-XH_VNE_T_(4096): ', nhà giáo', ', công an' describe the person, no field of the body
    text = ("Danh sách 30 gương mặt trẻ theo thứ tự phiếu bầu chọn từ cao đến thấp:\n1. Anh Hùng lao động Trần Thị "
            "Ngọc Anh2. Nhà văn Nguyễn Nhật Ánh3. Diễn viên Hồng Ánh4. Chủ tịch UBND quận 1 Trương Thị Ánh5. Hiệu "
            "trưởng THPT Nguyễn Thị Minh Khai, nhà giáo Dương Thị Trúc Bạch6. Phó trưởng phòng CSĐT tội phạm về ma "
            "túy, công an Lý Đại Bàng7. Nông dân giỏi Lý Văn Búp8.")
    assert not any(position.endswith(("nhà giáo", "công an")) for _, position in holdings(text))


def test_a_bare_vice_chairman_heads_the_one_city_committee_the_article_names():
    # vntc-test-XH_TT_T_(10103), whole text: the committee is named two sentences after the title
    text = ("TP.HCM: phải kéo giảm tai nạn giao thông\nTheo đó, trong năm 2005 phải giảm tối thiểu 10% số người chết "
            "và 25% số người bị thương so với năm trước. Đồng thời yêu cầu các quận huyện có số người chết vì tai nạn "
            "giao thông nhiều phải phấn đấu hơn để giảm số người chết.\nPhó chủ tịch Nguyễn Văn Đua nhấn mạnh không "
            "nên dừng lại ở mức 73 tỉ đồng xử phạt vi phạm về trật tự an toàn giao thông đã thu được trong năm qua, "
            "năm nay cần tiếp tục tăng hơn nữa.\nÔng Đua cũng yêu cầu phải nâng cao hơn 90% số người đội mũ bảo hiểm "
            "đi trên tuyến đường qui định bắt buộc và cho biết UBND TP.HCM sẽ tiếp tục trang bị cho lực lượng tuần "
            "tra và kiểm tra trên đường các phương tiện cần thiết để xử phạt các vi phạm về giao thông...")
    assert holdings(text) == {("Nguyễn Văn Đua", "Phó chủ tịch Ủy ban nhân dân thành phố Hồ Chí Minh")}


def test_a_commune_committee_is_no_body_for_a_bare_chairman():
    # vims-Cluster_141-909: the city's chairman meets the people at a commune's hall
    text = ("3 giờ đối thoại của Chủ tịch Nguyễn Đức Chung với dân chặn xe chở rác\nChiều 28/5, hàng trăm người dân 3 "
            "xã Nam Sơn, Bắc Sơn, Hồng Kỳ đã tập trung ở hội trường UBND xã Nam Sơn, huyện Sóc Sơn, để tham dự buổi "
            "đối thoại.")
    assert holdings(text) == set()


def test_another_body_a_chairman_heads_leaves_the_title_bare():
    # vntc-train-XH_TT_(3129), condensed (sentences reordered so that no sentence near the title names the
    # committee): the companies on strike have chairmen too
    text = ("Đại diện Công ty TNHH Kollan cho rằng cần tăng cường lực lượng an ninh. Phó chủ tịch Nguyễn Thiện Nhân "
            "cam kết từ ngày 5-1-2006 sẽ không để phát sinh thêm các cuộc bãi công có hành động quá khích. Trước đó, "
            "các công nhân đã ngừng việc. Ngày 4-1-2006 UBND TP đã có văn bản đề nghị Thủ tướng Chính phủ xem xét.")
    assert not any(person == "Nguyễn Thiện Nhân" for person, _ in holdings(text))


def test_holding_a_post_by_giu_chuc_danh():
    # dantri-unc-news_business_207
    text = "Nghị quyết 157 lại thông qua việc bầu ông Yasuhiro Saitoh giữ chức danh Chủ tịch HĐQT Eximbank."
    assert ("Yasuhiro Saitoh", "Chủ tịch HĐQT Eximbank") in holdings(text)


def test_appointed_into_the_post_by_vao_vi_tri():
    # vntc-train-XH_VNE_(1034)
    text = ("Vào lúc 8h sáng nay, Quốc hội đã thông qua nghị quyết về phê chuẩn đề nghị của Thủ tướng bổ nhiệm ông "
            "Cao Đức Phát vào vị trí Bộ trưởng Nông nghiệp và Phát triển Nông thôn.")
    assert ("Cao Đức Phát", "Bộ trưởng Bộ Nông nghiệp và Phát triển Nông thôn") in holdings(text)


def test_a_year_inside_the_post_after_the_verb_is_a_career():
    # vims-Cluster_014-96
    text = ("Người đào tẩu trên khẳng định Kim Yo-jong đã đảm nhiệm vị trí Phó ban Tuyên giáo của đảng Lao động "
            "Triều Tiên từ năm 2014.")
    assert not any("2014" in post for _, post in holdings(text, source="ViMs"))
