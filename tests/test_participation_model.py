"""The opt-in participation model (kg/extraction/participation_model.py, kg/models/participation.json).

Texts are quoted from ../shared/corpus/ (article ids given; none is in a gold set), so the tests run from the
repository alone.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from conftest import run_kg

from kg.errors import KgError
from kg.extraction import extract
from kg.extraction import participation_model as pm
from kg.model import Article, EventFact

ROOT = Path(__file__).resolve().parents[1]

# vntc-test-XH_VNE_T_(6421), its lead
CHAIRED = "Chiều 13/9, Phó thủ tướng Phạm Gia Khiêm đã chủ trì cuộc họp bàn về Đề án học phí mới."

# vntc-train-XH_VNE_(430), three of its paragraphs: deputies speaking in a debate of the National Assembly
DEBATE = (
    "Chiều nay, Quốc hội thảo luận về dự án Luật xuất bản. Đa số đại biểu đồng tình với phương án 2 của điều 25 là "
    "cho phép tác giả hoặc chủ sở hữu tác phẩm, tổ chức có tư cách pháp nhân được liên doanh với nhà xuất bản trong"
    " hoạt động xuất bản dưới hình thức đầu tư vốn, tổ chức bản thảo, in và phát hành xuất bản phẩm.\nĐại biểu "
    "Huỳnh Thị Dã Thanh ghi nhận trên thực tế tư nhân đã tham gia trực tiếp vào cả ba khâu xuất bản, in, phát hành "
    "xuất bản phẩm. Họ không chỉ có khả năng huy động vốn mà còn tổ chức được đội ngũ biên tập có trình độ, trang "
    "bị phương tiện kỹ thuật hiện đại và làm được một số sách có giá trị. Vì thế bà Thanh đồng tình với phương án 2"
    " vì có thể khai thác được thế mạnh về vốn, con người của các tổ chức tư nhân. Tuy nhiên, đại biểu này cho rằng"
    " cần có quy định xác định rõ nghĩa vụ, quyền lợi của các bên liên doanh, đồng thời có chế tài xử phạt những "
    "khi họ vi phạm.\nĐại biểu Nguyễn Minh Thuyết cũng ủng hộ quan điểm để tư nhân tham gia vào hoạt động xuất bản "
    "vì \"không nên chỉ nhìn theo một hướng tiêu cực, phải đánh giá đúng những đóng góp của tư nhân trong công tác "
    "xuất bản\". Nhằm tránh việc sau khi liên doanh, liên kết, các nhà xuất bản sẽ đi chệch hướng, ông Thuyết đề "
    "nghị cần quy định tỷ lệ góp vốn, làm sao để nhà nước giữ vai trò quản lý đối với các nhà xuất bản. Đại biểu "
    "Mạc Kim Tôn bổ sung: \"Luật cần quy định tổ chức như thế nào thì được liên doanh, liên kết trong xuất bản, "
    "phương thức huy động vốn\".")

# the same debate with Mạc Kim Tôn's words reported without a colon and quotation: since the twenty-third session the
# rules take a speaker introduced by a colon (and so all three deputies above); here they leave him to the model
DEBATE_REPORTED = DEBATE.replace('Mạc Kim Tôn bổ sung: "Luật cần', "Mạc Kim Tôn bổ sung luật cần").replace(
    'huy động vốn".', "huy động vốn.")

# vntc-test-XH_TN_T_(8406): a fire; the people who tell of it take part in no event
FIRE = (
    "Trưa 13/7, một vụ cháy lớn đã xảy ra tại dãy nhà không số ở đường Lương Định Của, tổ 42, khu phố 3, "
    "P.An Khánh, Q.2.\n"
    "Ông Lê Trung Huynh, tổ trưởng tổ 42, cho biết: Một tiếng nổ đã phát ra từ căn nhà của bà Nguyễn Thị Ngọc "
    "Trang (chủ nhà đi vắng, khóa trái cửa) và sau đó lửa bùng cháy dữ dội.")


def captured(article: Article) -> dict:
    seen: list[dict] = []
    with pm.recording(seen.append):
        extract(article)
    return seen[0]


def participants(article: Article) -> set[tuple[str, str]]:
    facts = extract(article)
    return {(p, e.date or "?") for e in facts.events for p in e.chairs + e.attendees}


def test_model_file_loads() -> None:
    model = pm.load_model()
    assert model["recipe"] == pm.RECIPE_VERSION
    assert len(model["weights"]) > 50 and 0 < model["threshold"] < 1
    assert model["mode"] in ("replace", "add", "hybrid") and model["rule_features"] is True
    # the rules' output is a feature (sixteenth session), learned from rule outputs blind to each training set
    assert "r_attend" in model["weights"] and model["rules"].startswith("--rules-dir")
    assert len(model["trained_on"]) == 40 and model["gold_pairs"] == 1242


def test_a_model_of_another_recipe_is_a_one_line_error(tmp_path: Path) -> None:
    path = tmp_path / "old.json"
    path.write_text(json.dumps({"recipe": "participation-features-0", "weights": {}}), encoding="utf-8")
    with pytest.raises(KgError, match="retrain"):
        pm.load_model(path)
    with pytest.raises(KgError, match="cannot read"):
        pm.load_model(tmp_path / "missing.json")


def test_features_of_a_chaired_meeting() -> None:
    cap = captured(Article("t1", "", CHAIRED, "2006-09-13"))
    cands = {(c.person, c.key): c.features for c in pm.candidates(cap["infos"], cap["canonical"], cap["title"], {},
                                                                   cap["published"])}
    dated = cands[("Phạm Gia Khiêm", "2006-09-13")]
    assert {"c|Sp_chair", "s|Sp_chair", "c|Se_meeting", "c|Ap_chair"} <= dated  # "chủ trì" right after the name
    assert {"k_lead", "k_t0", "kd", "role_part", "r_none", "c|pos0"} <= dated
    undated = cands[("Phạm Gia Khiêm", "?")]
    assert "kq" in undated and "a|Sp_chair" in undated and "c|Sp_chair" not in undated  # the day told is the key
    model = pm.load_model()
    assert pm.probability(dated, model["weights"], model["bias"]) > pm.probability(undated, model["weights"],
                                                                                  model["bias"])


def test_rules_take_the_deputies_speaking_in_the_debate() -> None:
    rule = participants(Article("t2", "", DEBATE, None))
    assert rule == {("Huỳnh Thị Dã Thanh", "?"), ("Nguyễn Minh Thuyết", "?"), ("Mạc Kim Tôn", "?")}
    assert ("Mạc Kim Tôn", "?") not in participants(Article("t2", "", DEBATE_REPORTED, None))


def test_model_on_adds_a_deputy_speaking_in_the_debate(monkeypatch: pytest.MonkeyPatch) -> None:
    article = Article("t2", "", DEBATE_REPORTED, None)
    off = participants(article)
    assert ("Nguyễn Minh Thuyết", "?") in off and not any(p == "Mạc Kim Tôn" for p, _ in off)
    monkeypatch.setenv(pm.ENV, "1")
    on = participants(article)
    assert {("Huỳnh Thị Dã Thanh", "?"), ("Nguyễn Minh Thuyết", "?")} <= on  # the deputies speaking in the debate
    cap = captured(article)
    model = pm.load_model()
    score = {(c.person, c.key): pm.probability(c.features, model["weights"], model["bias"])
             for c in pm.candidates(cap["infos"], cap["canonical"], cap["title"], {}, None)}
    assert score[("Mạc Kim Tôn", "?")] > 0.3  # "Đại biểu Mạc Kim Tôn bổ sung: ...": near the model's threshold


def test_model_adds_nothing_where_no_event_is_reported(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(pm.ENV, "gate")
    assert participants(Article("t3", "", FIRE, None)) == set()


def test_off_by_default_and_on_when_a_variant_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(pm.ENV, raising=False)
    assert not pm.enabled()
    monkeypatch.setenv(pm.ENV, "0")
    assert not pm.enabled()
    monkeypatch.setenv(pm.ENV, "cautious")
    assert pm.enabled()


def test_gate_is_selectable_without_retraining(monkeypatch: pytest.MonkeyPatch) -> None:
    cap = captured(Article("t4", "", FIRE, None))
    assert cap["events"] == []
    eager = {"recipe": pm.RECIPE_VERSION, "weights": {}, "bias": 5.0, "threshold": 0.5, "mode": "replace"}

    def people(value: str, model: dict) -> set[str]:
        monkeypatch.setenv(pm.ENV, value)
        assert pm.enabled()
        events = pm.revise([], cap["infos"], cap["canonical"], cap["title"], cap["published"], dict(model))
        return {p for e in events for p in e.attendees}

    assert people("1", eager) == set() == people("gate", eager)  # a fire: no event reported, the model adds no one
    assert "Lê Trung Huynh" in people("nogate", eager)  # same weights, no gate: everyone the eager model accepts
    assert "Lê Trung Huynh" in people("1", eager | {"gate": False})  # the model file may turn it off
    assert people("gate", eager | {"gate": False}) == set()
    monkeypatch.setenv(pm.ENV, "nogat")
    with pytest.raises(KgError, match="KG_PARTICIPATION_MODEL='nogat'"):
        pm.enabled()


def _fixture_set(folder: Path, prefix: str) -> None:
    folder.mkdir()
    records = [
        {"id": f"{prefix}-a", "title": "", "text": DEBATE},
        {"id": f"{prefix}-b", "title": "", "text": FIRE},
        {"id": f"{prefix}-c", "title": "", "text": CHAIRED, "date": "2006-09-13"},
    ]
    golds = [
        {"article": f"{prefix}-a", "persons": ["Huỳnh Thị Dã Thanh", "Nguyễn Minh Thuyết", "Mạc Kim Tôn"], "holds": [],
         "events": [{"key": "?", "locations": [], "chairs": [],
                     "attendees": ["Huỳnh Thị Dã Thanh", "Nguyễn Minh Thuyết", "Mạc Kim Tôn"]}]},
        {"article": f"{prefix}-b", "persons": ["Lê Trung Huynh", "Nguyễn Thị Ngọc Trang"], "holds": [], "events": []},
        {"article": f"{prefix}-c", "persons": ["Phạm Gia Khiêm"], "holds": [],
         "events": [{"key": "2006-09-13", "locations": [], "chairs": ["Phạm Gia Khiêm"], "attendees": []}]},
    ]
    (folder / "articles.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records),
                                           encoding="utf-8")
    for g in golds:
        (folder / f"{g['article']}.json").write_text(json.dumps(g, ensure_ascii=False), encoding="utf-8")


def test_training_script_on_a_tiny_fixture(tmp_path: Path) -> None:
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import train_participation_model as train
    finally:
        sys.path.remove(str(ROOT / "scripts"))
    _fixture_set(tmp_path / "one", "x")
    _fixture_set(tmp_path / "two", "y")
    out = tmp_path / "model.json"
    assert train.main(["--train", str(tmp_path / "one"), str(tmp_path / "two"), "--out", str(out)]) == 0
    model = json.loads(out.read_text(encoding="utf-8"))
    assert model["recipe"] == pm.RECIPE_VERSION and model["articles"] == 6 and model["gold_pairs"] == 8
    assert model["weights"] and model["mode"] in ("replace", "hybrid") and isinstance(model["gate"], bool)
    assert pm.probability({"c|Sp_chair", "kd"}, model["weights"], model["bias"]) > pm.probability(
        {"kq"}, model["weights"], model["bias"])


# vntc-test-XH_NLD_T_(8969): its lead, then an answer of its Q&A (a portal opened by the minister in Hà Nội)
OPENED = ("Chương trình “Đưa trường học đến thí sinh” năm 2006 của Báo Người Lao Động tổ chức buổi tư vấn đầu tiên vào "
          "lúc 7 giờ 30 ngày 26-2.\nCổng thông tin thi và tuyển sinh http://ts.edu.net.vn đã được Bộ trưởng Bộ GD-ĐT "
          "Nguyễn Minh Hiển bấm nút khai trương vào 15-2, tại Hà Nội.")
# vntc-test-XH_VNE_T_(3866): a deputy's example in a debate names a place, not where the debate is
CITED = ("Đại biểu Quốc hội Nguyễn Thị Vân Lan lấy dẫn chứng, một trường phổ thông ở Đà Nẵng, một năm học có tới 19 "
         "khoản thu.")
EAGER = {"recipe": pm.RECIPE_VERSION, "weights": {}, "bias": 5.0, "threshold": 0.5, "mode": "replace"}


def _model_events(monkeypatch: pytest.MonkeyPatch, article: Article) -> dict[str | None, list[str]]:
    """Places of the events an eager model (every pair accepted, no gate) opens for the article's persons."""
    cap = captured(article)
    monkeypatch.setenv(pm.ENV, "nogate")
    events = pm.revise([], cap["infos"], cap["canonical"], cap["title"], cap["published"], dict(EAGER))
    return {e.date: e.locations for e in events}


