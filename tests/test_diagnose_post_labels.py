"""The label comparison of scripts/diagnose_post_labels.py: each kind of difference between a gold label and a
system label is named as the script's table counts it."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
import diagnose_post_labels as dpl  # noqa: E402


@pytest.mark.parametrize(("gold", "system", "kind"), [
    ("bí thư đảng ủy trường đại học tôn đức thắng", "bí thư đảng ủy", "stops early"),
    ("phó giám đốc kho bạc nhà nước phú yên", "phó giám đốc kho bạc nhà nước", "jurisdiction missing"),
    ("phó bí thư tỉnh ủy", "bí thư tỉnh ủy", "role start missing"),
    ("tổng thống mỹ", "quyền tổng thống mỹ", "extra words"),
    ("trưởng ban", "trưởng ban chỉ đạo", "runs long"),
    ("chủ tịch quốc hội", "chủ tịch quốc hội lào", "extra place"),
    ("bí thư thành ủy hải phòng", "bí thư thành ủy hà nội", "jurisdiction differs"),
    ("thứ trưởng bộ tài nguyên và môi trường", "thứ trưởng bộ tài chính", "body differs"),
    ("thành viên hội đồng quản trị vietjet", "chủ tịch hội đồng quản trị vietjet", "role differs"),
    ("thủ tướng", "thủ tướng", "same words"),
])
def test_compare_names_the_difference(gold: str, system: str, kind: str) -> None:
    assert dpl.compare(gold, system) == kind


def test_stops_early_is_split_by_what_the_text_says_next() -> None:
    gold = "trưởng ban kỷ luật vff"
    assert dpl.compare_in_text((gold, "trưởng ban", ["trưởng ban kỷ luật vff cho biết"])).startswith(
        "stops early in the text")
    assert dpl.compare_in_text((gold, "trưởng ban", ["trưởng ban cho biết"])).startswith(
        "stops early, gold adds words from elsewhere")


def test_closest_needs_a_shared_word() -> None:
    assert dpl.closest(["thủ tướng"], [("bí thư tỉnh ủy", [])]) is None
    pair = dpl.closest(["bí thư tỉnh ủy"], [("thủ tướng", []), ("bí thư", ["x"])])
    assert pair == ("bí thư tỉnh ủy", "bí thư", ["x"])
