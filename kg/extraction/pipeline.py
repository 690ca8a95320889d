"""One article through the recognisers and relation rules."""

from __future__ import annotations

import re
from collections import Counter

from kg.extraction import holding_model, participation_model, person_crf, post_extent_model
from kg.extraction.article_context import (
    article_province,
    ends_institution_name,
    local_provinces,
    masked_text,
    only_ministry_named,
)
from kg.extraction.bare_ministers import drop_filled_ministers
from kg.extraction.canonical import expand, label
from kg.extraction.companies import complete_boards
from kg.extraction.dates import find_dates, parse_published, year_context
from kg.extraction.deputies import deputy_body, deputy_posts
from kg.extraction.events import Refusal, SentenceInfo, build_events, title_event
from kg.extraction.foreign import (
    dominant_country,
    is_foreign_name,
    meets,
    named_countries,
    national_post,
    only_country,
)
from kg.extraction.gazetteer import countries, states
from kg.extraction.holdings import attach
from kg.extraction.implicit_bodies import named_bodies
from kg.extraction.level_antecedents import own_name, place_after, place_before
from kg.extraction.lexicon import folded_words, terms
from kg.extraction.mentions import PersonMention, PlaceMention, PostMention
from kg.extraction.name_variants import middle_dropped
from kg.extraction.naming_convention import ALWAYS, BY_ARTICLE, about_officials, convention, without
from kg.extraction.persons import complete_foreign_names, find_persons, named_in_part
from kg.extraction.places import find_places
from kg.extraction.post_variants import firm_titles, merge_shorter_spellings, merge_unit_variants
from kg.extraction.posts import find_posts
from kg.extraction.printed import readable, restore_printed
from kg.model import Article, ArticleFacts, EventFact, Evidence, HoldingFact, PersonFact
from kg.text.normalize import fold
from kg.text.segment import sentences, tokens
from kg.text.syllables import is_syllable

_UNNAMED_UNITS = {"xã", "huyện", "phường", "quận", "thị xã", "thị trấn", "thôn", "ấp", "bản",
                  "clb", "câu lạc bộ", "ban"}  # and a club or board named by its head word alone ("Chủ tịch CLB A")
_MIDDLE_INITIALS = re.compile(r"(?<= )(?:\w\. )+")
_HISTORICAL_ROLES = {"chủ tịch"}  # a bare title over a historical name ("Chủ tịch Hồ Chí Minh") is no post


_INITIALLED = re.compile(r"((?:\w\.\s?){1,3})(\w+(?: \w+)?)")  # "g.schroeder", "s.b. yudhoyono", "s. tumur ochir"


def _initials_of(key: str, full: str) -> bool:
    """Folded initials and family name `key` abbreviate the name `full`: the same family name, and the initials
    are the first letters of its first words ("G.Schroeder": "Gerhart Schroeder") or of the words right before the
    family name ("S.B. Yudhoyono": "Susilo Bambang Yudhoyono"; "L. Zaoralek": "... Lubomir Zaoralek")."""
    m = _INITIALLED.fullmatch(key)
    if m is None:
        return False
    initials = [c for c in m.group(1) if c.isalnum()]
    family = m.group(2).split()
    words = full.split()
    given = words[:-len(family)]
    if fold(" ".join(words[-len(family):])) != m.group(2) or not given:
        return False
    return fold(full)[0] == initials[0] or len(given) >= len(initials) \
        and [fold(w)[0] for w in given[-len(initials):]] == initials