def test_a_model_event_is_placed_where_its_sentence_says(monkeypatch: pytest.MonkeyPatch) -> None:
    placed = _model_events(monkeypatch, Article("t5", "", OPENED, "2006-02-26"))
    assert placed["2006-02-26"] == ["Hà Nội"]  # the day in force in the sentence (the lead's: the dates module
    # reads no date in "vào 15-2"), placed by its "tại Hà Nội"
    assert placed[None] == []  # the undated key: its sentence tells another day, so not where that event was


def test_no_venue_without_an_event_noun(monkeypatch: pytest.MonkeyPatch) -> None:
    cap = captured(Article("t6", "", CITED, None))
    assert [p.name for p in cap["infos"][0].places] == ["Đà Nẵng"]
    assert pm.sentence_venues(cap["infos"][0]) == []
    assert _model_events(monkeypatch, Article("t6", "", CITED, None)) == {None: []}


def test_hybrid_keeps_a_rule_attendee_the_model_doubts_a_little(monkeypatch: pytest.MonkeyPatch) -> None:
    cap = captured(Article("t7", "", DEBATE, None))
    assert ("Nguyễn Minh Thuyết", "?") in {(p, e.date or "?") for e in cap["events"] for p in e.attendees}
    doubt = {"recipe": pm.RECIPE_VERSION, "weights": {}, "bias": -0.85, "threshold": 0.5}  # every pair scores 0.3

    def attendees(mode: str) -> set[str]:
        monkeypatch.setenv(pm.ENV, "1")
        events = [EventFact(e.date, e.name, e.type, list(e.locations), list(e.chairs), list(e.attendees))
                  for e in cap["events"]]
        out = pm.revise(events, cap["infos"], cap["canonical"], cap["title"], cap["published"],
                        doubt | {"mode": mode, "keep": 0.2})
        return {p for e in out for p in e.attendees}

    assert attendees("replace") == set()  # below the threshold: the rules' attendees go
    assert "Nguyễn Minh Thuyết" in attendees("hybrid")  # above `keep`: the rules' word stands
    assert "Nguyễn Minh Thuyết" in attendees("add")


