"""The specialist-doctor degree written with an Arabic numeral ('BSCK2', 'BS.CK2', 'BSCK1'; ranks.txt had only
'BSCKI', 'BSCKII') is a degree before a name: it opens the holder, never ends a body after 'và' ('Giám đốc Trung tâm
Hô hấp và BSCK2 Lê Thanh Chương' in gold_blind23). Sentence from a real corpus article outside the gold sets
(dantri-unc-news_health_093, 'BS.CK2'), and the same sentence with the degree spelled 'BSCK2' as other outlets do."""

from extracted import current_holdings as holdings

from kg.extraction import extract
from kg.model import Article

_TEXT = ("Bệnh tỉnh táo, huyết động ổn định, tiếp xúc tốt.\nBS.CK2 Nguyễn Minh Hải, Trưởng khoa Ngoại Tim mạch (Bệnh "
         "viện Đà Nẵng) cho biết, đây là trường hợp nhồi máu cơ tim cấp.")


def test_the_degree_with_a_numeral_opens_the_name():
    for text in (_TEXT, _TEXT.replace("BS.CK2", "BSCK2")):
        assert {p.name for p in extract(Article("t", "", text)).persons} == {"Nguyễn Minh Hải"}


def test_the_degree_after_va_is_no_part_of_the_body_before_it():
    text = "Giám đốc Trung tâm Y tế và " + _TEXT.split("\n")[1].replace("BS.CK2", "BSCK2")
    assert not any("BSCK2" in post for _, post in holdings(text))
