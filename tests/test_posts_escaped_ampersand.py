"""An ampersand the source left HTML-escaped and the tokenizer split ('Sở Tài nguyên &amp; môi trường Long An' ->
'&', 'amp', ';') joins the fields of one body's name, as a plain '&' already did; a ministry so written takes its
official name (ministries.tsv). Sentences from real corpus articles (vntc-test-XH_TT_T_(10255), (10037))."""

from extracted import current_holdings as holdings


def test_an_escaped_ampersand_joins_the_fields():
    text = ("Còn ông Nguyễn Văn Thiệp - giám đốc Sở Tài nguyên &amp; môi trường Long An - thì cho hay: UBND tỉnh vừa "
            "họp và đưa ra chủ trương tháo gỡ khó khăn cho người dân.")
    assert ("Nguyễn Văn Thiệp", "Giám đốc Sở Tài nguyên & môi trường Long An") in holdings(text)


def test_a_ministry_with_an_ampersand_takes_its_official_name():
    text = "Bộ trưởng Bộ Kế hoạch &amp; đầu tư Võ Hồng Phúc cho biết kinh tế năm nay vẫn tăng trưởng khá."
    assert ("Võ Hồng Phúc", "Bộ trưởng Bộ Kế hoạch và Đầu tư") in holdings(text)
