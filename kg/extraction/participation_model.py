"""Opt-in learned participation model: who takes part in which event (person, event key).

A logistic regression over sparse binary features of (person, key) pairs, trained by
`scripts/train_participation_model.py` on the project's own gold annotations; the weights ship in
`kg/models/participation.json` (recipe, data and measurements in `kg/models/README.md`).
`KG_PARTICIPATION_MODEL` chooses the variant (`VARIANTS`: `guarded`: gated, adding at 0.3 only pairs no refusal of
the rules touches (`events.Refusal`, `guarded_pair`) and only to events the rules open, removing no rule attendee;
`cautious`: gated, adding only at 0.5 and removing no rule attendee; `cv`: gated, adding at 0.3 and removing a rule
attendee below 0.2; `1` as the model file says; `gate` / `nogate` to force the gate on or off with the same weights;
unset or `0`: the rules alone, the default);
`kg.extraction.pipeline.extract` passes the rules' events through `revise` when a variant is named.

Candidates of an article: every person it names (the extractor's persons) with every key its
sentences resolve to (`dates.find_dates`, as the rules use it) and `?`. A pair's features join what
is said around each mention of the person (participation / chair / speech cues, event nouns, their
side and distance, quotes, future, negation, history, list position, sentence position) with how
the mention's sentence relates to the key (its own date, the date carried from the sentences
before), plus features of the key (the lead's date, `?` in an undated text) and what the rules say
of the pair. Pairs scoring above the model's threshold take part: they join the rule event of
their key, or a new event named from the event noun of the sentence that tells it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from kg.extraction import events as rule_events
from kg.extraction import lexicon
from kg.extraction.events import SOFT_REFUSALS, Refusal, SentenceInfo
from kg.extraction.logistic import Recorder, probability, read_model, setting
from kg.lexicons import word_list
from kg.model import EventFact, Evidence
from kg.text.dictionary import is_word
from kg.text.normalize import fold
from kg.text.segment import Token, tokens

RECIPE_VERSION = "participation-features-2"
MODEL_PATH = Path(__file__).resolve().parents[1] / "models" / "participation.json"
CUES_PATH = Path(__file__).resolve().parents[1] / "models" / "participation_cues.tsv"
ENV = "KG_PARTICIPATION_MODEL"
LEAD = 2  # sentences of the lead that may name the event an article reports
NEAR = 8  # tokens: a cue this close before or after a name is "near" it
Q = "?"
INERT = ("barelist", "named")  # mention features of a name that reports no one acting
ACTS = frozenset({"p_attend", "p_chair", "p_speak", "x_say", "x_presence"})  # cue classes of someone acting

# KG_PARTICIPATION_MODEL value -> whether the gate (`reports_event`) is on; None: as the model file says ("gate")
VARIANTS: dict[str, bool | None] = {"1": None, "gate": True, "nogate": False, "cautious": True, "cv": True,
                                     "guarded": True}
# `guarded`: adds no one the rules left out on purpose or read in an event's report without taking (`events.Refusal`),
# opens no event the rules did not (`rulekeys`), removes no rule attendee (kg/models/README.md)
GUARDED = "hard+spoken_of+aside+invitee+unchosen+rulekeys"
# variants that also change how the model joins the rules (same weights): `cautious` only adds, at a higher score;
# `cv` is what the sixteenth session's cross-validation over 40 political sets chose (kg/models/README.md), pinned
SETTINGS: dict[str, dict[str, Any]] = {"cautious": {"mode": "hybrid", "threshold": 0.5, "keep": 0.0},
                                       "cv": {"mode": "hybrid", "threshold": 0.3, "keep": 0.2},
                                       "guarded": {"mode": "hybrid", "threshold": 0.3, "keep": 0.0, "guard": GUARDED}}
OFF = ("0",)
DEFAULT = "0"  # rules alone: `cautious` won on four fresh draws, lost on the two drawn to confirm it (models README)



def _variant() -> str:
    usage = f"use one of {', '.join(VARIANTS)}, or 0 / unset for the rules alone"
    return setting(ENV, DEFAULT, (*VARIANTS, *OFF), usage)


def enabled() -> bool:
    return _variant() in VARIANTS or recording.callback is not None


def gated(model: dict[str, Any]) -> bool:
    """Whether the model adds nothing where no event is reported: the env variant, else the model file's `gate`."""
    forced = VARIANTS.get(_variant())
    return bool(model.get("gate", True)) if forced is None else forced


