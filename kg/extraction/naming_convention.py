"""Which persons an article's facts keep: the people it names in full, or also the ones it names only in part
("Benzema", "anh Tuấn").

The annotation guide counts the people an article "names in full"; the issue's general-news example counts
`chị Minh`. The two readings meet in the kind of article: news about officials (someone named in full holds a
post) names its people in full, so a given name alone there is a passer-by or a short form; other news (sport,
society, entertainment) counts the names it gives. `KG_FULL_NAMES_ONLY` chooses: `1` full names in every
article, `0` every name, unset (or `auto`) by the article."""

from __future__ import annotations

import os
from dataclasses import replace

from kg.model import ArticleFacts

ALWAYS, NEVER, BY_ARTICLE = "always", "never", "by article"


def convention() -> str:
    value = os.environ.get("KG_FULL_NAMES_ONLY", "").strip().lower()
    return ALWAYS if value == "1" else NEVER if value == "0" else BY_ARTICLE


def about_officials(facts: ArticleFacts, partial: set[str]) -> bool:
    """Someone the article names in full holds a current post in it."""
    return any(not h.former and h.person not in partial for h in facts.holdings)


def without(facts: ArticleFacts, partial: set[str]) -> ArticleFacts:
    """The facts with the persons in `partial` taken out everywhere; an event left with no one is dropped."""
    if not partial:
        return facts
    events = []
    for e in facts.events:
        chairs = [n for n in e.chairs if n not in partial]
        attendees = [n for n in e.attendees if n not in partial]
        if chairs or attendees or not (e.chairs or e.attendees):
            events.append(replace(e, chairs=chairs, attendees=attendees))
    return replace(facts, persons=[p for p in facts.persons if p.name not in partial],
                   holdings=[h for h in facts.holdings if h.person not in partial], events=events)
