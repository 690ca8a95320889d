"""A firm's trade may run to five lower-case words after its capitalised first one ("Công ty CP Đầu tư hạ tầng giao
thông Đèo Cả", "Công ty THHH Tập đoàn thương mại xây dựng Sử Thành Phú"): the name after it is still the firm's; a
function word ends the trade ("hãng Sony do quản lý của ...") (session 22; gold and corpus_dev sentences)."""

from kg.extraction.pipeline import extract
from kg.model import Article


def _facts(text: str):
    return extract(Article(id="t", title="", text=text))


def test_firm_with_a_long_trade_is_no_person_and_its_head_holds_the_post() -> None:
    text = ("Ông Nguyễn Quang Huy, Tổng Giám đốc Công ty CP Đầu tư hạ tầng giao thông Đèo Cả chia sẻ thêm: Hiện nay, "
            "các phương tiện có nhiều sự lựa chọn để lưu thông.")
    facts = _facts(text)
    assert "Đèo Cả" not in {p.name for p in facts.persons}
    assert "Nguyễn Quang Huy" in {h.person for h in facts.holdings}


def test_builder_with_a_long_trade_is_no_person() -> None:
    text = ("Cầu do Công ty THHH Tập đoàn thương mại xây dựng Sử Thành Phú thi công, tổng mức đầu tư xây dựng khoảng "
            "4 tỷ đồng.")
    assert "Sử Thành Phú" not in {p.name for p in _facts(text).persons}