# `with recording(callback): extract(article)`: the pipeline hands the callback what `revise` would read
# (sentences, canonical names, title, publication date, rule events) and keeps the rules' events.
recording = Recorder()


@cache
def _cue_classes() -> dict[tuple[str, ...], str]:
    out = {}
    for line in CUES_PATH.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            kind, phrase = line.split("\t")[:2]
            out[tuple(fold(phrase).split())] = kind
    return out


@cache
def _saying() -> dict[tuple[str, ...], str]:
    return {tuple(fold(w).split()): "say" for w in word_list("saying_verbs.txt")}


def _match(table: dict[tuple[str, ...], str], keys: list[str], i: int, longest: int = 4) -> tuple[int, str] | None:
    for n in range(min(longest, len(keys) - i), 0, -1):
        kind = table.get(tuple(keys[i:i + n]))
        if kind:
            return n, kind
    return None


def _inside_word(toks: list[Token], i: int, size: int) -> bool:
    """A one-syllable cue that opens a longer word ("dự án", "tiếp tục", "trao đổi")."""
    return size == 1 and i + 1 < len(toks) and toks[i + 1].text.islower() and is_word(toks[i].text, toks[i + 1].text)


def _speech_inside_word(toks: list[Token], i: int, size: int) -> bool:
    """A verb of speech read as the rules read it (`events._part_of_longer_word`): not where it opens or ends another
    word ("kể" in "kể cả", "đáng kể"), so the model hears no speaker where the rules hear none. The other cues keep the
    opening-syllable test the model was trained with."""
    return rule_events._part_of_longer_word(toks, i, size)


@dataclass
class _Sentence:
    """The cues of one sentence: (token index, size, class) of each."""
    keys: list[str]
    cues: list[tuple[int, int, str]] = field(default_factory=list)
    quoted: list[bool] = field(default_factory=list)


def _analyse(s: SentenceInfo) -> _Sentence:
    texts = [t.text for t in s.toks]
    keys = [fold(t) for t in texts]
    out = _Sentence(keys)
    part, words, extra = lexicon.participation(), lexicon.event_words(), _cue_classes()
    named = [False] * len(keys)  # tokens of a person's name: no cue there ("Lưu Đình Lễ" holds no ceremony)
    for p in s.persons:
        named[p.tok_start:p.tok_end] = [True] * (min(p.tok_end, len(keys)) - p.tok_start)
    i = 0
    while i < len(keys):
        found = []
        for matcher, prefix in ((part, "p_"), (words, "e_")):
            m = matcher.match(s.toks, i, keys)
            if m and prefix == "e_" and rule_events.unframed(s.toks, keys, i, m[0]):
                continue  # "Chương trình phát triển Liên Hợp Quốc": a programme is an event only as the rules frame it
            inside = _speech_inside_word if prefix == "p_" and m and m[1] == "speak" else _inside_word
            if m and not inside(s.toks, i, m[0]):
                found.append((i, m[0], prefix + str(m[1])))
        m2 = _match(extra, keys, i)
        if m2 and not _inside_word(s.toks, i, m2[0]):
            found.append((i, m2[0], "x_" + m2[1]))
        m3 = _match(_saying(), keys, i, 3)
        if m3:
            found.append((i, m3[0], "x_say"))
        out.cues.extend(c for c in found if not any(named[c[0]:c[0] + c[1]]))
        i += 1
    inside = False
    for t in texts:
        if t in ("“", "”", '"'):
            inside = t == "“" or (t == '"' and not inside)
        out.quoted.append(inside)
    return out


