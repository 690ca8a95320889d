"""The company of a board post written without it ("Phó Chủ tịch HĐQT kiêm Tổng giám đốc MB" ->
"Phó Chủ tịch HĐQT MB"): the one company the other posts of the same sentence name."""

from __future__ import annotations

from functools import cache

from kg.extraction.canonical import expand
from kg.extraction.mentions import PostMention
from kg.lexicons import word_list
from kg.text.normalize import fold

_COMPANY_HEADS = ("công ty", "tập đoàn", "ngân hàng", "tổng công ty")


@cache
def boards() -> frozenset[str]:
    return frozenset(fold(expand(w)) for w in word_list("company_boards.txt"))


def _company(body: str) -> str:
    """The company a body names, or ''. A brand in Latin letters ("TPBank", "PV GAS") or a company phrase."""
    key = fold(expand(body))
    for board in boards():
        if key.startswith(board + " "):
            body = body.split(None, len(board.split()))[-1] if len(body.split()) > len(board.split()) else ""
            key = fold(expand(body))
            break
    if not body or key in boards():
        return ""
    first = body.split()[0]
    if key.startswith(_COMPANY_HEADS) or first.isascii() and first[:1].isupper():
        return body
    return ""


def complete_boards(posts: list[PostMention]) -> None:
    """Give bare board posts the one company named by the other posts of the sentence."""
    companies = {fold(c): c for c in (_company(p.body) for p in posts) if c}
    if len(companies) != 1:
        return
    company = next(iter(companies.values()))
    for post in posts:
        if fold(expand(post.body)) in boards():
            post.body = f"{post.body} {company}"