def test_cautious_variant_only_adds_above_one_half(monkeypatch: pytest.MonkeyPatch) -> None:
    cap = captured(Article("t8", "", DEBATE_REPORTED, None))
    rule = {(p, e.date or "?") for e in cap["events"] for p in e.attendees}
    assert ("Nguyễn Minh Thuyết", "?") in rule and not any(p == "Mạc Kim Tôn" for p, _ in rule)

    def pairs(value: str, bias: float) -> set[tuple[str, str]]:
        monkeypatch.setenv(pm.ENV, value)
        events = [EventFact(e.date, e.name, e.type, list(e.locations), list(e.chairs), list(e.attendees))
                  for e in cap["events"]]
        model = {"recipe": pm.RECIPE_VERSION, "weights": {}, "bias": bias, "threshold": 0.4, "mode": "hybrid",
                 "keep": 0.15, "gate": False}
        out = pm.revise(events, cap["infos"], cap["canonical"], cap["title"], cap["published"], model)
        return {(p, e.date or "?") for e in out for p in e.attendees}

    assert ("Mạc Kim Tôn", "?") in pairs("1", -0.2)  # every pair scores 0.45: above the file's threshold 0.4
    assert pairs("cautious", -0.2) == rule  # below 0.5: nothing added
    assert pairs("1", -2.5) == set()  # every pair scores 0.08: the file's hybrid removes the rules' attendees
    assert pairs("cautious", -2.5) == rule  # cautious removes no one
    assert ("Mạc Kim Tôn", "?") in pairs("cv", -0.2)  # `cv` adds at 0.3, whatever the file says
    assert pairs("cv", -1.2) == rule  # every pair scores 0.23: under 0.3, over the 0.2 a rule attendee needs to stay
    assert pairs("cv", -2.5) == set()  # 0.08: the rules' attendees go