def _bucket(n: int, edges: tuple[int, ...]) -> str:
    for e in edges:
        if n <= e:
            return str(e)
    return f"{edges[-1]}+"


def _mention_features(si: int, s: SentenceInfo, a: _Sentence, n: int) -> set[str]:
    p = s.persons[n]
    f = {"m", f"pos{_bucket(si, (0, 1, 2, 5))}", f"np{_bucket(len(s.persons), (1, 3))}"}
    if not p.full:
        f.add("short")
    if a.quoted and p.tok_start < len(a.quoted) and a.quoted[p.tok_start]:
        f.add("quoted")
    if any(d.strong for d in s.dates):
        f.add("dated")
    clause_lo = max([k + 1 for k in range(p.tok_start) if a.keys[k] in (",", ";", ":")] or [0])
    clause_hi = min([k for k in range(p.tok_end, len(a.keys)) if a.keys[k] in (",", ";", ":")] or [len(a.keys)])
    kinds = {k for _, _, k in a.cues}
    event = any(k.startswith("e_") for k in kinds)
    part = bool(kinds & {"p_attend", "p_chair"})
    if event and part:
        f.add("S_event_part")
    elif "p_speak" in kinds or "x_say" in kinds:
        f.add("S_speak_only" if not event else "S_speak_event")
    for ci, size, kind in a.cues:
        f.add("S" + kind)
        if ci + size <= p.tok_start and p.tok_start - (ci + size) <= NEAR:
            f.add("B" + kind)
        elif ci >= p.tok_end and ci - p.tok_end <= NEAR:
            f.add("A" + kind)
        if clause_lo <= ci < clause_hi:
            f.add("C" + kind)
    prev = a.keys[p.tok_start - 1] if p.tok_start else ""
    if prev in (",", "và") and n and s.persons[n - 1].tok_end >= p.tok_start - 6:
        f.add("listed")
    if len(s.persons) >= 3 and not kinds & ACTS and not event:
        f.add(INERT[0])  # a list of names that no one in it is told to attend, speak at or hold (a street-name list)
    if next((_cue_classes()[w] for k in (2, 1) if p.tok_start >= k
             and (w := tuple(a.keys[p.tok_start - k:p.tok_start])) in _cue_classes()), "") == "naming":
        f.add(INERT[1])  # a name inside a name: "đường Nguyễn Thiện Thành", "đặt tên Tố Hữu cho"
    f.add("cue_" + (p.cue or "none"))
    return f


def _sentence_keys(infos: list[SentenceInfo]) -> list[tuple[str | None, str]]:
    """Per sentence: the key of its own first strong date (None if it has none) and the key in force there (its own,
    else the last one told before; `?` before any)."""
    out = []
    ctx = Q
    for s in infos:
        strong = [d for d in s.dates if d.strong]
        own = (strong[0].iso or Q) if strong else None
        if own is not None:
            ctx = own
        out.append((own, ctx))
    return out


@dataclass
class Candidate:
    person: str
    key: str
    features: set[str]
    where: tuple[int, int]  # (sentence, mention) that best tells the pair: the first one in a sentence of the key
    of_key: bool = True  # whether the key is the day in force in `where`'s sentence (its own or the last one told)
    acting: bool = True  # some mention is more than a name in a bare list or inside another name: the model may add it


def name_key(name: str) -> str:
    return fold(re.sub(r"[^\w\s]", " ", name))


def _when(key: str, published: str | None) -> str:
    """The key against the publication date: same day, the week before, older, later; unknown."""
    if key == Q or not published:
        return "k_t?"
    try:
        days = (date.fromisoformat(published[:10]) - date.fromisoformat(key)).days
    except ValueError:
        return "k_t?"
    return "k_t0" if days == 0 else "k_tweek" if 0 < days <= 7 else "k_told" if days > 7 else "k_tlater"


