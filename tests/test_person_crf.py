"""The shipped person CRF (kg/models/person_crf.bin, trained on the gold annotations) on real sentences.

The sentences are quoted from ../shared/corpus/ articles that are in no gold set (ids given), so the
model never saw them and the tests run from the repository alone. They hold ordinary people named with
a kinship honorific (`anh Nguyễn Văn Tuyến`, `bé Thảo`) and foreign names, in full (`Carlos Vinicius`)
or by the family name alone (`Messi`, `Mourinho`); the honorifics and titles before them (`anh`, `HLV`,
`tiền đạo`, `thủ thành`) are outside the spans.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from kg.extraction import extract, person_crf
from kg.extraction.mentions import PersonMention
from kg.model import Article
from kg.text.segment import tokens

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
from person_crf_gold import label  # noqa: E402

CASES = [
    # dantri-unc-news_business_137
    ("Những ngày này, cơ sở sản xuất chén, đĩa từ mo cau của anh Nguyễn Văn Tuyến (38 tuổi) và những người bạn tại "
     "Cụm công nghiệp Đồng Dinh (huyện Nghĩa Hành, Quảng Ngãi) đang hoạt động hết công suất.", ["Nguyễn Văn Tuyến"]),
    # dantri-unc-news_sport_007
    ("Tờ The Athletic tiết lộ rằng HLV Mourinho nghĩ rằng Dele Alli đã bị phân tâm khi chuẩn bị chuyển đến PSG nên "
     "quyết định loại.", ["Mourinho", "Dele Alli"]),
    # dantri-unc-news_sport_005
    ("Dù Messi khẳng định sẽ dẹp bỏ hiềm khích để giúp CLB tiến lên nhưng HLV Ronaldo Koeman vẫn bất an",
     ["Messi", "Ronaldo Koeman"]),
    # dantri-unc-news_sport_014
    ("Bởi lẽ đó, trong những ngày cuối thị trường chuyển nhượng mùa Hè, Chelsea đã phải đón gấp thủ thành Edouard "
     "Mendy từ Rennes.", ["Edouard Mendy"]),
    # dantri-unc-news_sport_007
    ("Tottenham gần đạt được thỏa thuận với tiền đạo Carlos Vinicius của Benfica.", ["Carlos Vinicius"]),
]
MESSI = CASES[2][0]


def names(text: str) -> list[str]:
    return [text[a:b] for a, b in person_crf.tag_persons(text)]


def test_model_ships_small_with_its_recipe() -> None:
    assert person_crf.MODEL_PATH.is_file()
    assert person_crf.MODEL_PATH.stat().st_size < 3_000_000
    recipe = json.loads(person_crf.MODEL_PATH.with_suffix(".json").read_text(encoding="utf-8"))
    assert recipe["gold_articles"] > 1000 and recipe["gold_names"] > 1000 and recipe["seed"] == 20261126
    assert "gold_general15" in recipe["gold_sets"] and len(recipe["gold_sha256"]) == 16


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[1][0] for c in CASES])
def test_tags_ordinary_and_foreign_names_without_titles(text: str, expected: list[str]) -> None:
    assert names(text) == expected


def test_a_given_name_after_a_kinship_word_and_a_full_name_in_brackets() -> None:
    # dantri-unc-news_entertainment_236: 'bé Thảo' is a person, the mother's full name too;
    # the model misses 'Thương Tín' and 'Thanh Tùng' here (no cue before them): it is no oracle
    text = ("Thương Tín cho biết, cuộc đời ông chỉ có 2 người con là Thanh Tùng (con trai đầu lòng với vợ trước) và "
            "bé Thảo (con gái với vợ sau Bùi Kim Chi).")
    assert names(text) == ["Thảo", "Bùi Kim Chi"]


def test_places_and_teams_are_not_names() -> None:
    found = names(CASES[3][0])
    assert "Chelsea" not in found and "Rennes" not in found
    assert person_crf.plausible("Edouard Mendy") and not person_crf.plausible("Hà Nội")
    assert not person_crf.plausible("Metal Shark Holdings")


def test_confidence_is_a_probability_and_filters() -> None:
    spans = person_crf.tag_spans(MESSI)
    assert all(0.0 < conf <= 1.0 for _, _, conf in spans)
    assert len(person_crf.tag_persons(MESSI, min_confidence=1.01)) == 0


def test_extra_mentions_add_only_what_the_rules_cannot_give() -> None:
    toks = tokens(MESSI)
    start = MESSI.index("Ronaldo Koeman")
    rule = PersonMention(start, start + len("Ronaldo Koeman"), "Ronaldo Koeman", 0, 0, True, "weak")
    extra = person_crf.extra_mentions(MESSI, toks, [rule])
    assert [(m.name, m.full, m.cue) for m in extra] == [("Messi", False, "crf")]
    assert toks[extra[0].tok_start].text == "Messi" and extra[0].tok_end == extra[0].tok_start + 1
    # a Vietnamese full name is the rules' job: never added by the CRF
    assert person_crf.extra_mentions(CASES[0][0], tokens(CASES[0][0]), []) == []


def test_foreign_only_keeps_given_names_out() -> None:
    text = "Cuộc đời ông chỉ có 2 người con là bé Thảo (con gái với vợ sau)."
    given = person_crf.extra_mentions(text, tokens(text), [], 0.5)
    assert [m.name for m in given] == ["Thảo"]
    assert person_crf.extra_mentions(text, tokens(text), [], 0.5, foreign_only=True) == []
    assert person_crf.ordinary("Thảo") and not person_crf.ordinary("Thảo", foreign_only=True)
    assert person_crf.ordinary("Mourinho", foreign_only=True)


def test_short_forms_count_as_the_longer_name() -> None:
    text = "Ronald Koeman nói. Koeman cho biết thêm."
    assert person_crf.crf_names(text, [(0, 13, 0.9), (19, 25, 0.9)]) == ["Ronald Koeman"]


def test_opt_in_by_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("KG_PERSON_CRF", raising=False)
    assert not person_crf.enabled()
    monkeypatch.setenv("KG_PERSON_CRF", "0")
    assert not person_crf.enabled()
    monkeypatch.setenv("KG_PERSON_CRF", "1")
    assert person_crf.enabled()


def test_the_switch_changes_what_extract_finds(monkeypatch: pytest.MonkeyPatch) -> None:
    # dantri-unc-news_sport_005, a sentence the rules miss ("Dù Messi khẳng định ...", MESSI, is now read by the rules)
    text = "Mới đây, Messi đã lên tiếng xin lỗi về động thái gây loạn ở Barcelona."
    article = Article(id="crf-switch", title="Bóng đá", text=text)
    monkeypatch.setenv("KG_PERSON_CRF", "0")
    off = {p.name for p in extract(article).persons}
    monkeypatch.setenv("KG_PERSON_CRF", "1")
    on = {p.name for p in extract(article).persons}
    assert "Messi" not in off and on - off == {"Messi"}


def test_gold_names_are_projected_with_their_short_forms() -> None:
    text = "Ông Nguyễn Văn Hải gặp Lionel Messi ở TP Hồ Chí Minh. Ông Hải nói Messi và Văn Hải rất vui."
    toks = tokens(text)
    tags = label(toks, ["Nguyễn Văn Hải", "Lionel Messi", "Hồ Chí Minh"])
    tagged = [t.text for t, tag in zip(toks, tags, strict=True) if tag != "O"]
    assert tagged == ["Nguyễn", "Văn", "Hải", "Lionel", "Messi", "Hải", "Messi", "Văn", "Hải"]
    assert tags[toks.index(next(t for t in toks if t.text == "Lionel"))] == "B-PER"
