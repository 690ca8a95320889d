"""The metadata reader: timestamp lines, outlet tags, bylines, and the seed parsed as published."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.reading import iter_inputs
from kg.reading.metadata import byline, outlet_tag, parse_timestamp
from kg.reading.outlets import outlet_by_name, outlet_by_url
from kg.reading.txt import parse_article

SEED = Path(__file__).resolve().parents[1] / "corpus" / "000_afdb58c3525a2a02.txt"


@pytest.mark.parametrize("line, iso", [
    ("11:01, 13/01/2022", "2022-01-13T11:01:00+07:00"),
    ("07:05, 3/2/2021", "2021-02-03T07:05:00+07:00"),
    ("Thứ năm, 13/01/2022 11:01 (GMT+7)", "2022-01-13T11:01:00+07:00"),
    ("13/01/2022 - 11:01", "2022-01-13T11:01:00+07:00"),
    ("2022-01-13T04:01:00Z", "2022-01-13T04:01:00Z"),
    ("13-01-2022", "2022-01-13"),
])
def test_timestamps(line: str, iso: str) -> None:
    assert parse_timestamp(line) == iso


@pytest.mark.parametrize("line", ["Sáng 13/1", "Năm 2021, năm đầu", "32/01/2022", "11:01, 13/13/2022", ""])
def test_not_timestamps(line: str) -> None:
    assert parse_timestamp(line) is None


def test_outlet_tags() -> None:
    tag, outlet = outlet_tag("(LĐ online) - Sáng 13/1, dưới sự chủ trì")
    assert tag == "LĐ online" and outlet and outlet.name == "Báo Lâm Đồng online" and outlet.province == "Lâm Đồng"
    tag, outlet = outlet_tag("TTO - Sáng nay")
    assert outlet and outlet.name == "Tuổi Trẻ"
    assert outlet_tag("(TPHCM) - Hôm qua")[1] is None  # a dateline, not an outlet
    assert outlet_tag("Hôm - qua") is None  # an unknown bare word is no tag
    assert outlet_tag("Sáng 13/1, hội nghị") is None


def test_outlets_by_url_and_name() -> None:
    assert outlet_by_url("https://www.baolamdong.vn/chinh-tri/abc.html").province == "Lâm Đồng"
    assert outlet_by_url("https://example.org/") is None
    assert outlet_by_name("VNTC/Người Lao Động (nld.com.vn)").name == "Người Lao Động"


@pytest.mark.parametrize("line, expected", [
    ("NGUYỆT THU", "NGUYỆT THU"), ("HỒNG THÁI - THU HÀ", "HỒNG THÁI - THU HÀ"),
    ("Các đại biểu tham dự hội nghị", None), ("NĂM 2022", None), ("Nguyệt Thu", None),
])
def test_byline(line: str, expected: str | None) -> None:
    assert byline(line) == expected


def test_seed_as_published() -> None:
    text = SEED.read_text(encoding="utf-8")
    article = parse_article(text, "000_afdb58c3525a2a02")
    assert article.title == "Tổng kết toàn quốc công tác xây dựng Đảng"
    assert article.published == "2022-01-13T11:01:00+07:00"
    assert article.date == "2022-01-13"
    assert article.source == "Báo Lâm Đồng online"
    assert article.byline == "NGUYỆT THU"
    assert article.text == text  # nothing stripped: extraction offsets refer to this text
    assert article.text.count("Đồng chí Trần Đức Quận - Ủy viên Ban Chấp hành") == 2  # captions kept


def test_seed_through_the_registry() -> None:
    [article] = list(iter_inputs([SEED]))
    assert article.id == "000_afdb58c3525a2a02"
    assert article.path == str(SEED) and article.line is None
    assert article.text.startswith("Tổng kết") and article.text.rstrip().endswith("NGUYỆT THU")


def test_headline_without_timestamp() -> None:
    article = parse_article("Tiêu đề bài báo\n(Dân trí) - Chiều 5/3, Bí thư Tỉnh ủy dự họp.\nNội dung.\n", "x")
    assert article.title == "Tiêu đề bài báo" and article.published is None
    assert article.source == "Dân trí" and article.byline is None
