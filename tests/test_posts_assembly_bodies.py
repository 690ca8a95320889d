"""The National Assembly's committees are named with "của" ("Ủy ban Pháp luật của Quốc hội"): the label keeps it as
written, while "của" before a company's name still goes; sentences from real corpus articles."""

from extracted import current_holdings as holdings


def test_assembly_committee_keeps_of():
    text = ("Đồng tình với quan điểm trên, song Chủ nhiệm Ủy ban Pháp luật của QH Vũ Đức Khiển lưu ý: “Chữ ký điện "
            "tử” là một quy định mới, cần được làm rõ hơn trong dự luật.")
    assert ("Vũ Đức Khiển", "Chủ nhiệm Ủy ban Pháp luật của Quốc hội") in holdings(text)


def test_assembly_committee_written_without_of_stays_so():
    text = "Chủ nhiệm Ủy ban Pháp luật Quốc hội Vũ Đức Khiển cho biết dự luật sẽ được trình vào kỳ họp tới."
    assert ("Vũ Đức Khiển", "Chủ nhiệm Ủy ban Pháp luật Quốc hội") in holdings(text)


def test_of_before_a_company_still_goes():
    from kg.extraction.canonical import label
    assert label("Chủ tịch", "HĐQT của VietBank", "")[0] == "Chủ tịch HĐQT VietBank"
