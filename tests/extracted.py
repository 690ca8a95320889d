"""What `kg.extraction.extract` finds in a text, in the shapes the extraction tests compare."""

from __future__ import annotations

from kg.extraction import extract
from kg.model import Article


def current_holdings(text: str) -> set[tuple[str, str]]:
    """(person, post) of every current holding (former posts left out)."""
    return {(h.person, h.position) for h in extract(Article("t", "", text)).holdings if not h.former}


def all_holdings(text: str) -> set[tuple[str, str]]:
    """(person, post) of every holding, current or former."""
    return {(h.person, h.position) for h in extract(Article("t", "", text)).holdings}
