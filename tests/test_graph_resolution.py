"""Identity across articles: one node per person whatever the spelling; homonyms kept apart with evidence."""

from __future__ import annotations

from graph_fixtures import article, small_corpus

from kg.resolution.persons import Mention, conflict, resolve
from kg.store import GraphStore


def build(batch) -> GraphStore:
    store = GraphStore(None)
    store.add_facts(batch)
    store.finalize()
    return store


def persons(store, name_key: str) -> list[str]:
    rows = store.query(f"""SELECT DISTINCT ?p WHERE {{ ?p a vpk:Person ; foaf:name ?n
                           FILTER(LCASE(STR(?n)) = "{name_key}") }} ORDER BY ?p""")
    return [r["p"].value for r in rows]


def test_one_person_across_articles_and_spellings():
    store = build([
        article("s1", "2020-01-01", holdings=[("Nông Đức Mạnh", "Tổng Bí thư")]),
        article("s2", "2020-02-01", holdings=[("Nông  Đức Mạnh", "Tổng Bí thư Ban Chấp hành Trung ương Đảng")]),
        article("s3", None, former=[("Nông Đức Mạnh", "Chủ tịch Quốc hội")]),
        article("s4", "2020-03-01", holdings=[("Nong Duc Manh", "Tổng Bí thư")]),
    ])
    assert len(persons(store, "nông đức mạnh")) == 1
    assert persons(store, "nong duc manh") == []  # the unmarked spelling joined the marked name
    posts = list(store.query('SELECT DISTINCT ?post WHERE { ?p foaf:name "Nông Đức Mạnh" ; vpk:holdsPost ?post }'))
    assert len(posts) == 1  # Tổng Bí thư written two ways is one post
    merged = list(store.query("""SELECT ?reason WHERE { ?d vpk:decision "merged" ; vpk:reason ?reason ;
                                 vpk:spelling "Nong Duc Manh" }"""))
    assert merged and "4 articles" in merged[0]["reason"].value


def test_homonyms_in_different_provinces_at_the_same_time_are_kept_apart_with_evidence():
    store = build(small_corpus())
    hung = persons(store, "nguyễn văn hùng")
    assert len(hung) == 2 and hung[1] == hung[0] + "-2"
    rows = list(store.query("""SELECT ?p ?reason WHERE { ?d vpk:decision "refused" ; vpk:person ?p ;
                               vpk:reason ?reason } ORDER BY ?p"""))
    assert [r["p"].value for r in rows] == hung
    assert "Kon Tum" in rows[0]["reason"].value and "Quảng Trị" in rows[0]["reason"].value
    # the two Kon Tum articles are one person, the Quảng Trị one the other
    kon_tum = list(store.query("""SELECT DISTINCT ?p WHERE { ?p vpk:holdsPost ?post .
                                  ?post vpk:postIn/vpk:jurisdiction/rdfs:label "Kon Tum"@vi }"""))
    assert len(kon_tum) == 1


def test_same_name_same_province_years_apart_is_one_person():
    store = build([
        article("p1", "2015-01-01", holdings=[("Lê Văn Bình", "Chủ tịch UBND tỉnh Kon Tum")]),
        article("p2", "2020-01-01", holdings=[("Lê Văn Bình", "Bí thư Tỉnh ủy Gia Lai")]),
        article("p3", None, holdings=[("Lê Văn Bình", "Bí thư Tỉnh ủy Quảng Nam")]),
    ])
    assert len(persons(store, "lê văn bình")) == 1


def test_conflict_rules():
    a = Mention("g1", "p", "X", "2020-01-01", {"Kon Tum": "Chủ tịch UBND tỉnh Kon Tum"})
    b = Mention("g2", "p", "X", "2020-06-01", {"Gia Lai": "Bí thư Tỉnh ủy Gia Lai"})
    c = Mention("g3", "p", "X", "2022-06-01", {"Gia Lai": "Bí thư Tỉnh ủy Gia Lai"})
    old = Mention("g4", "p", "X", "1940-01-01")
    assert conflict(a, b) and not conflict(a, c) and conflict(old, c)
    assert not conflict(a, Mention("g5", "p", "X", None, {"Gia Lai": "..."}))
    mapping, decisions = resolve([a, b, c], lambda n: "https://x/person/x")
    assert mapping[("g1", "p")] != mapping[("g2", "p")]
    assert [d.kind for d in decisions].count("refused") == 1


def test_resolution_is_recomputed_when_an_article_is_removed():
    store = build(small_corpus())
    assert len(persons(store, "nguyễn văn hùng")) == 2
    store.remove_articles(["h-2"])
    store.finalize()
    assert len(persons(store, "nguyễn văn hùng")) == 1
    assert not bool(store.query('ASK { ?d vpk:decision "refused" }'))


def test_district_posts_count_in_their_province():
    store = build([
        article("d1", "2021-01-01", holdings=[("Trần Văn Nam", "Chủ tịch UBND huyện Đức Trọng")]),
        article("d2", "2021-03-01", holdings=[("Trần Văn Nam", "Chủ tịch UBND tỉnh Cà Mau")]),
        article("d3", "2021-05-01", holdings=[("Trần Văn Nam", "Bí thư Tỉnh ủy Lâm Đồng")]),
    ])
    nam = persons(store, "trần văn nam")
    assert len(nam) == 2
    rows = list(store.query("""SELECT ?p (COUNT(DISTINCT ?post) AS ?n) WHERE { ?p vpk:holdsPost ?post }
                               GROUP BY ?p ORDER BY ?p"""))
    assert [int(r["n"].value) for r in rows if r["p"].value in nam] == [2, 1]  # Đức Trọng lies in Lâm Đồng
    place = list(store.query("""SELECT ?prov WHERE { ?o rdfs:label "Ủy ban nhân dân huyện Đức Trọng"@vi ;
                                vpk:jurisdiction/vpk:locatedIn/rdfs:label ?prov }"""))
    assert [r["prov"].value for r in place] == ["Lâm Đồng"]


def test_a_post_held_after_the_reference_death_is_another_person():
    # Phan Văn Khải (reference: died 2018) was Thủ tướng; a namesake heading a company in 2021 is not him,
    # while a 2021 article recalling him as Thủ tướng is about him.
    store = build([
        article("k1", None, holdings=[("Phan Văn Khải", "Thủ tướng Chính phủ")]),
        article("k2", "2021-03-01", holdings=[("Phan Văn Khải", "Giám đốc Công ty Cổ phần Sông Đà")]),
        article("k3", "2021-04-01", holdings=[("Phan Văn Khải", "Thủ tướng")]),
    ])
    khai = persons(store, "phan văn khải")
    assert len(khai) == 2
    reason = list(store.query('SELECT ?r WHERE { ?d vpk:decision "refused" ; vpk:reason ?r }'))[0]["r"].value
    assert "Giám đốc Công ty Cổ phần Sông Đà on 2021-03-01, after the death of Phan Văn Khải (2018-03-17)" in reason
    linked = list(store.query("SELECT DISTINCT ?p ?post WHERE { ?p owl:sameAs ?w ; vpk:holdsPost/rdfs:label ?post }"))
    assert {r["post"].value for r in linked} == {"Thủ tướng Chính phủ"}


def test_a_former_post_of_the_reference_person_also_identifies_him():
    store = build([
        article("t1", None, former=[("Hoàng Tùng", "Bí thư Trung ương Đảng")]),
        article("t2", "2021-04-25", holdings=[("Hoàng Tùng", "Chủ tịch UBND thành phố Thủ Đức")]),
    ])
    assert len(persons(store, "hoàng tùng")) == 2
