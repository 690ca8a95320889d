"""An adverb of past time ('khi đó', 'lúc ấy', 'lúc bấy giờ') dates an apposed post to the time told: it is a former
post, not the person's current one; sentences from real corpus articles."""

from kg.extraction import extract
from kg.model import Article


def holdings(text: str) -> set[tuple[str, str, bool]]:
    return {(h.person, h.position, h.former) for h in extract(Article("t", "", text)).holdings}


def test_past_time_after_the_apposed_titles():
    text = ("Theo đánh giá của ông Nông Văn Cử, Giám đốc Sở Nội Vụ, Phó chủ tịch Hội đồng thi tuyển công chức tỉnh "
            "Bắc Kạn lúc bấy giờ thì công tác chuẩn bị cho kỳ thi rất tốt.")
    got = holdings(text)
    assert got and all(former for person, _, former in got if person == "Nông Văn Cử")


def test_past_time_before_the_holding_verb():
    text = ("Còn ông Trần Cảnh, lúc ấy là Phó tổng giám đốc Petro VN (nay là Tổng giám đốc) đã ký văn bản phê duyệt "
            "kết quả đấu thầu.")
    assert ("Trần Cảnh", "Phó tổng giám đốc Petro Việt Nam", False) not in holdings(text)


def test_past_time_of_the_act_leaves_the_title():
    text = ("Đại sứ Pháp tại Việt Nam Antoine Pouillieute khi đó khẳng định, sự kiện này quan trọng không chỉ với cuộc "
            "sống của người Việt hay người Pháp.")
    assert ("Antoine Pouillieute", "Đại sứ Pháp tại Việt Nam", False) in holdings(text)
