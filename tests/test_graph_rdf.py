"""ArticleFacts → quads: deterministic IRIs, one named graph per article, provenance, identity keys."""

from __future__ import annotations

from graph_fixtures import article, seed
from pyoxigraph import DefaultGraph, NamedNode

from kg.rdf import facts_to_quads, to_nquads
from kg.rdf.iris import article_id_of, article_iri, org_iri, person_iri, place_iri, post_iri
from kg.rdf.namespaces import BASE, VPK
from kg.resolution.normalize import label_key, name_key
from kg.resolution.parents import jurisdiction_of, org_label, parent_of
from kg.resolution.places import place_info


def test_same_input_same_quads_sorted():
    first, second = facts_to_quads(seed()), facts_to_quads(seed())
    assert first == second
    assert [str(q) for q in first] == sorted(str(q) for q in first)
    assert to_nquads(first) == to_nquads(second)


def test_facts_in_the_article_graph_metadata_and_labels_in_the_default_graph():
    quads = facts_to_quads(seed())
    graph = article_iri("000_afdb58c3525a2a02")
    holds = [q for q in quads if q.predicate.value == VPK + "holdsPost"]
    assert len(holds) == 8 and all(q.graph_name == graph for q in holds)
    default = [q for q in quads if isinstance(q.graph_name, DefaultGraph)]
    predicates = {q.predicate.value for q in default if q.subject == graph}
    assert {"https://schema.org/headline", "https://schema.org/datePublished", VPK + "outlet",
            VPK + "contentHash"} <= predicates
    assert not [q for q in default if q.predicate.value == VPK + "holdsPost"]


def test_every_fact_has_a_statement_with_evidence_and_extractor_version():
    quads = facts_to_quads(seed())
    statements = {q.subject for q in quads if q.predicate.value.endswith("#subject")}
    facts = [q for q in quads if q.predicate.value == VPK + "holdsPost"]
    assert len(statements) >= len(facts)
    for st in statements:
        props = {q.predicate.value.rsplit("#", 1)[-1] for q in quads if q.subject == st}
        assert {"extractorVersion", "evidence", "predicate", "object"} <= props
    sentences = [q.object.value for q in quads if q.predicate.value == VPK + "sentence"]
    assert any("Trần Đức Quận" in s for s in sentences)


def test_iris_are_deterministic_and_spelling_independent():
    assert person_iri("Trương Thị Mai") == person_iri("  Trương  Thị Mai ")
    assert post_iri("Chủ tịch HĐND tỉnh Lâm Đồng") == post_iri("Chủ tịch Hội đồng nhân dân tỉnh Lâm Đồng")
    assert post_iri("Bí thư Tỉnh uỷ Lâm Đồng") == post_iri("Bí thư Bí thư Tỉnh ủy Lâm Đồng")
    assert org_iri("HĐND tỉnh Lâm Đồng") == org_iri("Hội đồng nhân dân tỉnh Lâm Đồng")
    assert post_iri("Thủ tướng") == post_iri("Thủ tướng Chính phủ")
    assert place_iri("điểm cầu Lâm Đồng") == place_iri("tỉnh Lâm Đồng") == place_iri("Lâm Đồng")
    assert place_iri("TP.HCM") == place_iri("Thành phố Hồ Chí Minh")
    assert person_iri("Nguyễn Văn Tú") != person_iri("Nguyễn Văn Tư")
    assert person_iri("X").value.startswith(BASE + "person/")


def test_article_iri_round_trip():
    for article_id in ("000_afdb58c3525a2a02", "vntc-train-XH_VNE_(295)", "bài báo/1"):
        assert article_id_of(article_iri(article_id).value) == article_id


def test_keys():
    assert name_key("Nông Đức  Mạnh") == "nông đức mạnh"
    assert label_key("Ủy viên Trung ương Đảng") == label_key("Ủy viên Ban Chấp hành Trung ương Đảng")
    assert label_key("Hoà Bình") == label_key("Hòa Bình")
    assert label_key("Bộ trưởng Bộ Ngọai giao") == label_key("Bộ trưởng Bộ Ngoại giao")
    assert name_key("Hùynh Đảm") == name_key("Huỳnh Đảm") and name_key("Đỗ Qúy Doãn") == name_key("Đỗ Quý Doãn")
    assert name_key("Thuỷ") == name_key("Thủy") and name_key("Nguyễn Văn Quý") == "nguyễn văn quý"