def test_a_bad_setting_is_one_error_line_naming_the_variable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    feed = tmp_path / "two.jsonl"
    feed.write_text("".join(json.dumps({"id": f"a{i}", "text": "Sáng 13/1, ông Nguyễn Văn An dự hội nghị."}) + "\n"
                            for i in range(2)), encoding="utf-8")
    monkeypatch.setenv(pm.ENV, "nogat")
    done = run_kg("extract", feed, "--format", "jsonl")
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr.splitlines() == [f"kg: {pm.ENV}='nogat': use one of {', '.join(pm.VARIANTS)}, "
                                        "or 0 / unset for the rules alone"]


# vims-Cluster_001-8 (corpus_dev), two of its sentences: the flight attendant's name is given by the person CRF only
# (cue `crf`): a person of the article, but one that takes no post and no event, so the model gives her none either
ABOARD = ("Trong bức ảnh này, Ezeddin Samar mặc đồng phục của EgyptAir đã bị ướt nhèm, kéo vali, bước từ dưới biển lên "
          "và phía sau là hình ảnh một máy bay đang chìm.\nEzeddin Samar cũng chính là nữ tiếp viên có mặt trên chuyến "
          "bay mang số hiệu MS804 mất tích hôm qua 19/5.")


def test_a_person_only_the_crf_gives_gets_no_event_from_the_model(monkeypatch: pytest.MonkeyPatch) -> None:
    article = Article("crf-event", "", ABOARD, "2016-05-20")
    monkeypatch.setenv(pm.ENV, "nogate")
    monkeypatch.setattr(pm, "load_model", lambda: dict(EAGER))  # every candidate pair accepted
    facts = extract(article)
    assert "Ezeddin Samar" in {p.name for p in facts.persons}
    assert all("Ezeddin Samar" not in e.chairs + e.attendees for e in facts.events)
    assert all("Ezeddin Samar" not in names for names in captured(article)["canonical"])
