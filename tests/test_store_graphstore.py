"""GraphStore: batches, replacement by hash, removal, finalize (idempotent), determinism, memberships,
reference links and kg check findings."""

from __future__ import annotations

from graph_fixtures import article, seed, small_corpus

from kg.analysis.check import findings
from kg.rdf.iris import article_iri
from kg.rdf.namespaces import GRAPH_DERIVED
from kg.store import GraphStore


def build(batches, path=None) -> GraphStore:
    store = GraphStore(path)
    for batch in batches:
        store.add_facts(batch)
    store.finalize()
    return store


def rows(store, sparql):
    return [{k: (r[k].value if r[k] is not None else None) for k in [v.value for v in res.variables]}
            for res in [store.query(sparql)] for r in res]


def test_add_and_hashes(tmp_path):
    store = build([small_corpus()], tmp_path / "store")
    hashes = store.article_hashes()
    assert hashes["000_afdb58c3525a2a02"] == "seedhash00000001"
    assert len(hashes) == 7
    assert len(store.article_graphs()) == 7
    store.close()
    again = GraphStore(tmp_path / "store", read_only=True)
    assert again.article_hashes() == hashes
    again.close()


def test_simple_query_of_the_design_works_over_the_union():
    store = build([[seed()]])
    got = rows(store, "SELECT DISTINCT ?name ?post WHERE { ?p foaf:name ?name ; vpk:holdsPost/rdfs:label ?post }")
    assert {"name": "Trần Đức Quận", "post": "Bí thư Tỉnh ủy Lâm Đồng"} in got
    assert len(got) == 8


def test_same_input_gives_byte_identical_sorted_nquads_whatever_the_batches():
    corpus = small_corpus()
    one = build([corpus]).nquads()
    two = build([corpus[3:], corpus[:3]]).nquads()
    incremental = build([corpus[:2]])
    incremental.add_facts(corpus[2:])
    incremental.finalize()
    assert one == two == incremental.nquads()
    assert one.count("\n") > 500


def test_finalize_is_idempotent():
    store = build([small_corpus()])
    before = store.nquads()
    store.finalize()
    assert store.nquads() == before


def test_readding_an_article_with_a_new_hash_replaces_its_graph():
    store = build([[seed()]])
    changed = seed()
    changed.article.hash = "seedhash00000002"
    changed.holdings = changed.holdings[:1]
    store.add_facts([changed])
    store.finalize()
    assert store.article_hashes()["000_afdb58c3525a2a02"] == "seedhash00000002"
    posts = rows(store, "SELECT DISTINCT ?post WHERE { ?p vpk:holdsPost ?post }")
    assert len(posts) == 1


def test_remove_article_removes_its_graph_and_nothing_else():
    corpus = small_corpus()
    store = build([corpus])
    others = {g.value: sorted(map(str, store.store.quads_for_pattern(None, None, None, g)))
              for g in store.article_graphs() if g != article_iri("h-2")}
    assert store.remove_articles(["h-2", "no-such-article"]) == 1
    assert "h-2" not in store.article_hashes()
    assert not store.store.contains_named_graph(article_iri("h-2"))
    store.finalize()
    for g, quads in others.items():
        from pyoxigraph import NamedNode
        assert sorted(map(str, store.store.quads_for_pattern(None, None, None, NamedNode(g)))) == quads
    # the post only h-2 named is gone from the default graph too
    assert not rows(store, 'SELECT ?p WHERE { ?p rdfs:label "Bí thư Tỉnh ủy Quảng Trị"@vi }')


def test_memberships_with_first_and_last_attested_dates_and_former_posts_as_ended():
    store = build([small_corpus()])
    got = rows(store, """SELECT ?first ?last ?ended ?endedBy ?n WHERE {
        ?m a vpk:Membership ; vpk:member/foaf:name "Trần Đức Quận" ; vpk:post/rdfs:label "Bí thư Tỉnh ủy Lâm Đồng"@vi ;
           vpk:firstAttested ?first ; vpk:lastAttested ?last ; vpk:ended ?ended ; vpk:attestationCount ?n .
        OPTIONAL { ?m vpk:endedBy ?endedBy } }""")
    assert got == [{"first": "2021-06-01", "last": "2023-03-02", "ended": "true", "endedBy": "2024-06-01", "n": "4"}]
    graphs = rows(store, "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?m a vpk:Membership } }")
    assert graphs == [{"g": GRAPH_DERIVED}]


def test_who_held_a_post_on_a_date():
    store = build([small_corpus()])
    got = rows(store, """SELECT DISTINCT ?name WHERE { ?post rdfs:label "Bí thư Tỉnh ủy Lâm Đồng"@vi .
        GRAPH ?a { ?p vpk:holdsPost ?post } ?a vpk:articleDate ?d FILTER(YEAR(?d) = 2022) ?p foaf:name ?name }""")
    assert got == [{"name": "Trần Đức Quận"}]


def test_reference_links_are_made_when_sure():
    store = build([small_corpus()])
    got = rows(store, """SELECT ?name ?page ?born WHERE { ?p owl:sameAs ?page ; foaf:name ?name .
        OPTIONAL { ?p schema:birthDate ?born } } ORDER BY ?name""")
    names = {r["name"] for r in got}
    assert {"Trần Đức Quận", "Trương Thị Mai"} <= names
    mai = next(r for r in got if r["name"] == "Trương Thị Mai")
    assert mai["page"].startswith("https://vi.wikipedia.org/wiki/") and mai["born"] == "1958-01-23"
    # a person the reference does not know, or known with no matching office, is not linked
    assert "Nguyễn Trọng Ánh Đông" not in names


def test_check_flags_a_holding_years_after_the_known_term():
    late = article("late", "2025-09-01", holdings=[("Trần Đức Quận", "Bí thư Tỉnh ủy Lâm Đồng")])
    store = build([[*small_corpus(), late]])
    found = findings(store)
    assert [(f.person, f.post, f.attested, f.kind) for f in found] == \
        [("Trần Đức Quận", "Bí thư Tỉnh ủy Lâm Đồng", "2025-09-01", "after-term")]
    assert "2024-01-24" in found[0].reference
    assert findings(build([small_corpus()])) == []


def test_finalize_keeps_one_level_and_one_label_per_place():
    from pyoxigraph import DefaultGraph, Literal, NamedNode, Quad

    from kg.rdf.iris import place_iri
    from kg.rdf.namespaces import RDFS, VPK

    store = GraphStore(None)
    store.add_facts(small_corpus())
    place = place_iri("Lâm Đồng")
    store.add_quads([Quad(place, NamedNode(VPK + "placeLevel"), Literal("other"), DefaultGraph()),
                     Quad(place, NamedNode(RDFS + "label"), Literal("lâm đồng", language="vi"), DefaultGraph())])
    store.finalize()
    levels = list(store.store.quads_for_pattern(place, NamedNode(VPK + "placeLevel"), None, DefaultGraph()))
    labels = list(store.store.quads_for_pattern(place, NamedNode(RDFS + "label"), None, DefaultGraph()))
    assert [q.object.value for q in levels] == ["province"] and [q.object.value for q in labels] == ["Lâm Đồng"]