def _resolve(all_mentions: list[PersonMention], text: str = "") -> None:
    """Short references (`ông Quận`) -> the article's full name ending the same way."""
    fulls: dict[str, str] = {}
    for m in all_mentions:
        if m.full:
            fulls.setdefault(fold(m.name), m.name)
    # a full name that is the start or end of a longer one ("Miguel Diaz" in "Miguel Diaz-Canel"), or the same
    # Vietnamese name without its middle `Thị`/`Văn` ("Phạm Kim Huệ" for "Phạm Thị Kim Huệ")
    longer = middle_dropped(fulls, text, all_mentions)
    for key in fulls:
        if key in longer:
            continue
        if all(map(is_syllable, key.replace("-", " ").split())) and not key.isascii():
            # Vietnamese full names that share words are different people, but for a middle and a given name the
            # article names in full once ("Hồng Thanh" after "Phạm Thị Hồng Thanh", "Hồng" also a family name)
            ends = {longer.get(o) or fulls[o] for o in fulls if len(o.split()) > 2 and o.split()[-2:] == key.split()}
            if len(key.split()) == 2 and len(ends) == 1:
                longer[key] = ends.pop()
            continue
        words = key.replace("-", " ").split()
        hits = {o for o in fulls if o != key and len(o.replace("-", " ").split()) > len(words)
                and (o.replace("-", " ").split()[:len(words)] == words
                     or o.replace("-", " ").split()[-len(words):] == words)}
        if not hits:  # "Grant Coates" for "Grant T. Coates": the same name without its middle initials
            hits = {o for o in fulls if o != key and _MIDDLE_INITIALS.sub("", o) == key}
        if not hits and _INITIALLED.fullmatch(key):  # "G.Schroeder" for "Gerhart Schroeder"
            hits = {o for o in fulls if o != key and _initials_of(key, o)}
        named = {longer.get(o) or fulls[o] for o in hits}  # "Ninh Anh": "Nguyễn Ninh Anh" is "Nguyễn Thị Ninh Anh"
        if len(named) == 1:
            longer[key] = named.pop()
    for m in all_mentions:
        if m.full:
            m.canonical = longer.get(fold(m.name)) or fulls[fold(m.name)]
            continue
        key = fold(m.name)
        matches = {longer.get(fold(f)) or f for f in fulls.values() if fold(f).endswith(" " + key)}
        if not matches:  # East Asian order: "ông Vương" for "Vương Nghị"
            matches = {longer.get(fold(f)) or f for f in fulls.values() if fold(f).startswith(key + " ")}
        if len(matches) == 1:
            m.canonical = matches.pop()
        elif not matches and m.cue != "role-short":
            m.canonical = m.name
    _resolve_given(all_mentions)


def _resolve_given(all_mentions: list[PersonMention]) -> None:
    """A short name ending a longer one the article gives without a family name ('chị Yến' after 'chị Hải
    Yến', 'ông Cường' after 'ông Quang Cường') is that person, not a second one."""
    kept = {fold(m.canonical): m.canonical for m in all_mentions if m.canonical}
    for m in all_mentions:
        key = fold(m.name)
        if m.full or m.canonical and fold(m.canonical) != key:
            continue
        longer = {name for k, name in kept.items() if k.endswith(" " + key)}
        if len(longer) == 1:
            m.canonical = longer.pop()


def _term_former(post: PostMention, published: str | None) -> bool:
    if post.terms_plural:  # "các khóa IX, X, XI": past terms
        return True
    if not post.term:
        return False
    kind = "assembly" if "quốc hội" in fold(post.role + " " + post.body) else "party"
    span = terms().get((kind, post.term))
    if not span or not published:
        return False
    return bool(span[1]) and published[:10] >= span[1]


_MINISTRY_ROLES = {"bộ trưởng", "thứ trưởng", "thứ trưởng thường trực"}


def _only_ministry(all_posts: list[list[PostMention]]) -> str:
    """The one ministry the article's ministers belong to, for a bare "Bộ trưởng X" ('' if several)."""
    found: dict[str, str] = {}
    for posts in all_posts:
        for post in posts:
            if fold(post.role) in _MINISTRY_ROLES and post.body:
                body = post.body if fold(post.body).startswith("bộ ") else "Bộ " + post.body
                found.setdefault(fold(expand(body)), body)
    return next(iter(found.values())) if len(found) == 1 else ""


