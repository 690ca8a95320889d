"""The National Assembly's committees written in lower case, short or with other separators take their whole name
and the committee's own label (kg/lexicons/assembly_committees.tsv); sentences from real corpus articles
(gold_blind15 vntc-train-XH_TN_(1579), gold_blind27 vntc-test-XH_VNE_T_(6044), gold_blind30 vntc-train-XH_VNE_(256),
gold_blind33 vntc-test-XH_VNE_T_(5669), gold_blind12 vntc-train-XH_TN_(1646), vntc-test-XH_VNE_T_(4508))."""

from extracted import current_holdings as holdings


def test_lower_case_fields_before_the_name():
    text = ("Giải trình trước các đại biểu quốc hội (QH) chuyên trách hôm qua 21/2, Chủ nhiệm Ủy ban các vấn đề xã hội "
            "của QH Nguyễn Thị Hoài Thu cho biết: đã có 5 bản dự thảo.")
    assert holdings(text) == {("Nguyễn Thị Hoài Thu", "Chủ nhiệm Ủy ban các vấn đề xã hội của Quốc hội")}


def test_apposed_committee_closed_by_a_comma_in_an_article_on_the_assembly():
    text = ("Quốc hội thảo luận quy hoạch sân bay. Đồng tình với quan điểm này, bà Nguyễn Thị Hoài Thu, Chủ nhiệm Ủy "
            "ban các vấn đề xã hội, cho rằng, nếu không quy hoạch mạng lưới sân bay thì sẽ lãng phí.")
    assert ("Nguyễn Thị Hoài Thu", "Chủ nhiệm Ủy ban các vấn đề xã hội của Quốc hội") in holdings(text)


def test_comma_separated_lower_case_fields_reach_the_name():
    text = ("Chịu trách nhiệm thẩm tra dự luật trên, Chủ nhiệm Uỷ ban khoa học, công nghệ, môi trường của Quốc hội Hồ "
            "Đức Việt ủng hộ phương án 1.")
    assert holdings(text) == {("Hồ Đức Việt", "Chủ nhiệm Ủy ban Khoa học, Công nghệ và Môi trường của Quốc hội")}


def test_long_committee_name_in_lower_case():
    text = ("GS, TS Nguyễn Đình Hương, Phó chủ nhiệm Ủy ban văn hoá giáo dục thanh niên, thiếu niên và nhi đồng của "
            "Quốc hội đã tâm sự với VnExpress.")
    committee = "Ủy ban Văn hóa, Giáo dục, Thanh niên, Thiếu niên và Nhi đồng của Quốc hội"
    assert holdings(text) == {("Nguyễn Đình Hương", f"Phó chủ nhiệm {committee}")}


def test_short_dashed_form():
    text = "Phó chủ nhiệm Ủy ban Kinh tế - ngân sách Tào Hữu Phùng cho rằng Quốc hội cần xem xét kỹ."
    assert holdings(text) == {("Tào Hữu Phùng", "Phó chủ nhiệm Ủy ban Kinh tế và Ngân sách của Quốc hội")}


def test_bare_committee_after_the_title_takes_the_one_named_in_the_sentence():
    text = ("Từ ngày 10-13/3, đoàn đại biểu Ủy ban Các vấn đề xã hội của Quốc hội do Chủ tịch Ủy ban Nguyễn Thị Hoài "
            "Thu dẫn đầu đã thăm và làm việc tại Cuba.")
    assert holdings(text) == {("Nguyễn Thị Hoài Thu", "Chủ tịch Ủy ban các vấn đề xã hội của Quốc hội")}


def test_a_foreign_chamber_after_the_committee_is_another_body():
    text = "Chủ nhiệm Ủy ban Đối ngoại Hạ viện Mỹ Ed Royce nói Quốc hội Mỹ sẽ xem xét dự luật."
    assert all("của Quốc hội" not in post for _, post in holdings(text))


def test_no_assembly_named_leaves_the_bare_committee():
    text = "Ông Nguyễn Đức Kiên, Chủ nhiệm Ủy ban kinh tế, cho rằng có nổi lên một số vấn đề."
    assert all("Quốc hội" not in post for _, post in holdings(text))
