"""Learned holding linker: the holdings the relation rules (`holdings.attach`) leave unlinked.

A logistic regression over sparse binary features of (person mention, post mention) pairs that the rules did not
link: the post phrases `posts.find_posts` found in a sentence, with every person named in that sentence or the one
before or after it. Trained by `scripts/train_holding_model.py` on the project's gold annotations; the weights ship
in `kg/models/holdings.json` (recipe, data, cross-validation in `kg/models/README.md`). A pair the model scores at or
above the model's threshold adds the holding (the best-scoring person per post), with the post's evidence and the
probability as its confidence. `KG_HOLDING_MODEL` switches it (`1` on, `0` off; unset: `DEFAULT`).

Features: the sentence relation and order of the two mentions, their token distance, the words and marks between
them (short gaps as a whole, longer ones as a bag), other names and posts between, the tokens around each mention,
the post's role and whether it names a body, the person mention's form (full name, honorific), whether the rules
already linked the post to someone else or the person to another post.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from kg.extraction.canonical import label
from kg.extraction.events import SentenceInfo
from kg.extraction.lexicon import terms
from kg.extraction.logistic import Recorder, probability, read_model, setting
from kg.extraction.mentions import PersonMention, PostMention
from kg.model import Evidence, HoldingFact
from kg.text.normalize import fold

RECIPE_VERSION = "holding-features-1"
MODEL_PATH = Path(__file__).resolve().parents[1] / "models" / "holdings.json"
ENV = "KG_HOLDING_MODEL"
DEFAULT = "0"
ON, OFF = ("1",), ("0",)
WINDOW = 1  # sentences before and after a post's sentence whose names are candidates
SHORT_GAP = 3  # tokens: a gap this short is one feature as a whole
BAG_GAP = 12  # tokens: the words of a gap up to this long are features one by one
_UNNAMED_UNITS = {"xã", "huyện", "phường", "quận", "thị xã", "thị trấn", "thôn", "ấp", "bản"}
_HISTORICAL_ROLES = {"chủ tịch"}
_YEAR = re.compile(r"(?:19|20)\d\d")



def _setting() -> str:
    return setting(ENV, DEFAULT, ON + OFF, "use 1 (the learned holding linker on) or 0 (the rules alone)")


def enabled() -> bool:
    return _setting() in ON or recording.callback is not None


# `with recording(callback): extract(article)`: the callback gets every candidate pair of the article (the ones
# the rules linked too, marked `linked`) and the labels of all its post mentions; the rules' holdings are kept.
# Also, per sentence: its text, span, tokens, post mentions (`_post_record`), persons (canonical names and token
# spans), the rule links (person index, post index) and the jurisdiction (for scripts/diagnose_post_labels.py and
# scripts/train_post_extent_model.py).
recording = Recorder()


@dataclass
class Candidate:
    person: str  # canonical name
    position: str
    role: str
    body: str
    juris: str
    sentence: int  # the post's sentence
    post: int  # the post's index in its sentence
    linked: bool  # the rules linked this pair
    features: set[str] = field(default_factory=set)


def _former(post: PostMention, published: str | None) -> bool:
    if post.former or post.terms_plural:
        return True
    if not post.term:
        return False
    kind = "assembly" if "quốc hội" in fold(post.role + " " + post.body) else "party"
    span = terms().get((kind, post.term))
    return bool(span and published and span[1] and published[:10] >= span[1])


def post_label(post: PostMention, person: str, jurisdiction: str) -> tuple[str, str, str] | None:
    """(position, body, jurisdiction) as the pipeline labels a post for a person; None where it gives no holding."""
    if not post.body and not post.standalone and not person.isascii():
        return None
    if fold(post.body) in _UNNAMED_UNITS or fold(post.role) in _HISTORICAL_ROLES and not post.body:
        return None
    position, body, juris = label(post.role, post.body, jurisdiction)
    if post.acting:
        position = "Quyền " + position
    if post.term and not post.terms_plural:
        position = f"{position} khóa {post.term}"
    return position, body, juris


def _bucket(n: int, edges: tuple[int, ...] = (0, 1, 2, 3, 5, 8, 12, 20)) -> str:
    for e in edges:
        if n <= e:
            return str(e)
    return f">{edges[-1]}"


def _word(s: SentenceInfo, k: int) -> str:
    if 0 <= k < len(s.toks):
        w = s.toks[k].text
        return "CAP" if w[:1].isupper() and len(w) > 1 and not w.isupper() else fold(w)
    return "<S>" if k < 0 else "</S>"


def _features(infos: list[SentenceInfo], si: int, post: PostMention, pj: int, m: PersonMention,
              post_linked: bool, person_linked: bool, roles: set[str] | None) -> set[str]:
    s = infos[si]
    f = {"bias_role=" + fold(post.role), "body" if post.body else "nobody"}
    if roles is not None:
        f.add("role_held" if fold(post.role) in roles else "holds_other")
    else:
        f.add("holds_none")
    if post.standalone:
        f.add("standalone")
    f.add("full" if m.full else "short")
    if m.cue:
        f.add("cue=" + fold(m.cue).split()[0])
    f.add("post_linked" if post_linked else "post_free")
    if person_linked:
        f.add("person_linked_here")
    f.add("npersons=" + _bucket(len(s.persons), (0, 1, 2, 3, 5)))
    f.add("pre_post=" + _word(s, post.tok_start - 1))
    f.add("pre2_post=" + _word(s, post.tok_start - 2))
    f.add("post_next=" + _word(s, post.tok_end))
    f.add("post_at=" + _bucket(post.tok_start, (0, 1, 3, 6)))
    f.add("post_sentence=" + _bucket(len(s.toks), (3, 6, 10, 20, 40)))
    if any(_YEAR.fullmatch(t.text) for t in s.toks):
        f.add("year_in_sentence")
    if pj != si:
        rel = "prev" if pj < si else "next"
        f.add("rel=" + rel)
        f.add(f"rel={rel}|post_at={_bucket(post.tok_start, (0, 1, 3, 6))}")
        f.add(f"rel={rel}|nposts_persons={_bucket(len(s.persons), (0, 1))}")
        f.add(f"rel={rel}|cue={'yes' if m.cue else 'no'}")
        rest = len(infos[pj].toks) - (m.tok_end - m.tok_start)
        f.add(f"rel={rel}|person_sentence_rest=" + _bucket(rest, (0, 1, 2, 4, 8, 16)))
        f.add(f"rel={rel}|post_sentence=" + _bucket(len(s.toks), (3, 6, 10, 20, 40)))
        return f
    toks = s.toks
    first = "post" if post.tok_start < m.tok_start else "person"
    a, b = (post.tok_end, m.tok_start) if first == "post" else (m.tok_end, post.tok_start)
    a, b = min(a, b), max(a, b)
    gap = [fold(t.text) for t in toks[a:b]]
    f.add("first=" + first)
    f.add(f"first={first}|dist={_bucket(len(gap))}")
    if len(gap) <= SHORT_GAP:
        f.add(f"first={first}|gap=" + " ".join(gap))
    elif len(gap) <= BAG_GAP:
        f.update(f"first={first}|in={w}" for w in set(gap))
    others = sum(1 for p in s.persons if p is not m and a <= p.tok_start < b)
    f.add(f"first={first}|persons_between={min(others, 2)}")
    nearest = min(s.persons, key=lambda p: min(abs(p.tok_start - post.tok_end), abs(post.tok_start - p.tok_end)))
    if nearest is m:
        f.add(f"first={first}|nearest")
    f.add(f"first={first}|pre_person=" + _word(s, m.tok_start - 1))
    f.add(f"first={first}|person_next=" + _word(s, m.tok_end))
    return f


def candidates(infos: list[SentenceInfo], all_posts: list[list[PostMention]], linked: list[list[tuple[int, int]]],
               jurisdiction: Callable[[int], str], published: str | None,
               holders: set[tuple[str, str]], roles: dict[str, set[str]]) -> list[Candidate]:
    """Every (person mention, current post) pair within WINDOW sentences, the nearest mention of each person per
    post; `holders` are the (person, folded position) pairs the rules already give, `roles` each holder's roles."""
    out: dict[tuple[str, str, int, int], tuple[tuple[int, int], Candidate]] = {}
    for si, posts in enumerate(all_posts):
        pairs = set(linked[si])
        taken_posts = {q for _, q in pairs}
        taken_persons = {p for p, _ in pairs}
        for q, post in enumerate(posts):
            if _former(post, published):
                continue
            for pj in range(max(0, si - WINDOW), min(len(infos), si + WINDOW + 1)):
                for pi, m in enumerate(infos[pj].persons):
                    person = m.canonical
                    if not person or pj == si and m.tok_start < post.tok_end and post.tok_start < m.tok_end:
                        continue
                    labelled = post_label(post, person, jurisdiction(si))
                    if labelled is None:
                        continue
                    key = (person, fold(labelled[0]), si, q)
                    is_linked = pj == si and (pi, q) in pairs
                    near = (0 if is_linked else 1, abs(pj - si),
                            min(abs(m.tok_start - post.tok_end), abs(post.tok_start - m.tok_end)))
                    if key in out and out[key][0] <= near:
                        continue
                    holds = (person, fold(labelled[0])) in holders
                    feats = _features(infos, si, post, pj, m, q in taken_posts,
                                      pj == si and pi in taken_persons, roles.get(person))
                    out[key] = (near, Candidate(person, labelled[0], post.role, labelled[1], labelled[2], si, q,
                                                      is_linked or holds, feats))
    return [c for _, c in out.values()]


