"""ArticleFacts → quads (a pure function: no store, same input → same quads, sorted).

Facts go in the article's named graph; article metadata, types and labels in the default graph.
Each fact triple gets a statement node (rdf:Statement + PROV-O) carrying the extractor version and
the evidence: sentence, character offsets, confidence.
"""

from __future__ import annotations

from collections.abc import Iterable

from pyoxigraph import DefaultGraph, Literal, NamedNode, Quad

from kg.model import ArticleFacts, Evidence, HoldingFact
from kg.rdf import iris
from kg.rdf.namespaces import FOAF, PROV, RDF, RDFS, SCHEMA, VPK, XSD
from kg.resolution.normalize import clean, display, label_key
from kg.resolution.parents import jurisdiction_of, org_label, parent_of, split_role
from kg.resolution.places import place_info

DEFAULT = DefaultGraph()


def N(ns: str, local: str) -> NamedNode:  # noqa: N802 (reads like a prefixed name)
    return NamedNode(ns + local)


A = N(RDF, "type")
LABEL = N(RDFS, "label")
VI = "vi"


def _vi(text: str) -> Literal:
    return Literal(text, language=VI)


def _date(value: str) -> Literal:
    return Literal(value, datatype=N(XSD, "date"))


def _dt(value: str) -> Literal:
    if len(value) > 10:
        return Literal(value, datatype=N(XSD, "dateTime"))
    return _date(value)