def _antecedent(text: str, before: int, body: str) -> str:
    """The last body with the same head word named before `before` ("Sở này" -> "Sở Xây dựng")."""
    names = named_bodies(text, fold(body.split()[0]), max(0, before - 3000), before)
    return names[-1] if names else ""


def _outside_names(s: SentenceInfo) -> list[PlaceMention]:
    """The sentence's places that are not inside a person's name ("Thái Bình" in "Nguyễn Thái Bình")."""
    return [p for p in s.places if not any(m.start < p.end and p.start < m.end for m in s.persons)]


def _with_named_level(text: str, post: PostMention, posts: list[PostMention], places: list[list[PlaceMention]],
                      index: int, province: str) -> tuple[str, str]:
    """(body, jurisdiction) for a body ending in a bare level word: the district or commune the next posts of the
    same title name, else the text just before, completes an ending of its level; the province those posts name is
    the jurisdiction of a provincial ending, and one named just before is when the article has none ("chỉ huy trưởng
    Bộ chỉ huy biên phòng tỉnh" after "biên phòng Quảng Nam")."""
    if not post.body:
        return post.body, province
    after = place_after(text, places[index], sorted((p.start, p.end) for p in posts), (post.start, post.end), post.body)
    place = after or place_before(places, index, post.start, post.body)
    if place is None:
        return post.body, province
    if place.level != "province":
        return f"{post.body} {own_name(place)}", province
    return post.body, place.name if after or not province else province


def _own_countries(infos: list[SentenceInfo], all_posts: list[list[PostMention]]) -> dict[str, str]:
    """The country a person's own title names ("Thủ tướng Malaysia Muhyiddin Yassin" -> Malaysia)."""
    out: dict[str, str] = {}
    for s, posts in zip(infos, all_posts, strict=True):
        for pi, qi in attach(s.toks, s.persons, posts):
            words = f" {fold(posts[qi].body).split(' tại ')[0]} "  # "Đại sứ Hoa Kỳ tại Việt Nam": not the seat
            # "Thị trưởng Paris" names a city: no person's country; of a joint body ("Phân ban hợp tác Lào - Việt
            # Nam") the side named first is the holder's
            named = sorted((words.find(f" {c} "), -len(c), name) for c, name in states().items() if f" {c} " in words)
            if named and s.persons[pi].canonical:  # at one place the longest name ("Nhật Bản", not "Nhật")
                out.setdefault(s.persons[pi].canonical, named[0][2])
    return out


def _countries_beside(infos: list[SentenceInfo]) -> dict[str, list[str]]:
    """The countries written right before a person's name anywhere in the article ("người đồng cấp Canada Stephane
    Dion"): a sign of the person's own country, against the article's main one."""
    table = countries()
    out: dict[str, list[str]] = {}
    for s in infos:
        for m in s.persons:
            before = [fold(t.text) for t in s.toks if t.end <= m.start][-3:]
            for n in (3, 2, 1):
                key = " ".join(before[-n:])
                if len(before) >= n and key in table and m.canonical:
                    out.setdefault(m.canonical, []).append(table[key])
                    break
    return out


def _names_country(position: str) -> bool:
    words = f" {fold(position)} "
    return any(f" {c} " in words for c in countries())


def _title_references(infos: list[SentenceInfo], all_posts: list[list[PostMention]], attached: list[set[int]],
                      holdings: dict[tuple[str, str, bool], HoldingFact]) -> None:
    """A bare title ("Thủ tướng nhấn mạnh") stands for the one person of the article holding it."""
    holders: dict[str, set[str]] = {}
    for (person, position, former), fact in holdings.items():
        if not former:
            holders.setdefault(fold(fact.role), set()).add(person)
            holders.setdefault(position, set()).add(person)
    for s, posts, used in zip(infos, all_posts, attached, strict=True):
        taken = {k for m in s.persons for k in range(m.tok_start, m.tok_end)}
        for q, post in enumerate(posts):
            if q in used or post.former or any(k in taken for k in range(post.tok_start, post.tok_end)):
                continue
            key = fold(f"{post.role} {post.body}".strip()) if post.body else fold(post.role)
            found = holders.get(key, set())
            if len(found) == 1 and (post.body or post.standalone):
                m = PersonMention(post.start, post.end, post.text, post.tok_start, post.tok_end, False, "title",
                                  next(iter(found)))
                s.persons.append(m)
        s.persons.sort(key=lambda m: m.tok_start)


