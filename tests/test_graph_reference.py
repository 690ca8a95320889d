"""The shipped reference politicians: term bounds, office matching, sure links only."""

from __future__ import annotations

from kg.resolution.reference import REFERENCE, candidates, matching_terms, parse_bound, politicians, post_matches


def test_reference_ships_with_its_attribution():
    readme = (REFERENCE / "README.md").read_text(encoding="utf-8")
    assert "CC BY-SA 4.0" in readme and "Vietnamese Wikipedia contributors" in readme
    assert sum(len(v) for v in politicians().values()) == 1332


def test_term_bounds():
    assert parse_bound("2020-10-15", upper=False) == "2020-10-15"
    assert parse_bound("2013", upper=False) == "2013-01-01" and parse_bound("2013", upper=True) == "2013-12-28"
    assert parse_bound("12/2010", upper=False) == "2010-12-01"
    assert parse_bound("1989-11", upper=True) == "1989-11-28"
    assert parse_bound("nay", upper=True) == "2025-12-31" and parse_bound("nay", upper=False) is None
    assert parse_bound("", upper=True) is None


def test_office_matching_is_by_whole_leading_phrase():
    assert post_matches("bí thư tỉnh ủy lâm đồng", "Bí thư Tỉnh ủy Lâm Đồng")
    assert not post_matches("bí thư tỉnh ủy lâm đồng", "Phó Bí thư Thường trực Tỉnh ủy Lâm Đồng")
    assert post_matches("tổng bí thư", "Tổng Bí thư Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam, Bí thư Quân ủy")
    quan = politicians()["trần đức quận"][0]
    assert [t.start for t in matching_terms(quan, "Chủ tịch HĐND tỉnh Lâm Đồng")] == ["2016-07-02"]
    assert [t.end for t in matching_terms(quan, "Bí thư Tỉnh uỷ Lâm Đồng")] == ["2024-01-24"]


def test_candidates_need_a_matching_office():
    assert [p.page_id for p in candidates("Nông Đức Mạnh", ["Tổng Bí thư"])] == ["6293"]
    assert candidates("Nông Đức Mạnh", ["Giám đốc Sở Y tế Hà Nội"]) == []
    assert candidates("Không Có Người Này", ["Tổng Bí thư"]) == []
