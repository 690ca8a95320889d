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


def _refusals(monkeypatch, text: str, published: str | None) -> list[Refusal]:
    """The refusals the rules record while extracting the text (`build_events(refused=)`, watched in the pipeline)."""
    seen: list[list[Refusal]] = []

    def spy(*args, **kw):
        out = build_events(*args, **kw)
        seen.append(args[4] if len(args) > 4 else kw["refused"])
        return out

    monkeypatch.setattr(pipeline, "build_events", spy)
    extract(Article("t", "", text, published))
    return seen[0]


@pytest.mark.parametrize(("text", "published", "left_out", "why", "present"), CASES)
def test_the_rules_record_whom_they_leave_out_and_why(monkeypatch, text, published, left_out, why, present):
    assert any(r.name == left_out and r.reason == why for r in _refusals(monkeypatch, text, published))
    assert why in REFUSALS


@pytest.mark.parametrize("variant", ["guarded", "0"])  # ("cv" fails here)
@pytest.mark.parametrize(("text", "published", "left_out", "why", "present"), CASES)
def test_a_refused_person_stays_out_with_the_guarded_model(monkeypatch, variant, text, published, left_out, why,
                                                           present):
    monkeypatch.setenv(ENV, variant)
    found = _participants(text, published)
    assert present in found and left_out not in found


# Persons the rules name outside any event's report, recorded as refused so that `guarded` puts none of them back
# (each a pair `guarded` added wrongly on a gold set; real corpus sentences)
# gold vims-Cluster_080-533: a spokesperson quoted before any event
SPOKESPERSON_OUTSIDE = ("Seoul lấy làm tiếc về đề xuất tổ chức đối thoại của Bình Nhưỡng\nNgười phát ngôn Bộ Quốc "
                        "phòng Moon Sang-gyun cho biết Bộ đã truyền tải một cách rõ ràng lập trường yêu cầu "
                        "miền Bắc phải chứng tỏ được quyết tâm giải trừ hạt nhân bằng hành động cụ thể.")
# gold_blind21 vntc-test-XH_VNE_T_(6769): an order given by paper
BY_PAPER = ("Yêu cầu Bộ GDĐT kiểm tra việc mua thiết bị dạy học\nPhó thủ tướng Phạm Gia Khiêm vừa có văn bản yêu cầu "
            "Bộ GDĐT kiểm tra việc mua sắm thiết bị dạy học lớp 4, lớp 9 năm học 2005-2006 của các địa phương.")
# gold_blind21 vntc-test-XH_TN_T_(8579): a telegram sent the day of the Government's session
BY_MESSAGE = ("Ngày 28/9, Chủ tịch nước Trần Đức Lương đã gửi điện số 01-CĐ/CTN tới các tỉnh, thành phố vừa bị cơn bão "
              "số 7 tràn qua.\nMở đầu phiên họp Chính phủ thường kỳ tháng 9/2005, sáng 28/9, Thủ tướng Phan Văn Khải "
              "đã biểu dương các bộ, ngành, các địa phương.")
# gold_blind19 dantri-unc-news_business_043: a source introduced as one of a kind
ONE_OF_A_KIND = ("Courtney Hulse - một nhà phân tích tại RWR Advisory Group, một công ty tư vấn có trụ sở tại "
                 "Washington - cho biết: \"Có ít nhất hàng trăm dự án đầu tư của Trung Quốc ở các quốc gia đặc biệt "
                 "dễ bị tổn thương bởi biến đổi khí hậu\".")
# gold_blind31 vntc-test-XH_VNE_T_(7842): an event told late as the occasion of one person's words ("tại một cuộc
# hội thảo"): the official quoted before it is not at it
NEW_OCCASION = ("Bộ Nông nghiệp, Y tế cởi mở hơn với thịt gia cầm sạch\nÔng Hoàng Văn Năm, Cục phó Thú y khẳng định, "
                "từ trước đến nay, Bộ Nông nghiệp và Phát triển nông thôn chưa hề có một văn bản nào khuyến cáo người "
                "dân không ăn thịt gia cầm.\nTuy nhiên, lo lắng này của người tiêu dùng đã được Viện trưởng Thú y "
                "Trương Văn Dung giải tỏa.\nThứ bảy vừa qua, tại một cuộc hội thảo, ông Dung đã trấn an người tiêu "
                "dùng bằng thông tin: \"Virus cúm A/H5N1 ở gia cầm có sức đề kháng yếu\".")

# gold dantri-unc-news_world_229: a conference told late as news ("vừa chủ trì hội nghị"): the deputy minister quoted
# before it is not at it
NEWS_OF_ITS_OWN = ("Lào ghi nhận thêm 85 ca mắc mới Covid-19\nDịch đã lây lan ra 15/18 tỉnh trên cả nước.\nĐánh giá về "
                   "tình hình dịch bệnh, Thứ trưởng Bộ Y tế Lào Phouthone Meuangpak cho rằng \" đây là đợt lây nhiễm "
                   "lịch sử\", vì chỉ trong tháng 4, Lào đã ghi nhận 709 ca mắc mới.\nPhó Thủ tướng Lào Kikeo "
                   "Khaykhamphithoune, Trưởng Ban Chuyên trách Quốc gia về phòng chống Covid-19 của Lào vừa chủ trì "
                   "hội nghị bàn một số biện pháp ưu tiên để cắt đứt hoàn toàn chuỗi lây nhiễm.")

OUTSIDE = [  # (text, publication date, the one left out, why)
    (SPOKESPERSON_OUTSIDE, None, "Moon Sang-gyun", "spokesperson"),
    (BY_PAPER, None, "Phạm Gia Khiêm", "directive"),
    (BY_MESSAGE, None, "Trần Đức Lương", "directive"),
    (ONE_OF_A_KIND, "2021-04-24", "Courtney Hulse", "source"),
    (NEW_OCCASION, None, "Hoàng Văn Năm", "aside"),
    (NEWS_OF_ITS_OWN, "2021-04-30", "Phouthone Meuangpak", "aside"),
]


@pytest.mark.parametrize(("text", "published", "left_out", "why"), OUTSIDE)
def test_the_rules_record_whom_they_name_outside_an_events_report(monkeypatch, text, published, left_out, why):
    assert any(r.name == left_out and r.reason == why for r in _refusals(monkeypatch, text, published))
    monkeypatch.setenv(ENV, "guarded")
    assert left_out not in _participants(text, published)


def test_a_speaker_before_the_meeting_told_as_known_is_not_refused(monkeypatch):
    """gold_blind27 vntc-test-XH_TT_T_(9876): "Phát biểu tại buổi làm việc" names the meeting the report is of; the
    speakers before it are at it (no "một": not a new occasion)."""
    text = ("Giải quyết tình trạng nước đục trên địa bàn TP.HCM\nÔng Võ Dũng, Tổng Giám đốc SAWACO cho biết: Đến thời "
            "điểm này, đã giải quyết cơ bản tình trạng nước đục.\nTình trạng nước đục đã giảm.\nPhát biểu tại buổi "
            "làm việc, Phó Chủ tịch Nguyễn Văn Đua đã đánh giá cao nỗ lực của SAWACO.")
    assert not any(r.name == "Võ Dũng" for r in _refusals(monkeypatch, text, None))
