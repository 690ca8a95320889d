"""A stand-in extractor for pipeline tests (importable by spawned worker processes): fails on request."""

from __future__ import annotations

from kg.model import Article, ArticleFacts, PersonFact


def extract(article: Article) -> ArticleFacts:
    if "FAIL" in article.text:
        raise ValueError("stand-in failure")
    return ArticleFacts(article, persons=[PersonFact(article.title)])