@cache
def load_model(path: Path = MODEL_PATH) -> dict[str, Any]:
    return read_model(path, RECIPE_VERSION, "holding model", "scripts/train_holding_model.py")


def chosen(cands: list[Candidate], scores: list[float], threshold: float) -> list[tuple[Candidate, float]]:
    """The best unlinked candidate of each post mention, when it scores at least `threshold`."""
    best: dict[tuple[int, int], tuple[Candidate, float]] = {}
    for c, p in zip(cands, scores, strict=True):
        if c.linked or p < threshold:
            continue
        k = (c.sentence, c.post)
        if k not in best or p > best[k][1]:
            best[k] = (c, p)
    return list(best.values())


def _post_record(post: PostMention, jurisdiction: str, published: str | None) -> dict[str, Any]:
    """A post mention as the recording hook reports it (for scripts/diagnose_post_labels.py)."""
    labelled = post_label(post, "x", jurisdiction)
    return {"start": post.start, "end": post.end, "text": post.text, "role": post.role, "body": post.body,
            "tok_start": post.tok_start, "tok_end": post.tok_end, "former": _former(post, published),
            "standalone": post.standalone, "acting": post.acting, "term": post.term, "terms_plural": post.terms_plural,
            "label": labelled[0] if labelled else None}


def add(holdings: dict[tuple[str, str, bool], HoldingFact], infos: list[SentenceInfo],
        all_posts: list[list[PostMention]], linked: list[list[tuple[int, int]]], jurisdiction: Callable[[int], str],
        published: str | None) -> None:
    """Adds to `holdings` (keyed as the pipeline keys them) the model's holdings."""
    holders = {(person, position) for person, position, former in holdings if not former}
    roles: dict[str, set[str]] = {}
    for (person, _position, former), fact in holdings.items():
        if not former:
            roles.setdefault(person, set()).add(fold(fact.role))
    cands = candidates(infos, all_posts, linked, jurisdiction, published, holders, roles)
    if recording.callback is not None:
        labels = [post_label(p, "x", jurisdiction(si)) for si, posts in enumerate(all_posts) for p in posts
                  if not _former(p, published)]
        recording.callback({"candidates": cands, "post_labels": [x[0] for x in labels if x],
                   "sentences": [s.text for s in infos],
                   "posts": [[_post_record(p, jurisdiction(si), published) for p in posts]
                             for si, posts in enumerate(all_posts)],
                   "persons": [[m.canonical for m in s.persons] for s in infos],
                   "spans": [(s.start, s.end) for s in infos],
                   "tokens": [[(t.text, t.start, t.end) for t in s.toks] for s in infos],
                   "person_tokens": [[(m.tok_start, m.tok_end) for m in s.persons] for s in infos],
                   "linked": [list(pairs) for pairs in linked],
                   "jurisdictions": [jurisdiction(si) for si in range(len(infos))]})
        if _setting() in OFF:
            return
    model = load_model()
    weights, bias = model["weights"], model["bias"]
    scores = [0.0 if c.linked else probability(c.features, weights, bias) for c in cands]
    for c, p in chosen(cands, scores, model["threshold"]):
        key = (c.person, fold(c.position), False)
        if key in holdings:
            continue
        post = all_posts[c.sentence][c.post]
        fact = holdings[key] = HoldingFact(c.person, c.position, post.role, c.body, c.juris, False)
        fact.evidence.append(Evidence(infos[c.sentence].text, post.start, post.end, round(p, 3)))
