"""Hand-written ArticleFacts for the graph tests (no extraction involved)."""

from __future__ import annotations

import json
from pathlib import Path

from kg.model import Article, ArticleFacts, EventFact, Evidence, HoldingFact, PersonFact

HERE = Path(__file__).parent


def seed() -> ArticleFacts:
    """The facts of the seed article (../shared/gold/seed), written by hand with evidence."""
    return ArticleFacts.from_json(json.loads((HERE / "seed.json").read_text(encoding="utf-8")))


def article(article_id: str, date: str | None, holdings: list[tuple[str, str]] = (),
            former: list[tuple[str, str]] = (), events: list[dict] = (), source: str = "Báo Test",
            title: str = "") -> ArticleFacts:
    """One article: holdings as (person, position) pairs; events as dicts of EventFact fields."""
    art = Article(id=article_id, title=title or f"Tin {article_id}", text="", published=date, source=source,
                  hash=f"h-{article_id}-{date}-{len(holdings)}-{len(former)}-{len(events)}")
    names: list[str] = []
    for name, _ in [*holdings, *former]:
        names.append(name)
    for e in events:
        names += list(e.get("chairs", [])) + list(e.get("attendees", []))
    ev = [Evidence(sentence=f"Câu trong bài {article_id}.", start=0, end=10, confidence=0.9)]
    persons = [PersonFact(n, [], ev) for n in dict.fromkeys(names)]
    hs = [HoldingFact(p, pos, evidence=ev) for p, pos in holdings]
    hs += [HoldingFact(p, pos, former=True, evidence=ev) for p, pos in former]
    es = [EventFact(date=e.get("date"), name=e["name"], type=e.get("type", "meeting"),
                    locations=list(e.get("locations", [])), chairs=list(e.get("chairs", [])),
                    attendees=list(e.get("attendees", [])), evidence=ev) for e in events]
    return ArticleFacts(art, persons, hs, es)


def write_jsonl(path: Path, batch: list[ArticleFacts]) -> Path:
    path.write_text("".join(json.dumps(f.to_json(), ensure_ascii=False) + "\n" for f in batch), encoding="utf-8")
    return path


def small_corpus() -> list[ArticleFacts]:
    """The seed and four articles around it: the same people with other spellings and abbreviations,
    a later article, a former post, and a homonym in another province."""
    return [
        seed(),
        article("a-2021", "2021-06-01", holdings=[("Trần Đức Quận", "Bí thư Tỉnh uỷ Lâm Đồng"),
                                                  ("Trần Đức Quận", "Chủ tịch Hội đồng nhân dân tỉnh Lâm Đồng")],
                events=[{"date": "2021-06-01", "name": "Kỳ họp thứ nhất HĐND tỉnh Lâm Đồng khóa X",
                         "type": "session", "locations": ["tỉnh Lâm Đồng"], "chairs": ["Trần Đức Quận"],
                         "attendees": ["Nguyễn Trọng Ánh Đông"]}]),
        article("a-2023", "2023-03-02", holdings=[("Trần Đức Quận", "Bí thư Tỉnh ủy Lâm Đồng")],
                events=[{"date": "2023-03-01", "name": "Hội nghị Ban Chấp hành Đảng bộ tỉnh Lâm Đồng",
                         "type": "conference", "locations": ["Đà Lạt"], "chairs": ["Trần Đức Quận"],
                         "attendees": ["Nguyễn Trọng Ánh Đông"]}]),
        article("a-2024", "2024-06-01", former=[("Trần Đức Quận", "Bí thư Tỉnh ủy Lâm Đồng")]),
        article("h-1", "2020-05-01", holdings=[("Nguyễn Văn Hùng", "Chủ tịch UBND tỉnh Kon Tum")]),
        article("h-2", "2020-09-01", holdings=[("Nguyễn Văn Hùng", "Bí thư Tỉnh ủy Quảng Trị")]),
        article("h-3", "2020-10-01", holdings=[("Nguyễn Văn Hùng", "Chủ tịch Ủy ban nhân dân tỉnh Kon Tum")]),
    ]
