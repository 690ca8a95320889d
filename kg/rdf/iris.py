"""Deterministic IRIs: the same name, label or article id always gives the same IRI."""

from __future__ import annotations

import hashlib
from urllib.parse import quote, unquote

from pyoxigraph import NamedNode

from kg.rdf.namespaces import BASE, resource
from kg.resolution.normalize import label_key, name_key, slug
from kg.resolution.places import place_info

_ARTICLE_SAFE = "()_-.~!$&'*+,;=:@"


def short_hash(*parts: str, size: int = 12) -> str:
    digest = hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()
    return digest[:size]


def article_iri(article_id: str) -> NamedNode:
    return NamedNode(f"{BASE}article/{quote(article_id, safe=_ARTICLE_SAFE)}")


def article_id_of(iri: str) -> str | None:
    prefix = f"{BASE}article/"
    return unquote(iri[len(prefix):]) if iri.startswith(prefix) and "#" not in iri else None


def person_iri(name: str) -> NamedNode:
    return resource("person", slug(name_key(name)))


def post_iri(label: str) -> NamedNode:
    return resource("post", slug(label_key(label)))


def org_iri(label: str) -> NamedNode:
    return resource("org", slug(label_key(label)))


def place_iri(name: str) -> NamedNode:
    return resource("place", slug(place_info(name).key))


def event_iri(article_id: str, date: str | None, name: str) -> NamedNode:
    """An event named by at least four words and dated is one node across articles;
    otherwise it belongs to its article (a bare `Hội nghị` in two articles is two events)."""
    key = label_key(name)
    if date and len(key.split()) >= 4:
        return resource("event", f"{date}-{slug(key)[:90]}-{short_hash(date, key, size=6)}")
    return resource("event", f"{slug(article_id)[:60]}-{short_hash(article_id, date or '', key, size=10)}")


def membership_iri(person: str, post: str) -> NamedNode:
    """One membership node per (person IRI, post IRI)."""
    return resource("membership", f"{person.rsplit('/', 1)[-1]}--{post.rsplit('/', 1)[-1]}")


def agent_iri(version: str) -> NamedNode:
    return resource("agent", f"extractor-{slug(version)}")
