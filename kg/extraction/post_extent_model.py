"""Learned post extent: where the body of a linked post phrase ends when the rules stop it too early.

scripts/diagnose_post_labels.py counts the gold holdings the rules miss because the post phrase near the person
stops before the end of the body the text goes on to name (`Phó Tổng cục trưởng` for `Phó Tổng cục trưởng Tổng cục
Tiêu chuẩn Đo lường Chất lượng`). For every post phrase the relation rules link to a person, this model scores each
longer end (up to `MAX_EXTENSION` tokens further, never across a person's name, another post phrase, the end of a
clause or a counting number such as `2 năm nay`: kg/lexicons/quantity_words.txt) with a logistic regression over
sparse binary features of the words added; the best end at or above the model's threshold extends the post's body
before it is labelled. Trained by scripts/train_post_extent_model.py on
the gold sets (recipe and cross-validation in kg/models/README.md); the weights ship in kg/models/post_extent.json.
`KG_POST_EXTENT_MODEL` switches it (`1` on, `0` the rules' ends; unset: `DEFAULT`, on).
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import Any

from kg.extraction.lexicon import folded_words
from kg.extraction.logistic import probability, read_model, setting
from kg.extraction.mentions import PersonMention, PostMention
from kg.text.normalize import fold
from kg.text.segment import Token

RECIPE_VERSION = "post-extent-features-1"
MODEL_PATH = Path(__file__).resolve().parents[1] / "models" / "post_extent.json"
ENV = "KG_POST_EXTENT_MODEL"
DEFAULT = "1"  # on: whole-set CV over blind rule outputs raised pooled holding F1 (kg/models/README.md)
ON, OFF = ("1",), ("0",)
MAX_EXTENSION = 8  # tokens after the rule's end
_STOPS = {".", ";", ":", "!", "?", "(", ")", "\"", "“", "”", "-", "–", "—"}  # an extension never crosses these
_NOT_LAST = {",", "và", "của", "tại", "ở", "về", "cho", "với", "thuộc", "trực"}  # nor ends on these


def _setting() -> str:
    return setting(ENV, DEFAULT, ON + OFF, "use 1 (the learned post extent on) or 0 (the rules alone)")


def enabled() -> bool:
    return _setting() in ON


def _shape(word: str) -> str:
    if not any(ch.isalpha() for ch in word):
        return "d" if any(ch.isdigit() for ch in word) else word
    if word.isupper() and len(word) > 1:
        return "A"
    return "C" if word[:1].isupper() else "l"


def _quantity_words() -> frozenset[str]:
    return folded_words("quantity_words.txt")


def _quantity_at(toks: list[Token], k: int) -> bool:
    """A number at `k` that counts ("2 năm nay", "3 phần trăm"): a quantity word follows it."""
    if not any(ch.isdigit() for ch in toks[k].text):
        return False
    words = _quantity_words()
    nxt = [fold(t.text) for t in toks[k + 1:k + 3]]
    return bool(nxt) and (nxt[0] in words or " ".join(nxt) in words)


def ends(toks: list[Token], start: int, blocked: set[int]) -> list[int]:
    """The token indices after which an extension starting at `start` may end (exclusive ends, ascending)."""
    out = []
    for k in range(start, min(len(toks), start + MAX_EXTENSION)):
        w = toks[k].text
        if k in blocked or w in _STOPS or _quantity_at(toks, k):
            break
        if fold(w) not in _NOT_LAST:
            out.append(k + 1)
    return out


def features(toks: list[Token], post_role: str, has_body: bool, start: int, end: int) -> set[str]:
    """Features of extending a post phrase that ends at token `start` to token `end` (exclusive)."""
    words = [toks[k].text for k in range(start, end)]
    folded = [fold(w) for w in words]
    shapes = [_shape(w) for w in words]
    n = end - start
    f = {"n=" + str(min(n, 6)), "role=" + fold(post_role), "body" if has_body else "nobody",
         "first=" + folded[0], "last=" + folded[-1], "first_shape=" + shapes[0], "last_shape=" + shapes[-1],
         "shapes=" + "".join(shapes[:6]),
         "next=" + (fold(toks[end].text) if end < len(toks) else "</S>"),
         "next_shape=" + (_shape(toks[end].text) if end < len(toks) else "</S>"),
         "prev=" + fold(toks[start - 1].text) if start > 0 else "prev=<S>"}
    f.update("in=" + w for w in folded)
    if all(s in ("C", "A", "d") for s in shapes):
        f.add("all_capitalised")
    if "l" in shapes:
        f.add("has_lower")
    if "," in words:
        f.add("has_comma")
    f.add(f"n={min(n, 6)}|first_shape={shapes[0]}")
    f.add(f"{'body' if has_body else 'nobody'}|first_shape={shapes[0]}")
    return f


@cache
def load_model(path: Path = MODEL_PATH) -> dict[str, Any]:
    return read_model(path, RECIPE_VERSION, "post extent model", "scripts/train_post_extent_model.py")


def best_end(toks: list[Token], post: PostMention, blocked: set[int], weights: dict[str, float], bias: float,
             threshold: float) -> tuple[int, float] | None:
    """(end token, probability) of the best extension at or above `threshold`, None to keep the rule's end."""
    best: tuple[int, float] | None = None
    for e in ends(toks, post.tok_end, blocked):
        p = probability(features(toks, post.role, bool(post.body), post.tok_end, e), weights, bias)
        if p >= threshold and (best is None or p > best[1]):
            best = (e, p)
    return best


def blocked_tokens(persons: list[PersonMention], posts: list[PostMention]) -> set[int]:
    return {k for m in persons for k in range(m.tok_start, m.tok_end)} | \
        {k for q in posts for k in range(q.tok_start, q.tok_end)}


def extend(text: str, toks: list[Token], persons: list[PersonMention], posts: list[PostMention],
           pairs: Iterable[tuple[int, int]]) -> None:
    """Extends in place the body of each linked post the model scores at or above its threshold."""
    model = load_model()
    blocked = blocked_tokens(persons, posts)
    for qi in sorted({q for _, q in pairs}):
        post = posts[qi]
        if post.former:
            continue
        found = best_end(toks, post, blocked, model["weights"], model["bias"], model["threshold"])
        if found is None:
            continue
        e = found[0]
        added = text[post.end:toks[e - 1].end].strip()
        post.body = f"{post.body} {added}".strip()
        post.text = text[post.start:toks[e - 1].end]
        post.end, post.tok_end = toks[e - 1].end, e