def _article_features(infos: list[SentenceInfo], analysed: list[_Sentence | None]) -> set[str]:
    out = set()
    for a in analysed[:3]:
        if a is None:
            continue
        kinds = {k for _, _, k in a.cues}
        if any(k.startswith("e_") for k in kinds):
            out.add("art_event_lead")
        if kinds & {"p_attend", "p_chair"}:
            out.add("art_part_lead")
    if not any(a and any(k.startswith("e_") for _, _, k in a.cues) and any(k in ("p_attend", "p_chair")
                                                                        for _, _, k in a.cues) for a in analysed):
        out.add("art_no_event_part")
    return out


def _role(ms: list[tuple[int, int, set[str]]], eventless: bool) -> str:
    """What the person's mentions do at best (takes part / near an event / only speaks / nothing), crossed with whether
    the article tells any event at all (an event noun and a participation cue in one sentence)."""
    feats = set().union(*(mf for _, _, mf in ms))
    if feats & {"Sp_attend", "Sp_chair", "S_event_part"}:
        kind = "part"
    elif any(f.startswith("Se_") for f in feats):
        kind = "event"
    elif feats & {"S_speak_only", "Sp_speak", "Sx_say"}:
        kind = "speech"
    else:
        kind = "none"
    return ("role_eventless_" if eventless else "role_") + kind


def candidates(infos: list[SentenceInfo], canonical: list[list[str]], title: str,
               rule_pairs: dict[tuple[str, str], str], published: str | None = None) -> list[Candidate]:
    """rule_pairs: (name_key(person), key) -> 'chair' | 'attend' as the rules give them."""
    skeys = _sentence_keys(infos)
    analysed = [_analyse(s) if s.persons else None for s in infos]
    mentions: dict[str, list[tuple[int, int, set[str]]]] = {}
    for si, s in enumerate(infos):
        for n, name in enumerate(canonical[si]):
            if name:
                mentions.setdefault(name, []).append((si, n, _mention_features(si, s, analysed[si], n)))
    keys: list[str] = []
    for s in infos:
        for d in s.dates:
            k = d.iso or Q
            if k not in keys:
                keys.append(k)
    for _, k in rule_pairs:
        if k not in keys:
            keys.append(k)
    if Q not in keys:
        keys.append(Q)
    lead = next((own for own, _ in skeys[:3] if own), None)
    first = next((d.iso or Q for s in infos for d in s.dates), None)
    counts = {k: sum(1 for own, _ in skeys if own == k) for k in keys}
    dated = any(own for own, _ in skeys)
    rule_people = {p for p, _ in rule_pairs}
    rule_keys = {k for _, k in rule_pairs}
    folded_title = fold(title)
    article = _article_features(infos, analysed)
    out = []
    for person, ms in mentions.items():
        pk = name_key(person)
        pf = {f"nm{_bucket(len(ms), (1, 2, 4))}", f"first{_bucket(ms[0][0], (0, 1, 3))}"} | article
        pf.add(_role(ms, "art_no_event_part" in article))
        if folded_title and fold(person) in folded_title:
            pf.add("in_title")
        for k in keys:
            f = set(pf)
            f.add("kq" if k == Q else "kd")
            if k == Q and not dated:
                f.add("kq_undated")
            if k == lead:
                f.add("k_lead")
            if k == first:
                f.add("k_first")
            f.add(f"k_n{_bucket(counts.get(k, 0), (0, 1, 2))}")
            f.add(_when(k, published))
            where = None
            for si, n, mf in ms:
                own, ctx = skeys[si]
                same = any((d.iso or Q) == k for d in infos[si].dates)
                rels = ["a"] + (["c"] if ctx == k else []) + (["s"] if same else [])
                if where is None and (ctx == k or same):
                    where = (si, n)
                for r in rels:
                    f.update(f"{r}|{x}" for x in mf)
            rule = rule_pairs.get((pk, k))
            if rule:
                f.add("r_" + rule)
            elif pk in rule_people:
                f.add("r_other_key")
            if k in rule_keys:
                f.add("r_key")
            if not rule_pairs:
                f.add("r_none")
            where = where or (ms[0][0], ms[0][1])
            acting = any(not mf & set(INERT) for _, _, mf in ms)
            out.append(Candidate(person, k, f, where, skeys[where[0]][1] == k, acting))
    return out


