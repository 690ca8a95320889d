"""A name glued to the frequent lower-case word after it ("Trọngmong rằng") is the name and that word (corpus
sentences)."""

from kg.extraction.pipeline import extract
from kg.model import Article
from kg.text.syllables import glued_split


def _facts(text: str):
    return extract(Article(id="t", title="", text=text))


def test_name_glued_to_a_frequent_word_ends_before_it() -> None:
    text = ("Tổng Bí thư Nguyễn Phú Trọngmong rằng mối quan hệ hợp tác giữa quân đội hai nước sẽ có bước phát "
            "triển mới.")
    assert {p.name for p in _facts(text).persons} == {"Nguyễn Phú Trọng"}


def test_title_glued_inside_is_written_with_its_space() -> None:
    text = ("Chủtịch UBND TPHCM Nguyễn Thành Phong nhấn mạnh, thành phố sẽ tiếp tục đầu tư cho xã đảo Thạnh An.")
    facts = _facts(text)
    assert [(h.person, h.position) for h in facts.holdings] == [
        ("Nguyễn Thành Phong", "Chủ tịch Ủy ban nhân dân TP Hồ Chí Minh")]


def test_one_letter_syllable_before_a_frequent_word_is_no_glue() -> None:
    assert glued_split("Êban") == 0  # "ông Y Thên Êban ở xã Krông Ana": an Ê Đê family name
    assert glued_split("Giaogần") == 4  # "thôn Lỗ Giaogần như"


def test_glue_word_or_title_glued_to_the_capitalised_word_after_it() -> None:
    from kg.text.segment import tokens
    assert [t.text for t in tokens("luân phiên củaHuawei")] == ["luân", "phiên", "của", "Huawei"]
    assert [t.text for t in tokens("Chủ tịchHội đồng")] == ["Chủ", "tịch", "Hội", "đồng"]
    assert [t.text for t in tokens("diễn đànReview macOS")] == ["diễn", "đànReview", "macOS"]  # no glue word or title


def test_title_glued_to_its_body_is_read_with_it() -> None:
    text = ("Chủ tịchHội đồng châu Âu Charles Michel gọi đây là sự khởi đầu của một kỷ nguyên mới.")
    assert [(h.person, h.position) for h in _facts(text).holdings] == [("Charles Michel", "Chủ tịch Hội đồng châu Âu")]
    text = "Đây là phát biểu của ông Ken Hu, Chủ tịch luân phiên củaHuawei trong sự kiện công bố Báo cáo thường niên."
    assert [(h.person, h.position) for h in _facts(text).holdings] == [("Ken Hu", "Chủ tịch luân phiên Huawei")]