class _Builder:
    def __init__(self, facts: ArticleFacts) -> None:
        self.facts = facts
        self.article = facts.article
        self.graph = iris.article_iri(self.article.id)
        self.quads: set[Quad] = set()
        self.agent = iris.agent_iri(facts.extractor_version)

    def default(self, s: NamedNode, p: NamedNode, o: NamedNode | Literal) -> None:
        self.quads.add(Quad(s, p, o, DEFAULT))

    def fact(self, s: NamedNode, p: NamedNode, o: NamedNode | Literal, evidence: Iterable[Evidence] = ()) -> None:
        """A fact of the article, with its statement node (provenance)."""
        g = self.graph
        self.quads.add(Quad(s, p, o, g))
        st = NamedNode(f"{g.value}#f-{iris.short_hash(s.value, p.value, str(o))}")
        add = self.quads.add
        add(Quad(st, A, N(RDF, "Statement"), g))
        add(Quad(st, N(RDF, "subject"), s, g))
        add(Quad(st, N(RDF, "predicate"), p, g))
        add(Quad(st, N(RDF, "object"), o, g))
        add(Quad(st, N(PROV, "wasDerivedFrom"), g, g))
        add(Quad(st, N(PROV, "wasAttributedTo"), self.agent, g))
        add(Quad(st, N(VPK, "extractorVersion"), Literal(self.facts.extractor_version), g))
        for ev in evidence:
            node = NamedNode(f"{st.value}-{ev.start}-{ev.end}")
            add(Quad(st, N(VPK, "evidence"), node, g))
            add(Quad(node, A, N(VPK, "Evidence"), g))
            add(Quad(node, N(VPK, "sentence"), Literal(ev.sentence), g))
            add(Quad(node, N(VPK, "startOffset"), Literal(int(ev.start)), g))
            add(Quad(node, N(VPK, "endOffset"), Literal(int(ev.end)), g))
            confidence = f"{min(1.0, max(0.0, float(ev.confidence))):.4f}"
            add(Quad(node, N(VPK, "confidence"), Literal(confidence, datatype=N(XSD, "decimal")), g))

    # -- entities (types and labels, default graph)

    def person(self, name: str) -> NamedNode:
        node = iris.person_iri(name)
        self.default(node, A, N(VPK, "Person"))
        self.default(node, N(FOAF, "name"), Literal(clean(name)))
        return node

    def place(self, name: str) -> NamedNode:
        info = place_info(name)
        node = iris.place_iri(name)
        self.default(node, A, N(VPK, "Place"))
        self.default(node, LABEL, _vi(info.label))
        self.default(node, N(VPK, "placeLevel"), Literal(info.level))
        if info.province and info.level != "province":
            self.default(node, N(VPK, "locatedIn"), self.place(info.province))
        if info.became:
            self.default(node, N(VPK, "becamePartOf"), self.place(info.became))
            self.default(node, N(VPK, "changeDate"), _date(info.changed or ""))
        return node

    def org(self, label: str) -> NamedNode:
        node = iris.org_iri(label)
        self.default(node, A, N(VPK, "Organization"))
        self.default(node, LABEL, _vi(display(label)))
        parent = parent_of(label)
        if parent:
            self.default(node, N(VPK, "subOrganizationOf"), self.org(parent))
        place = jurisdiction_of(label)
        if place:
            self.default(node, N(VPK, "jurisdiction"), self.place(place))
        return node

    def post(self, h: HoldingFact) -> NamedNode:
        node = iris.post_iri(h.position)
        canonical = display(h.position)
        self.default(node, A, N(VPK, "Post"))
        self.default(node, LABEL, _vi(canonical))
        role, _ = split_role(canonical, h.role)
        if role:
            self.default(node, N(VPK, "role"), _vi(role))
        body = org_label(canonical, h.role, h.body, h.jurisdiction)
        if body:
            self.default(node, N(VPK, "postIn"), self.org(body))
        return node

    # -- the article

    def build(self) -> list[Quad]:
        art, g = self.article, self.graph
        self.default(g, A, N(VPK, "Article"))
        self.default(g, N(SCHEMA, "identifier"), Literal(art.id))
        self.default(g, N(VPK, "contentHash"), Literal(art.content_hash))
        self.default(g, N(SCHEMA, "headline"), Literal(clean(art.title)))
        if art.published:
            self.default(g, N(SCHEMA, "datePublished"), _dt(art.published))
            self.default(g, N(VPK, "articleDate"), _date(art.published[:10]))
        if art.url:
            self.default(g, N(SCHEMA, "url"), Literal(art.url, datatype=N(XSD, "anyURI")))
        if art.source:
            self.default(g, N(VPK, "outlet"), Literal(clean(art.source)))
        if art.byline:
            self.default(g, N(SCHEMA, "author"), Literal(clean(art.byline)))
        self.default(self.agent, A, N(PROV, "SoftwareAgent"))
        self.default(self.agent, LABEL, Literal(f"vnpolkg extractor {self.facts.extractor_version}", language="en"))

        for p in self.facts.persons:
            if not clean(p.name):
                continue
            node = self.person(p.name)
            self.quads.add(Quad(node, N(VPK, "nameInArticle"), Literal(clean(p.name)), g))
            for alias in sorted(set(p.aliases)):
                if clean(alias):
                    self.quads.add(Quad(node, N(VPK, "aliasInArticle"), Literal(clean(alias)), g))
            self.fact(g, N(SCHEMA, "mentions"), node, p.evidence)

        for h in self.facts.holdings:
            if not clean(h.person) or not label_key(h.position):
                continue
            person = self._person_in_article(h.person)
            prop = "formerlyHeld" if h.former else "holdsPost"
            self.fact(person, N(VPK, prop), self.post(h), h.evidence)

        for e in self.facts.events:
            node = iris.event_iri(art.id, e.date, e.name or e.type)
            self.default(node, A, N(VPK, "Event"))
            self.default(node, LABEL, _vi(clean(e.name or e.type)))
            self.default(node, N(VPK, "eventType"), Literal(e.type or "event"))
            self.fact(node, N(VPK, "reportedIn"), g, e.evidence)
            if e.date:
                self.fact(node, N(VPK, "date"), _date(e.date), e.evidence)
            for loc in e.locations:
                if clean(loc):
                    self.fact(node, N(VPK, "hostedAt"), self.place(loc), e.evidence)
            for name in e.chairs:
                if clean(name):
                    person = self._person_in_article(name)
                    self.fact(person, N(VPK, "chaired"), node, e.evidence)
                    self.fact(person, N(VPK, "attended"), node, e.evidence)
            for name in e.attendees:
                if clean(name):
                    self.fact(self._person_in_article(name), N(VPK, "attended"), node, e.evidence)
        return sorted(self.quads, key=str)

    def _person_in_article(self, name: str) -> NamedNode:
        """A person named by a holding or event: also a person of the article (nameInArticle)."""
        node = self.person(name)
        self.quads.add(Quad(node, N(VPK, "nameInArticle"), Literal(clean(name)), self.graph))
        return node


def facts_to_quads(facts: ArticleFacts) -> list[Quad]:
    """All quads of one article: its named graph (facts + provenance) and its default-graph part."""
    return _Builder(facts).build()


def to_nquads(quads: Iterable[Quad]) -> str:
    """Sorted N-Quads lines (what the Dask workers write as shards)."""
    return "".join(sorted(f"{q} .\n" for q in quads))


def facts_nquads(facts: ArticleFacts) -> str:
    """The facts as sorted N-Quads: the worker's copy when it made one, else mapped here."""
    return facts.nquads if facts.nquads is not None else to_nquads(facts_to_quads(facts))
