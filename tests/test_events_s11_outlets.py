"""Speaking to a news outlet ('bình luận với AFP', 'phát biểu với hãng thông tấn ...') is giving an interview, not
taking part in the event the report tells of (real corpus sentences, outside the gold sets)."""

from kg.extraction import extract
from kg.model import Article


def _participants(text: str, published: str = "2021-04-22") -> set[str]:
    article = Article("t", "", text, published=published)
    return {name for event in extract(article).events for name in event.attendees + event.chairs}


def test_a_comment_given_to_a_news_agency_is_no_part_in_the_press_conference():
    text = ("\"Hải quân Indonesia đang tiến hành tìm kiếm tại vị trí cuối cùng mà tàu ngầm được phát hiện\", "
            "Thiếu tướng Achmad Riad phát biểu trong cuộc họp báo từ căn cứ không quân Ngurah Rai "
            "của Bali hôm nay 22/4. "
            "Các chuyên gia cho rằng, ở độ sâu này con tàu có thể bị vỡ tung. "
            "\"Nếu chìm xuống độ sâu 700, có thể nó sẽ vỡ tan\", Đô đốc Hải quân Pháp Antoine Beaussant bình luận với "
            "AFP khi cho biết con tàu KRI Nanggala 402 không được thiết kế để chịu được áp lực ở độ sâu như vậy.")
    assert _participants(text) == {"Achmad Riad"}
