"""A bare board title before a name belongs to the one company the article names; sentences from real corpus
articles."""

from extracted import all_holdings as holdings


def test_bare_chairman_takes_the_one_company_named():
    text = ("Tại đại hội cổ đông thường niên 2021 của Tập đoàn Hòa Phát, Chủ tịch HĐQT Trần Đình Long đã trả lời câu "
            "hỏi của cổ đông.")
    assert holdings(text) == {("Trần Đình Long", "Chủ tịch HĐQT Tập đoàn Hòa Phát")}


def test_several_companies_leave_the_chairman_bare():
    text = ("Ngân hàng TMCP Sài Gòn Thương Tín thuê Công ty TNHH KPMG Việt Nam kiểm toán. Cổ đông đặt câu hỏi cho "
            "Chủ tịch HĐQT Dương Công Minh.")
    assert holdings(text) == set()  # a bare board title gives no post
