"""ORG do NAME làm POST: the person heads the organisation named before "do"; sentences from real corpus articles."""

from extracted import all_holdings as holdings


def test_company_headed_by_a_director_in_lower_case():
    text = ("Công ty Tiếp thị đầu tư nông nghiệp và phát triển nông thôn do Lã Thị Kim Oanh làm giám đốc vi phạm "
            "pháp luật.")
    post = "Giám đốc Công ty Tiếp thị đầu tư nông nghiệp và phát triển nông thôn"
    assert holdings(text) == {("Lã Thị Kim Oanh", post)}


def test_team_headed_by_an_officer_with_a_rank():
    text = ("Khoảng 22h00 ngày 21/5/2016, Tổ tuần tra kiểm soát giao thông của Phòng Cảnh sát giao thông Công an tỉnh "
            "Bắc Giang do Đại úy Nguyễn Hùng Cường làm Tổ trưởng cùng 7 tổ viên làm nhiệm vụ.")
    assert holdings(text) == {("Nguyễn Hùng Cường", "Tổ trưởng Tổ tuần tra kiểm soát giao thông Phòng Cảnh sát giao "
                                                    "thông Công an tỉnh Bắc Giang")}


def test_no_organisation_before_do_gives_nothing():
    text = "Lúc đó, mọi việc do ông Nguyễn Văn Hùng làm giám đốc quyết định."
    assert holdings(text) == set()
