"""The rules record whom they leave out of an event on purpose (`events.Refusal`), and the participation model's
`guarded` variant puts none of them back (real corpus sentences, each a refusal the `cv` variant undid: with `cv`
the second test fails on every case)."""

import pytest

from kg.extraction import extract, pipeline
from kg.extraction.events import REFUSALS, Refusal, build_events
from kg.extraction.participation_model import ENV
from kg.model import Article

# vntc-test-XH_VNE_T_(4690): the visit is made at the invitation of Chirac, who is not said to meet him here
INVITED = ("Tổng bí thư Nông Đức Mạnh thăm Cộng hòa Pháp\n"
           "Ngày 6/6, Tổng bí thư Nông Đức Mạnh lên đường thăm chính thức Cộng hòa Pháp theo lời mời của Tổng thống "
           "Jacques Chirac và lãnh đạo chính quyền Cộng hòa Pháp.")
# gold_blind3 dantri-unc-news_world_173
SPOKESPERSON = ("Chiến dịch của Tổng thống Idriss Deby hôm nay cho biết, ông đã tới thăm các binh sĩ trên tiền tuyến ở "
                "phía bắc hôm 19/4.\nPhát ngôn viên quân đội Azem Bermendao Agouna cho biết trong một bản tin trên "
                "truyền hình quốc gia rằng con trai của ông Deby đã được chỉ định làm tổng thống lâm thời.")
ADVISER = ("Cựu Thủ tướng CHLB Đức Schroeder thăm VN. Ngày 16-3, cựu Thủ tướng CHLB Đức Gerhard Schroeder, hiện là "
           "cố vấn đặc biệt của Chủ tịch Hội đồng Quản trị Tập đoàn in ấn và truyền thông Ringier AG Thụy Sĩ - ông "
           "Michael Ringier - đã đến thăm VN.")
# a meeting told inside a quotation: the one met there is named in the report, not taking part in it
QUOTED = ("Hôm qua 27/4, trong buổi tiếp kiến lãnh đạo TP.HCM nhân chuyến thăm Việt Nam, Bộ trưởng Bộ Cựu chiến binh "
          "Mỹ James Nicholson đã thay mặt hơn 25 triệu cựu chiến binh Mỹ cảm ơn Việt Nam.\nÔng James Nicholson cũng "
          "khẳng định bản thân ông luôn mong muốn đem lại hòa bình. \"Trước khi qua Việt Nam, tôi đã có dịp gặp "
          "Tổng thống Mỹ George Bush và tổng thống cho biết ông đang mong đợi chuyến viếng thăm chính thức Việt Nam "
          "vào tháng 11 tới\".")

CASES = [  # (text, publication date, the one left out, why, who takes part)
    (INVITED, "2005-06-06", "Jacques Chirac", "inviter", "Nông Đức Mạnh"),
    (SPOKESPERSON, "2021-04-20", "Azem Bermendao Agouna", "spokesperson", "Idriss Deby"),
    (ADVISER, None, "Michael Ringier", "title_of_another", "Gerhard Schroeder"),
    (QUOTED, None, "George Bush", "unchosen", "James Nicholson"),
]


def _participants(text: str, published: str | None) -> set[str]:
    facts = extract(Article("t", "", text, published))
    return {p for e in facts.events for p in e.chairs + e.attendees}


@pytest.mark.parametrize(("text", "published", "left_out", "why", "present"), CASES)
def test_the_rules_record_whom_they_leave_out_and_why(monkeypatch, text, published, left_out, why, present):
    seen: list[list[Refusal]] = []

    def spy(*args, **kw):
        out = build_events(*args, **kw)
        seen.append(args[4] if len(args) > 4 else kw["refused"])
        return out

    monkeypatch.setattr(pipeline, "build_events", spy)
    extract(Article("t", "", text, published))
    assert any(r.name == left_out and r.reason == why for r in seen[0])
    assert why in REFUSALS


@pytest.mark.parametrize("variant", ["guarded", "0"])  # ("cv" fails here)
@pytest.mark.parametrize(("text", "published", "left_out", "why", "present"), CASES)
def test_a_refused_person_stays_out_with_the_guarded_model(monkeypatch, variant, text, published, left_out, why,
                                                           present):
    monkeypatch.setenv(ENV, variant)
    found = _participants(text, published)
    assert present in found and left_out not in found