def extract(article: Article) -> ArticleFacts:
    printed = masked_text(article)
    text = readable(printed)  # 'Ðào Ðình Bình' read as 'Đào Đình Bình'; names keep the printed letter
    published = parse_published(article.published)
    year = None if published else year_context(text)
    infos: list[SentenceInfo] = []
    all_mentions: list[PersonMention] = []
    place_counts: Counter[str] = Counter()
    in_names: Counter[str] = Counter()  # provinces that end an institution's name
    for span in sentences(text):
        toks = tokens(text, span.start, span.end)
        stext = text[span.start:span.end]
        persons = find_persons(text, toks, span.start)
        places = find_places(text, toks)
        for p in places:
            if p.level == "province":
                place_counts[p.name] += 1
                in_names[p.name] += ends_institution_name(toks, p)
        infos.append(SentenceInfo(span.start, span.end, stext, toks, persons, places,
                                  find_dates(stext, span.start, published, year)))
        all_mentions.extend(persons)
    all_mentions.extend(complete_foreign_names(text, [(s.toks, s.persons) for s in infos]))
    _resolve(all_mentions, text)
    partial = named_in_part([(s.toks, s.persons) for s in infos])  # "Benzema", "anh Tuấn": never named in full
    naming = convention()
    if naming == ALWAYS:
        for m in all_mentions:
            m.canonical = "" if m.canonical in partial else m.canonical
    for s in infos:
        s.persons = [m for m in s.persons if m.canonical]
    province = article_province(article, place_counts, in_names)

    person_facts: dict[str, PersonFact] = {}
    for s in infos:
        for m in s.persons:
            if not m.canonical:
                continue
            fact = person_facts.setdefault(m.canonical, PersonFact(m.canonical))
            if m.name != m.canonical and m.name not in fact.aliases:
                fact.aliases.append(m.name)
            fact.evidence.append(Evidence(s.text, m.start, m.end, 0.9 if m.full else 0.6))
    for s in infos:
        s.persons = [m for m in s.persons if m.cue != person_crf.CUE]  # posts and events: the rules' mentions

    holdings: dict[tuple[str, str, bool], HoldingFact] = {}
    all_posts = [find_posts(text, s.toks, s.persons) for s in infos]
    complete_boards(all_posts)
    ministry = _only_ministry(all_posts) or only_ministry_named(text)
    own_country = _own_countries(infos, all_posts)
    article_countries = [c for s in infos for c in named_countries(s.toks)]
    beside = _countries_beside(infos)
    attached: list[set[int]] = []
    local = local_provinces(text, [(s.start, s.end, [p.name for p in s.places if p.level == "province"
                                                     and not ends_institution_name(s.toks, p)])
                                   for s in infos], province)
    linked: list[list[tuple[int, int]]] = []
    places = [_outside_names(s) for s in infos]
    for index, (s, posts) in enumerate(zip(infos, all_posts, strict=True)):
        pairs = attach(s.toks, s.persons, posts)
        if post_extent_model.enabled():  # KG_POST_EXTENT_MODEL: the learned end of the linked post phrases
            post_extent_model.extend(text, s.toks, s.persons, posts, pairs)
        attached.append({qi for _, qi in pairs})
        linked.append(pairs)
        for pi, qi in pairs:
            person = s.persons[pi].canonical
            post = posts[qi]
            if not post.body and fold(post.role) in _MINISTRY_ROLES and ministry and not is_foreign_name(person):
                post.body = ministry
            if post.body and text[post.end:post.end + 4] == " này":  # "Giám đốc Sở này": the Sở named before
                post.body = _antecedent(text, post.start, post.body) or post.body
            foreign = is_foreign_name(person) and own_country.get(person, "")
            if is_foreign_name(person) and not foreign and national_post(post.role, post.body):
                others = {own_country[m.canonical] for m in s.persons if m.canonical in own_country} \
                    if meets(s.toks) else set()
                here = named_countries(s.toks)
                foreign = only_country(here, others) or only_country(article_countries, others) \
                    or dominant_country(article_countries, others, here + beside.get(person, []))
            if not person or not post.body and not post.standalone and not person.isascii():
                continue  # a bare "Ngoại trưởng" is a post for a foreign name, not for a Vietnamese one
            if fold(post.body) in _UNNAMED_UNITS:
                continue  # "Chủ tịch xã", "Ủy viên Ban": which commune, club or board the text does not say here
            body, place = _with_named_level(text, post, posts, places, index, local.get(s.start, province))
            position, body, juris = label(post.role, body, place, article.published)
            if foreign and not _names_country(position) and national_post(post.role, post.body):
                # "Ngoại trưởng Mỹ"; a Party post keeps the party's own name (Trưởng Ban Đối ngoại Trung ương)
                position, juris = f"{position} {foreign}", foreign
            if fold(post.role) in _HISTORICAL_ROLES and not post.body:
                continue
            if not post.body and fold(post.role) in firm_titles():
                continue  # "Tim Cook chính thức đảm nhiệm vị trí CEO": which firm the title does not say
            if not post.body and fold(post.role) in folded_words("serving_roles.txt"):
                continue  # "hai trợ lý Ryan Mason và Chris Powell": whose assistant the title does not say
            former = post.former or _term_former(post, article.published)
            if post.acting:
                position = "Quyền " + position
            if post.term and not post.terms_plural:
                position = f"{position} khóa {post.term}"
            key = (person, fold(position), former)
            fact = holdings.get(key)
            if fact is None:
                fact = holdings[key] = HoldingFact(person, position, post.role, body, juris, former)
            fact.evidence.append(Evidence(s.text, post.start, post.end, 0.8))

    if holding_model.enabled():  # KG_HOLDING_MODEL: the learned linker of the posts the rules left unlinked
        holding_model.add(holdings, infos, all_posts, linked, lambda k: local.get(infos[k].start, province),
                          article.published)
    for s in infos:
        for m, position, province_name in deputy_posts(text, s.persons, province):
            key = (m.canonical, fold(position), False)
            if m.canonical and key not in holdings:
                holdings[key] = HoldingFact(m.canonical, position, "Đại biểu", deputy_body(position), province_name)
            if m.canonical:
                holdings[key].evidence.append(Evidence(s.text, m.start, m.end, 0.7))
    holdings = merge_shorter_spellings(merge_unit_variants(drop_filled_ministers(holdings, text)))
    _title_references(infos, all_posts, attached, holdings)
    canonical = [[m.canonical for m in s.persons] for s in infos]
    headline = article.title or ""
    dateline = title_event(headline, find_places(headline, tokens(headline, 0, len(headline))))
    refused: list[Refusal] = []  # who the rules leave out on purpose: the participation model must not put them back
    events = [EventFact(e.key, e.name, e.type, e.locations, e.chairs, e.attendees, e.evidence)
              for e in build_events(infos, canonical, published, dateline, refused)]
    if participation_model.enabled():  # opt-in: KG_PARTICIPATION_MODEL=guarded | cv | cautious | 1 | gate | nogate
        events = participation_model.apply(events, infos, canonical, headline, article.published, refused)
    facts = ArticleFacts(article, list(person_facts.values()), list(holdings.values()), events)
    if naming == BY_ARTICLE and about_officials(facts, partial):
        facts = without(facts, partial)
    return restore_printed(facts, text, printed)
