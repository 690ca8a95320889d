"""A headline 'Province: ...' places the article's one event in that province only when the headline itself names
the event; when the lead is glued to the headline by the outlet's tag ('TPHCM: Đề nghị tăng giá cước vận tải ...
(NLĐ)- Sáng 23-9, Sở GTCC TPHCM đã chủ trì cuộc họp ...'), an event word of the lead is not the headline's (corpus)."""

from kg.extraction import extract
from kg.model import Article


def test_an_event_of_the_glued_lead_takes_no_place_from_the_headline():
    # vntc-train-XH_NLD_(4398)
    text = ("TPHCM: Nguy cơ tái dịch cúm gia cầm là rất lớn (NLĐ) – Trong buổi họp sơ kết công tác 4 tháng của Ban "
            "Chỉ đạo Phòng chống dịch cúm gia cầm H5N1 và đại dịch cúm trên người TPHCM ngày 14-3, đại diện ngành thú "
            "y cho biết các mẫu xét nghiệm trong thời gian qua đều âm tính.\nÔng Nguyễn Thiện Nhân, Phó Chủ tịch UBND "
            "TPHCM, khẳng định TP vẫn chưa cho phép các hộ chăn nuôi gia cầm nhỏ, lẻ tái chăn nuôi trở lại.")
    title = text.split("\n")[0]  # the corpus's title: the first line, headline and lead glued
    events = extract(Article("t", title, text)).events
    assert events and all(not e.locations for e in events)
