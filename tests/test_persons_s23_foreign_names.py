from kg.extraction import extract
from kg.model import Article


def test_a_scholar_named_by_the_science_introduces_a_foreign_name():
    text = ("\"Chúng tôi không thấy bằng chứng về lũ lụt\", nhà địa chất học Caitlin Rankin từ Đại học Illinois "
            "cho hay. Theo nhà sinh vật học Ya-Chieh Hsu từ Đại học Harvard, da cung cấp một hệ thống. Dẫn nguồn tin "
            "từ nhà phân tích Ming-Chi Kuo, trang MacRumors cho biết Apple sẽ có nhiều nâng cấp.")
    assert {p.name for p in extract(Article("t", "", text)).persons} == {"Caitlin Rankin", "Ya-Chieh Hsu",
                                                                       "Ming-Chi Kuo"}


def test_an_east_asian_given_name_written_without_its_hyphen_is_the_hyphenated_name():
    text = ("Cuộc sống bí ẩn của dì ông Kim Jong-un. Theo lời kể của vợ chồng bà Ko, cả thế giới đều biết Kim Jong Un "
            "sẽ là người thừa kế. Tháng 9/2012, chú của Kim Jong un, ông Jang Song-thaek bắt đầu.")
    names = {p.name for p in extract(Article("t", "", text)).persons}
    assert "Kim Jong-un" in names and not names & {"Kim Jong", "Kim Jong Un"}


def test_an_english_title_after_a_profession_is_no_part_of_the_name():
    text = ("Nhà thiên văn học Lord Rees nói rằng dự án này là một \"ảo tưởng nguy hiểm\". Ngoại trưởng Anh Lord "
            "William Hague cho biết.")
    assert {p.name for p in extract(Article("t", "", text)).persons} >= {"William Hague"}
    assert "Lord Rees" not in {p.name for p in extract(Article("t", "", text)).persons}