@cache
def load_model(path: Path = MODEL_PATH) -> dict[str, Any]:
    return read_model(path, RECIPE_VERSION, "participation model", "scripts/train_participation_model.py")


def rule_pairs_of(events: list[EventFact]) -> dict[tuple[str, str], str]:
    out: dict[tuple[str, str], str] = {}
    for e in events:
        k = (e.date or Q)[:10]
        for p in e.attendees:
            out.setdefault((name_key(p), k), "attend")
        for p in e.chairs:
            out[(name_key(p), k)] = "chair"
    return out


def _event_name(s: SentenceInfo) -> tuple[str, str]:
    """The event noun phrase of the sentence (up to the clause's end, at most 8 tokens) and its type."""
    keys = [fold(t.text) for t in s.toks]
    words = lexicon.event_words()
    for i in range(len(keys)):
        m = words.match(s.toks, i, keys)
        if m and not _inside_word(s.toks, i, m[0]) and not rule_events.unframed(s.toks, keys, i, m[0]):
            j = i + m[0]
            while j < len(keys) and j - i < 8 and keys[j] not in (",", ".", ";", ":", "(", "“", "”"):
                j += 1
            return s.text[s.toks[i].start - s.start:s.toks[j - 1].end - s.start], str(m[1])
    return "", "event"


def apply(events: list[EventFact], infos: list[SentenceInfo], canonical: list[list[str]], title: str,
          published: str | None, refused: list[Refusal] | None = None) -> list[EventFact]:
    """The pipeline's hook: under `recording`, hand over the inputs and keep the rules' events; else `revise`."""
    if recording.callback is not None:
        recording.callback({"infos": infos, "canonical": canonical, "title": title, "published": published,
                   "events": events, "refused": list(refused or [])})
        return events
    return revise(events, infos, canonical, title, published, refused=refused)


GUARDS = ("hard", "onekey", "rulekeys", *sorted(SOFT_REFUSALS))  # the parts of a guard (`guarded_pair`)


def guarded_pair(person: str, key: str, refused: Iterable[tuple[str, str, str]],
                 rule_pairs: Iterable[tuple[str, str]], parts: Iterable[str]) -> bool:
    """Whether the guard keeps the model from adding (person, key), names compared in one form. refused: (person,
    key, reason) of the rules' `events.Refusal`s; rule_pairs: the rules' (person, key). Parts: `hard`, the person is
    left out of some event on purpose (a reason not in `events.SOFT_REFUSALS`); a reason's name, the person is left
    out for that reason; `onekey`, the rules place the person at another key; `rulekeys`, no rule
    event has the key (the model opens no event)."""
    parts = set(parts)
    rules = set(rule_pairs)
    if any(p == person and (why in parts or "hard" in parts and why not in SOFT_REFUSALS) for p, _, why in refused):
        return True
    if "onekey" in parts and any(p == person for p, _ in rules):
        return True
    return "rulekeys" in parts and all(k != key for _, k in rules)


def refusal_triples(refused: list[Refusal] | None) -> set[tuple[str, str, str]]:
    """(name_key, key, reason) of the rules' refusals (`events.Refusal`; an undated event's key is `?`)."""
    return {(name_key(r.name), r.key or Q, r.reason) for r in refused or []}


def reports_event(infos: list[SentenceInfo], title: str, events: list[EventFact]) -> bool:
    """Whether the article reports an event at all: the rules open one, or its headline or lead (first `LEAD`
    sentences) names one with an event noun. Elsewhere (a fire, a court case, an interview) the model adds nothing:
    speakers quoted in such reports are no participants."""
    if events:
        return True
    words = lexicon.event_words()
    heads = [tokens(title, 0, len(title))] + [s.toks for s in infos[:LEAD]]
    for toks in heads:
        keys = [fold(t.text) for t in toks]
        for i in range(len(toks)):
            m = words.match(toks, i, keys)
            if m and not _inside_word(toks, i, m[0]) and not rule_events.unframed(toks, keys, i, m[0]):
                return True
    return False


