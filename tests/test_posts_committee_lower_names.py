"""A committee's name written in lower case after 'Ủy ban' ('Chủ nhiệm Ủy ban kinh tế và ngân sách của Quốc hội')
runs on to the punctuation that closes the apposition, as an association's or a company's lower-case name after its
head already did. Sentences from real corpus articles (vntc-train-XH_VNE_(1222), vntc-test-XH_VNE_T_(86))."""

from extracted import current_holdings as holdings


def test_a_lower_case_committee_name_goes_whole():
    text = ("Tuy nhiên, ông Nguyễn Đức Kiên, Chủ nhiệm Ủy ban kinh tế và ngân sách của Quốc hội, cho rằng có nổi lên "
            "một số vấn đề.")
    # the Assembly's committee is labelled by its own name (assembly_committees.tsv)
    assert ("Nguyễn Đức Kiên", "Chủ nhiệm Ủy ban Kinh tế và Ngân sách của Quốc hội") in holdings(text)


def test_a_verb_after_the_committee_ends_it():
    text = "Ông Nguyễn Đức Kiên, Chủ nhiệm Ủy ban, cho rằng có nổi lên một số vấn đề."
    assert ("Nguyễn Đức Kiên", "Chủ nhiệm Ủy ban") in holdings(text)