def test_structure_of_bodies_and_places():
    assert org_label("Trưởng Ban Tổ chức Tỉnh ủy Lâm Đồng", "Trưởng Ban") == "Ban Tổ chức Tỉnh ủy Lâm Đồng"
    assert parent_of("Ban Tổ chức Tỉnh ủy Lâm Đồng") == "Tỉnh ủy Lâm Đồng"
    assert parent_of("Tỉnh ủy Lâm Đồng") == "Ban Chấp hành Trung ương Đảng"
    assert jurisdiction_of("Tỉnh ủy Lâm Đồng") == "Lâm Đồng"
    assert place_info("Đắk Nông").became == "Lâm Đồng" and place_info("Đắk Nông").changed == "2025-07-01"
    assert place_info("Hà Tây").became == "Hà Nội" and place_info("Hà Tây").changed == "2008-08-01"
    assert place_info("huyện Đức Trọng").province == "Lâm Đồng"
    assert parent_of("Sở Y tế TP.HCM") == "Ủy ban nhân dân Hồ Chí Minh"
    assert parent_of("Ban Tổ chức Trung ương") == "Ban Chấp hành Trung ương Đảng"
    assert place_info("Nhật Bản").level == "country"
    assert place_iri("Quận Long Biên Hà Nội") == place_iri("quận Long Biên, Hà Nội") == place_iri("Long Biên")
    assert place_info("huyện Đức Trọng, tỉnh Lâm Đồng").level == "district"


def test_quads_carry_the_structure():
    quads = facts_to_quads(seed())
    triples = {(q.subject.value, q.predicate.value, q.object.value) for q in quads}
    body = org_iri("Ban Tổ chức Tỉnh ủy Lâm Đồng").value
    assert (post_iri("Trưởng Ban Tổ chức Tỉnh ủy Lâm Đồng").value, VPK + "postIn", body) in triples
    assert (body, VPK + "subOrganizationOf", org_iri("Tỉnh ủy Lâm Đồng").value) in triples
    assert (org_iri("Tỉnh ủy Lâm Đồng").value, VPK + "jurisdiction", place_iri("Lâm Đồng").value) in triples


def test_former_post_is_not_a_holding():
    quads = facts_to_quads(article("f", "2020-01-01", former=[("Đỗ Mười", "Tổng Bí thư")]))
    props = {q.predicate.value for q in quads}
    assert VPK + "formerlyHeld" in props and VPK + "holdsPost" not in props


def test_a_chair_also_attends():
    quads = facts_to_quads(seed())
    chaired = {(q.subject, q.object) for q in quads if q.predicate.value == VPK + "chaired"}
    attended = {(q.subject, q.object) for q in quads if q.predicate.value == VPK + "attended"}
    assert len(chaired) == 3 and chaired <= attended


def test_dated_events_of_the_same_name_are_one_node_undated_ones_stay_in_their_article():
    e = {"date": "2021-06-01", "name": "Kỳ họp thứ nhất HĐND tỉnh Lâm Đồng khóa X", "chairs": ["A B C"]}
    one = facts_to_quads(article("x1", "2021-06-01", events=[e]))
    two = facts_to_quads(article("x2", "2021-06-02", events=[e]))
    ev = NamedNode(VPK + "Event")
    events = lambda quads: {q.subject for q in quads if q.object == ev}  # noqa: E731
    assert events(one) == events(two)
    undated = dict(e, date=None)
    assert events(facts_to_quads(article("x1", None, events=[undated]))) != \
        events(facts_to_quads(article("x2", None, events=[undated])))


def test_the_base_of_resource_iris_is_configurable():
    import os
    import subprocess
    import sys

    code = "from kg.rdf.iris import person_iri; print(person_iri('Trương Thị Mai').value)"
    env = dict(os.environ, VNPOLKG_BASE="http://example.org/kg")
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True).stdout
    assert out.strip() == "http://example.org/kg/person/trương-thị-mai"
