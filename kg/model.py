"""Plain data passed between the stages.

`Article` is what the readers produce; `ArticleFacts` is what extraction produces and what the
graph side consumes (its JSON form is printed by `kg extract --format jsonl` and follows the
schema of `../shared/EVALUATION.md`, with extra keys the scorer ignores).
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from typing import Any

EXTRACTOR_VERSION = "0.1.0"


@dataclass
class Article:
    id: str
    title: str
    text: str
    published: str | None = None  # ISO 8601: "2022-01-13T11:01:00+07:00" or "2022-01-13"
    url: str | None = None
    source: str | None = None  # outlet, e.g. "Báo Lâm Đồng online"
    byline: str | None = None
    path: str | None = None  # the file it was read from
    line: int | None = None  # its line in that file (JSON Lines), 1-based
    hash: str | None = None  # kept when the text is not (ArticleFacts read back from JSON)

    @property
    def content_hash(self) -> str:
        if self.hash:
            return self.hash
        digest = hashlib.sha256()
        for part in (self.id, self.title, self.text, self.published or "", self.url or ""):
            digest.update(part.encode("utf-8"))
            digest.update(b"\x00")
        return digest.hexdigest()[:16]

    @property
    def date(self) -> str | None:
        return self.published[:10] if self.published else None

    def metadata(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "published": self.published,
            "url": self.url,
            "source": self.source,
            "byline": self.byline,
            "path": self.path,
            "hash": self.content_hash,
        }


@dataclass
class Evidence:
    """Where a fact was read: the sentence and the fact's character span in the article text."""

    sentence: str
    start: int
    end: int
    confidence: float = 1.0


@dataclass
class PersonFact:
    name: str
    aliases: list[str] = field(default_factory=list)  # short forms seen in the article
    evidence: list[Evidence] = field(default_factory=list)


@dataclass
class HoldingFact:
    person: str
    position: str  # canonical label: role + body + jurisdiction
    role: str = ""
    body: str = ""
    jurisdiction: str = ""
    former: bool = False  # "nguyên", "cựu": an ended post, never a current holding
    evidence: list[Evidence] = field(default_factory=list)


@dataclass
class EventFact:
    date: str | None  # ISO date, None when the article gives no date cue
    name: str
    type: str = "event"  # meeting, conference, congress, session, ceremony, visit, reception
    locations: list[str] = field(default_factory=list)
    chairs: list[str] = field(default_factory=list)
    attendees: list[str] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)


@dataclass
class ArticleFacts:
    article: Article
    persons: list[PersonFact] = field(default_factory=list)
    holdings: list[HoldingFact] = field(default_factory=list)
    events: list[EventFact] = field(default_factory=list)
    extractor_version: str = EXTRACTOR_VERSION
    # The facts mapped to N-Quads by the worker process that extracted them, so that the single
    # writer of a parallel build only loads; never part of the JSON.
    nquads: str | None = field(default=None, repr=False, compare=False)

    def to_json(self) -> dict[str, Any]:
        """The JSON object of `kg extract --format jsonl`: current holdings under `holdings`,
        former ones under `former_holdings` (so the metric never counts them as current)."""
        holdings = [asdict(h) for h in self.holdings if not h.former]
        former = [asdict(h) for h in self.holdings if h.former]
        return {
            "article": self.article.metadata(),
            "persons": [asdict(p) for p in self.persons],
            "holdings": holdings,
            "former_holdings": former,
            "events": [asdict(e) for e in self.events],
            "extractor_version": self.extractor_version,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> ArticleFacts:
        meta = data["article"]
        article = Article(text="", **{k: meta.get(k) for k in
                                      ("id", "title", "published", "url", "source", "byline", "path", "hash")})
        article.title = article.title or ""

        def ev(items: list[dict[str, Any]]) -> list[Evidence]:
            return [Evidence(**e) for e in items or []]

        persons = [PersonFact(p["name"], p.get("aliases", []), ev(p.get("evidence"))) for p in data["persons"]]
        holdings = []
        for former, key in ((False, "holdings"), (True, "former_holdings")):
            for h in data.get(key, []):
                h = dict(h)
                h["former"] = former
                h["evidence"] = ev(h.get("evidence"))
                holdings.append(HoldingFact(**h))
        events = []
        for e in data.get("events", []):
            e = dict(e)
            e["evidence"] = ev(e.get("evidence"))
            events.append(EventFact(**e))
        return cls(article, persons, holdings, events, data.get("extractor_version", EXTRACTOR_VERSION))
