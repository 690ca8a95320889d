"""Talks a person calls for ('kêu gọi tiến hành một cuộc hội đàm với ...') are proposed, not held, even when the
proposal stands several words before the event noun (corpus)."""

from kg.extraction import extract
from kg.model import Article


def test_talks_called_for_are_no_event():
    # dantri-unc-news_world_145
    text = ("Trong bối cảnh đó, Tổng thống Ukraine Volodymyr Zelensky kêu gọi tiến hành một cuộc hội đàm với người "
            "đồng cấp Nga Vladimir Putin tại vùng chiến sự ở miền Đông trong một nỗ lực nhằm hạ nhiệt căng thẳng.")
    assert extract(Article("t", "", text, published="2021-04-20")).events == []


def test_a_call_made_at_a_summit_leaves_the_summit_an_event():
    text = ("Ngày 22/4/2021, tại hội nghị thượng đỉnh trực tuyến về khí hậu, Thủ tướng Nhật Bản Yoshihide Suga kêu gọi "
            "các nước tiến hành cắt giảm khí thải.")
    assert any("Yoshihide Suga" in e.attendees for e in extract(Article("t", "", text)).events)