def sentence_venues(s: SentenceInfo) -> list[str]:
    """Where the sentence says its event is held, read as the rules read it (`events._venues` of the sentence with its
    event noun: `tại`/`ở`/`điểm cầu` + a place, a visit's destination; not a body's jurisdiction, not a place a
    speaker names in what they say, not one inside the event's name); none in a sentence the rules find no event
    noun in ("người nông dân ở Vĩnh Châu đang gặp khó khăn"). The events module has no public entry point for this;
    these private names are its rules' own, so model events are placed as rule events are."""
    keys = [fold(t.text) for t in s.toks]
    trig = rule_events._trigger(s.toks, keys)
    return rule_events._venues(s, keys, trig) if trig else []


def _place(ev: EventFact, s: SentenceInfo, infos: list[SentenceInfo]) -> None:
    """The venues of the sentence that tells a model pair, added to the model's event; a district also gives the one
    province the article names that has it (`events._add_provinces`, as the rules do)."""
    for loc in sentence_venues(s):
        if loc not in ev.locations:
            ev.locations.append(loc)
    if ev.locations:
        named = {p.name for si in infos for p in si.places if p.level == "province"}
        rule_events._add_provinces(ev, named)  # type: ignore[arg-type]  # reads and extends .locations only


def revise(events: list[EventFact], infos: list[SentenceInfo], canonical: list[list[str]], title: str,
           published: str | None = None, model: dict[str, Any] | None = None,
           refused: list[Refusal] | None = None) -> list[EventFact]:
    """The rules' events with the model's participations: pairs above the threshold join (or open) the event of their
    key; in mode `replace` a rule attendee the model scores below it leaves its event (chairs stay), in mode `hybrid`
    one it scores below the model's lower `keep` (the rules' word counts for something). A new event is
    placed where the sentence that tells its first pair says it is held. A rule event the model leaves with no one
    goes, places and all: an event is one in which a named person takes part (EVALUATION.md)."""
    model = {**(model or load_model()), **SETTINGS.get(_variant(), {})}
    if gated(model) and not reports_event(infos, title, events) or model.get("mode") == "fallback" and events:
        return events  # "fallback": the model only where the rules open no event
    weights, bias, threshold = model["weights"], model["bias"], model["threshold"]
    mode = model.get("mode")
    # below this a rule attendee leaves its event: `replace` the threshold, `hybrid` its lower `keep`, `add` never
    leave = threshold if mode == "replace" else model.get("keep", 0.0) if mode == "hybrid" else 0.0
    pairs = rule_pairs_of(events)
    by_key = {(e.date or Q)[:10]: e for e in events}
    guard = str(model["guard"]).split("+") if model.get("guard") else []  # `guarded_pair`'s parts
    triples = refusal_triples(refused)
    for c in candidates(infos, canonical, title, pairs, published):
        if not c.acting:
            continue  # named only in a bare list or inside another name: as the rules have it
        score = probability(c.features, weights, bias)
        rule = pairs.get((name_key(c.person), c.key))
        # with a guard: not a person the rules left out (the dead at their funeral, a source, the one who invites)
        if score >= threshold and not rule and not (guard and guarded_pair(name_key(c.person), c.key, triples, pairs,
                                                                         guard)):
            ev = by_key.get(c.key)
            if ev is None:
                s = infos[c.where[0]]
                name, kind = _event_name(s)
                ev = EventFact(None if c.key == Q else c.key, name, kind)
                ev.evidence.append(Evidence(s.text, s.start, s.end, 0.5))
                if c.of_key:  # a sentence of another day tells where another event was
                    _place(ev, s, infos)
                events.append(ev)
                by_key[c.key] = ev
            if c.person not in ev.attendees and c.person not in ev.chairs:
                ev.attendees.append(c.person)
        elif score < leave and rule == "attend":
            ev = by_key.get(c.key)
            if ev is not None and c.person in ev.attendees:
                ev.attendees.remove(c.person)
    return [e for e in events if e.chairs or e.attendees]
