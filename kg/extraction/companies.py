"""The company of a board post written without it ("Phó Chủ tịch HĐQT kiêm Tổng giám đốc MB" ->
"Phó Chủ tịch HĐQT MB"): the one company the other posts of the same sentence, else of the article, name."""

from __future__ import annotations

from collections import Counter
from functools import cache

from kg.extraction.canonical import expand
from kg.extraction.mentions import PostMention
from kg.lexicons import word_list
from kg.text.normalize import fold

_COMPANY_HEADS = ("công ty", "tập đoàn", "ngân hàng", "tổng công ty", "hợp tác xã", "xí nghiệp", "doanh nghiệp",
                  "trường", "đại học", "học viện")  # a school's council is its board


@cache
def boards() -> frozenset[str]:
    return frozenset(fold(expand(w)) for w in word_list("company_boards.txt"))


def board_key(position: str) -> str:
    """The folded label with a company's governing board left out before the company: "Chủ tịch HĐQT Techcombank",
    "Chủ tịch Hội đồng quản trị Techcombank" and "Chủ tịch Techcombank" are one post. Not a school's council."""
    key = f" {fold(expand(position))} "
    for board in boards():
        at = key.find(f" {board} ")
        if at >= 0 and key[at + len(board) + 2:].strip() and board.startswith("hội đồng") \
                and not board.startswith("hội đồng trường"):
            key = key[:at] + key[at + len(board) + 1:]
    return key.strip()


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


def _bare_board(post: PostMention) -> bool:
    """The post names a board and nothing after it ("Phó Chủ tịch HĐQT", "Trưởng Ban kiểm soát")."""
    body = fold(expand(post.body))
    whole = fold(expand(f"{post.role} {post.body}".strip()))
    return body in boards() or any(whole.endswith(" " + b) for b in boards())  # also the role "Chủ tịch HĐQT"


def _only_company(posts: list[PostMention]) -> str:
    companies = {fold(c): c for c in (_company(p.body) for p in posts) if c}
    return next(iter(companies.values())) if len(companies) == 1 else ""


def _main_company(posts: list[PostMention]) -> str:
    """The company the posts name most often, if one leads ("VietBank" in an article on its board that also
    names a director's former company once)."""
    counts = Counter(fold(c) for c in (_company(p.body) for p in posts) if c)
    ranked = counts.most_common(2)
    if not ranked or len(ranked) == 2 and ranked[0][1] == ranked[1][1]:
        return ""
    return next(c for c in (_company(p.body) for p in posts) if c and fold(c) == ranked[0][0])


def complete_boards(all_posts: list[list[PostMention]]) -> None:
    """Give bare board posts the one company the other posts of their sentence name, else the company
    the posts of the whole article name most ("Trưởng Ban kiểm soát" in an article on one bank)."""
    article = _main_company([p for posts in all_posts for p in posts])
    for posts in all_posts:
        company = _only_company(posts) or article
        if not company:
            continue
        for post in posts:
            if _bare_board(post):
                post.body = f"{post.body} {company}".strip()
