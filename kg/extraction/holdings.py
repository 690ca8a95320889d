"""Relation rules person <-> post inside one sentence.

- apposition: `NAME - POST, POST` / `NAME, POST` / `NAME (POST)`; the chain of posts runs over
  commas, `kiêm` and `và` until anything else;
- title before name: `POST NAME`, and the comma chain of posts right before it
  (`Ủy viên Bộ Chính trị, Bí thư Thành ủy Hà Nội Vương Đình Huệ`);
- a list of names after one title shares it (`các Phó Thủ tướng A, B`).
"""

from __future__ import annotations

import re
from functools import cache

from kg.extraction import lexicon
from kg.extraction.foreign import national_post
from kg.extraction.gazetteer import place_names
from kg.extraction.mentions import PersonMention, PostMention
from kg.extraction.places import hamlet_units, unit_words
from kg.extraction.posts import clause_end, count_words, rank_end
from kg.lexicons import word_list
from kg.text.normalize import fold
from kg.text.segment import Token

_APPOSITION = {"-", "–", "—", ",", "(", ":"}
_CHAIN = {",", "kiêm", "và", "/", "-", "–"}
_PREPOSITIONS = {"của", "với", "cho", "theo", "tại", "từ", "về", "và", "gặp", "tiếp", "thăm"}
_OBJECT_WORDS = {"trước", "với", "cho", "gặp", "tiếp", "thăm", "cùng", "gửi", "tới", "đến", "và"}
_BACK_CHAIN = {",", "kiêm", "/"}  # not "và": "Tổng thống Mỹ A và Thủ tướng B" are two people
# "Phó chủ tịch Man Utd là Ed Woodward": a copula between the title and the name
_TITLE_GAPS = [[], ["các"], ["đồng", "chí"], ["ông"], ["bà"], ["là"], ["là", "ông"], ["là", "bà"]]
_COMMA_TITLE_GAPS = [[",", "ông"], [",", "bà"], [",", "tỷ", "phú"], ["-", "ông"], ["-", "bà"], ["–", "ông"],
                     ["–", "bà"], [","], ["-"], ["–"]]  # "Cục trưởng Cục Đầu tư nước ngoài - TS Phan Hữu Thắng"


def _titles_before_names(toks: list[Token], items: list, pairs: set, assigned: set, gaps: list,
                         described: frozenset[int] = frozenset()) -> None:
    """POST NAME, and the comma chain of posts right before it; `described` posts ("người đứng đầu X") after the name
    leave the title before it the name's."""
    for idx, (_s, e, kind, k) in enumerate(items):
        if kind != "R" or idx + 1 >= len(items) or k in assigned:
            continue
        ns, ne, nkind, nk = items[idx + 1]
        if nkind != "P" or _between(toks, e, _before_rank(toks, e, ns)) not in gaps:
            continue
        if gaps is _COMMA_TITLE_GAPS and idx + 2 < len(items) and items[idx + 2][2] == "R" \
                and items[idx + 2][3] not in described \
                and _between(toks, ne, items[idx + 2][0]) in ([","], ["-"], ["–"]):
            continue  # "công văn của Thủ tướng, ông A, Chủ tịch UBND tỉnh": A has his own title
        if gaps is _COMMA_TITLE_GAPS and _s > 0 and toks[_s - 1].text.lower() in _OBJECT_WORDS \
                and ne < len(toks) and toks[ne].text[:1].islower():
            continue  # "Phát biểu trước Thủ tướng, ông A nhận trách nhiệm": the title is the object, A the next subject
        if gaps is _COMMA_TITLE_GAPS and _holding_verb(toks, _s) is not None:
            continue  # "ông A được cử làm Chủ tịch Hội, ông B ...": the title is A's
        if gaps is _COMMA_TITLE_GAPS and idx + 2 < len(items) and items[idx + 2][2] == "P" \
                and _between(toks, ne, items[idx + 2][0]) in ([","], ["và"]):
            continue  # "Chủ tịch UBND tỉnh, A, B và C": a list of people, not the title's holder
        pairs.add((nk, k))
        assigned.add(k)
        back = idx
        while back > 0:
            ps, pe, pkind, pk = items[back - 1]
            cs = items[back][0]
            if pkind != "R" or pk in assigned or not set(_between(toks, pe, cs)) <= _BACK_CHAIN \
                    or not _between(toks, pe, cs):
                break
            if ps > 0 and toks[ps - 1].text.lower() in _PREPOSITIONS or _on_behalf_of(toks, ps):
                break  # "ý kiến của Thủ tướng, Phó Chủ tịch X": the first title is someone else's
            if back - 2 >= 0 and items[back - 2][2] == "P" and \
                    set(_between(toks, items[back - 2][1], ps)) <= _APPOSITION | {"đồng", "chí"} \
                    and not _titled_list_item(toks, items, back - 2, ps, pairs):
                break
            pairs.add((nk, pk))
            assigned.add(pk)
            back -= 1


def _titled_list_item(toks: list[Token], items: list, p: int, chain_start: int, pairs: set) -> bool:
    """The name at items[p] is an item of a list of titled names, its own title right before it: the comma chain
    after it opens the next item ("Thủ tướng Chính phủ Nguyễn Xuân Phúc, Phó Thủ tướng, Bộ trưởng Bộ Ngoại giao
    Phạm Bình Minh": both titles are Phạm Bình Minh's)."""
    if p == 0 or _between(toks, items[p][1], chain_start) != [","]:
        return False
    rs, re_, rkind, rk = items[p - 1]
    return rkind == "R" and (items[p][3], rk) in pairs \
        and _between(toks, re_, _before_rank(toks, re_, items[p][0])) in _TITLE_GAPS


def _on_behalf_of(toks: list[Token], start: int) -> bool:
    """The title at start follows "thay mặt (cho)" (on behalf of): the office represented, not the speaker's
    ("thay mặt Thường trực Chính phủ, Phó Thủ tướng Thường trực Nguyễn Tấn Dũng")."""
    words = [t.text.lower() for t in toks[max(0, start - 3):start]]
    return words[-2:] == ["thay", "mặt"] or words[-3:] == ["thay", "mặt", "cho"]


def _before_rank(toks: list[Token], a: int, b: int) -> int:
    """Where the ranks and degrees right before a name at b begin ("Bộ trưởng Bộ Quốc phòng | Đại tướng |
    Phùng Quang Thanh", "Hiệu trưởng ... | PGS.TS | Nguyễn Thị Nhung"), b if none."""
    if a >= b:
        return b
    keys = [fold(t.text) for t in toks]
    for k in range(a, b):
        if rank_end(toks, keys, k) == b:
            return k
    return b


_PLURAL = {"các", "hai", "ba", "bốn", "năm", "những"}
_LIST = {",", "và"}


def _shared_titles(toks: list[Token], items: list, pairs: set) -> None:
    """A plural title before a list of names is each one's ("các Phó Chủ tịch UBND tỉnh A và B")."""
    for idx, (s, _e, kind, k) in enumerate(items):
        if kind != "R" or s == 0 or toks[s - 1].text.lower() not in _PLURAL:
            continue
        j = idx + 1
        if j >= len(items) or items[j][2] != "P" or (items[j][3], k) not in pairs:
            continue
        while j + 1 < len(items) and items[j + 1][2] == "P":
            gap = _between(toks, items[j][1], items[j + 1][0])
            if not gap or not set(gap) <= _LIST:
                break
            j += 1
            pairs.add((items[j][3], k))


_MEMBERS_CUES = [["gồm"], ["gồm", ":"], ["gồm", "có"], ["bao", "gồm"], ["khác", "("], ["khác", "gồm"]]
_COUNTED_CUES = [["("], ["là"], [":"], ["khác", "là"]]  # only after a counted title: "Sáu ủy viên BCT (A, B và C)"


def _counted(toks: list[Token], start: int) -> bool:
    """The title at start is counted or plural ("các", "sáu", "5")."""
    return start > 0 and (fold(toks[start - 1].text) in count_words() or toks[start - 1].text.isdigit())
_HONORIFIC_GAP = {"ông", "bà"}


def _member_list(toks: list[Token], items: list, pairs: set) -> None:
    """A title over the list of its members: "thành viên HĐQT nhiệm kỳ 2021 - 2025 gồm ông A, bà B và ông C"."""
    for idx, (_s, e, kind, k) in enumerate(items):
        if kind != "R" or idx + 1 >= len(items) or items[idx + 1][2] != "P":
            continue
        gap = _between(toks, e, items[idx + 1][0])
        if gap[:2] == ["nhiệm", "kỳ"]:  # "nhiệm kỳ 2021 - 2025"
            gap = gap[2:]
            while gap and (gap[0].isdigit() or gap[0] in ("-", "–")):
                gap = gap[1:]
        if gap and gap[-1] in _HONORIFIC_GAP:
            gap = gap[:-1]
        if gap not in _MEMBERS_CUES and not (gap in _COUNTED_CUES and _counted(toks, _s)) \
                and not (_counted(toks, _s) and clause_end(toks, [fold(t.text) for t in toks], e, set())
                         == items[idx + 1][0] and "là" in gap):
            continue
        j = idx + 1
        pairs.add((items[j][3], k))
        while j + 1 < len(items) and items[j + 1][2] == "P":
            between = _between(toks, items[j][1], items[j + 1][0])
            if not between or between[0] not in _LIST or not set(between[1:]) <= _HONORIFIC_GAP:
                break
            j += 1
            pairs.add((items[j][3], k))


def _appositions(toks: list[Token], items: list, pairs: set, assigned: set, posts: list[PostMention]) -> None:
    """NAME - POST, POST / NAME, POST / NAME (POST)."""
    for idx, (_s, e, kind, k) in enumerate(items):
        if kind != "P":
            continue
        cur_end = e
        j = idx + 1
        first = True
        chained = []
        while j < len(items):
            ns, ne, nkind, nk = items[j]
            gap = _between(toks, cur_end, ns)
            if first:
                gap = _without_aside(_without_personal_details(_without_photo_position(gap)))
                gap = _without_rank(toks, ns, gap)
            ok = (gap and set(gap) <= _APPOSITION and len(gap) == 1 or not gap and toks[ns].text[:1].isupper()) \
                if first else (gap and set(gap) <= _CHAIN)  # "ông Nguyễn Thành Phong Chủ tịch UBND thành phố nhấn mạnh"
            if nkind != "R" or not ok or nk in assigned:
                break
            if first and gap == [","] and not posts[nk].body and _after_theo(toks, _s) and ne < len(toks) \
                    and toks[ne].text[:1].islower():
                break  # "Theo ông Quốc, Thủ tướng nhận xét ...": the title is the next clause's subject
            pairs.add((k, nk))
            assigned.add(nk)
            chained.append(nk)
            cur_end = ne
            first = False
            j += 1
        if chained and _past_time_after(toks, cur_end):
            for nk in chained:  # "Nông Văn Cử, Giám đốc Sở Nội vụ, ... lúc bấy giờ": the posts of that time
                posts[nk].former = True


@cache
def _past_times() -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(fold(w) for w in phrase.split()) for phrase in word_list("past_time_words.txt"))


_PAST_CLOSERS = {",", ".", ";", ":", ")", "-", "–", "thì", "đã", "và"}


def _past_time_after(toks: list[Token], k: int) -> bool:
    """An adverb of past time closes the apposition at k ("..., Phó chủ tịch Hội đồng ... lúc bấy giờ thì ...")."""
    words = [fold(t.text) for t in toks[k:k + 4]]
    for phrase in _past_times():
        n = len(phrase)
        if tuple(words[:n]) == phrase and (len(words) == n or words[n] in _PAST_CLOSERS):
            return True
    return False


def _past_time_before(words: list[str], a: int) -> bool:
    """An adverb of past time ends right before a ("khi đó | là")."""
    return any(a >= len(p) and tuple(fold(w) for w in words[a - len(p):a]) == p for p in _past_times())


def _after_theo(toks: list[Token], start: int) -> bool:
    """The name is the source of a report ("Theo ông A, ...", "Theo Bộ trưởng A, ...")."""
    return any(t.text.lower() == "theo" for t in toks[max(0, start - 3):start])


_PHOTO_POSITION = {"bên", "phải", "trái", "giữa", "thứ", "hai", "ba", "tư", "từ", "sang", "qua", "ngoài", "cùng",
                   "đứng", "ngồi", "hàng", "đầu", "trước", "sau", "ảnh", "người"}


def _without_photo_position(gap: list[str]) -> list[str]:
    """Drop a caption's place in the photo before an apposition ("ông A (bên phải), Chủ tịch ...")."""
    if len(gap) > 2 and gap[0] == "(" and ")" in gap:
        close = gap.index(")")
        if all(w in _PHOTO_POSITION or w.isdigit() for w in gap[1:close]):
            return gap[close + 1:]
    return gap


_ASIDE_MAX = 8  # tokens of an aside in parentheses between a name and its apposed title


def _without_aside(gap: list[str]) -> list[str]:
    """Drop a short aside in parentheses between a name and its apposed title: a nickname, another name, a home or
    a place in the photo ("Đoàn Nguyên Đức (bầu Đức) - Chủ tịch HĐQT ...", "Lê Thế Sỹ (bìa trái), Trưởng trạm ...");
    not a single word: an outlet's tag after a headline ("... (NLĐ) - Chủ tịch ...") or an abbreviation."""
    if len(gap) < 4 or gap[0] != "(" or ")" not in gap:
        return gap
    close = gap.index(")")
    inner = gap[1:close]
    if len(inner) < 2 or len(inner) > _ASIDE_MAX:
        return gap
    return gap[close + 1:]


def _without_rank(toks: list[Token], ns: int, gap: list[str]) -> list[str]:
    """Drop a rank or degree told between commas before an apposed title ("Bùi Văn Huấn, Trung tướng, Phó Chủ nhiệm
    Tổng cục Chính trị", "Nguyễn Hữu Thành (Sinh năm 1982), Bác sĩ, Trưởng khoa ...")."""
    if len(gap) < 3 or gap[0] != "," or gap[-1] != "," or ns - len(gap) + 1 < 0:
        return gap
    a = ns - len(gap) + 1
    size = len(gap) - 2
    keys = [fold(t.text) for t in toks[a:ns]]
    part = toks[a:ns]
    m = lexicon.ranks().match(part, 0, keys) or lexicon.honorifics().match(part, 0, keys)
    return [","] if m and m[0] == size and toks[a].text[:1].isupper() else gap


_DETAIL_CUES = [["sinh", "năm"], ["năm", "sinh"], ["sn"], ["s.n"]]


def _personal_details(words: list[str]) -> bool:
    """Age, year of birth or home of a person ("46 tuổi", "Sinh năm 1972", "SN 1974, ngụ phường 5")."""
    for k, w in enumerate(words):
        if w == "tuổi" and k > 0 and words[k - 1].isdigit():
            return True
        if any(words[k:k + len(cue)] == cue and k + len(cue) < len(words) and words[k + len(cue)].isdigit()
               for cue in _DETAIL_CUES):
            return True
    return False


def _without_personal_details(gap: list[str]) -> list[str]:
    """Drop the person's details in parentheses before an apposition ("Bùi Mạnh Khoa (Sinh năm 1972), Bí thư ...");
    details that open the parentheses of a post leave one apposition ("Trần Thị Diễm (46 tuổi, Kế toán trưởng ...)")."""
    if len(gap) < 3 or gap[0] != "(":
        return gap
    if ")" in gap:
        close = gap.index(")")
        return gap[close + 1:] if _personal_details(gap[1:close]) else gap
    return [","] if gap[-1] == "," and _personal_details(gap[1:-1]) else gap


def _between(toks: list[Token], a: int, b: int) -> list[str]:
    return [t.text.lower() for t in toks[a:b]]


_LEVEL_UNITS = unit_words("province", "district", "commune") | {"tp", "thành phố"}


def _named(toks: list[Token]) -> bool:
    """Every token a capitalised word or a number ("Hà Nội", "TP HCM", "1")."""
    return bool(toks) and all(t.text[:1].isupper() or t.text.isdigit() for t in toks)


def _body_tail(toks: list[Token], post: PostMention, ns: int) -> int:
    """Where the body of a title stopped short of the name at ns resumes (post.tok_end), or -1: the words between are
    the rest of the post, not a clause: a unit number ("Tổng giám đốc PMU | 18 | Bùi Tiến Dũng"), the seat of the
    body ("Giám đốc Công ty Du lịch Việt Nam | tại Hà Nội | Lưu Nhân Vinh", "Đại sứ Séc | ở Moscow |"), the place
    above a commune or a ward ("Chủ tịch UBND phường Bến Thành | , quận 1 |"), or the body of a unit head's title
    after a comma ("Phó tổng cục trưởng | , Tổng cục Tiêu chuẩn Đo lường Chất lượng | Nguyễn Hoàng Linh")."""
    e = post.tok_end
    gap = toks[e:ns]
    words = [fold(t.text) for t in gap]
    if not gap or any(t.text in _CLAUSE_ENDS and t.text != "," for t in gap) or len(gap) > _TAIL_MAX:
        return -1
    if post.body and len(gap) == 1 and gap[0].text.isdigit() and toks[e - 1].text[:1].isupper():
        return e
    if post.body and words[0] in _DELEGATION_SEATS and _named(gap[1:]) and _place(gap[1:]) \
            and not national_post(post.role, post.body):  # "Bộ trưởng Bộ Y tế tại Hà Nội": a ministry has no seat
        return e
    if post.body and words[0] == "," and _named(gap[2:]) and len(gap) > 2 \
            and (words[1] in _LEVEL_UNITS or " ".join(words[1:3]) in _LEVEL_UNITS) \
            and any(w in _LEVEL_UNITS for w in fold(post.body).split()):
        return e
    unit = " ".join(w for w in fold(post.role).split() if w not in ("phó", "trưởng"))
    if not post.body and words[0] == "," and unit and " ".join(words[1:1 + len(unit.split())]) == unit \
            and fold(post.role).endswith("trưởng") and _titled(gap[1:]):
        return e
    return -1


def _titled(toks: list[Token]) -> bool:
    """A name written in title case, a lower-case syllable only after a capitalised one ("Tổng cục Tiêu chuẩn Đo lường
    Chất lượng")."""
    return _named(toks[:1]) and all(t.text[:1].isupper() or t.text.isdigit()
                                    or t.text.isalpha() and t.text.islower() and toks[n].text[:1].isupper()
                                    for n, t in enumerate(toks[1:]))


_TAIL_MAX = 10  # tokens between the body cut short and the name


def _place(toks: list[Token]) -> bool:
    """The words name a province, district or country ("Hà Nội", "TP.HCM", "Moscow")."""
    return fold(" ".join(t.text for t in toks)) in place_names()


def _append(post: PostMention, gap: list[Token]) -> None:
    """The post goes on over the tokens right after it, written as in the text; a leading comma joins no word."""
    written = "".join(t.text + (" " if n + 1 < len(gap) and gap[n + 1].start > t.end else "")
                      for n, t in enumerate(gap)).strip()
    rest = written.strip(", ")
    post.body = f"{post.body} {rest}".strip() if post.body else rest
    post.text = post.text + ("" if gap[0].text == "," else " ") + written
    post.end, post.tok_end = gap[-1].end, post.tok_end + len(gap)


def _extend_to_names(toks: list[Token], persons: list[PersonMention], posts: list[PostMention]) -> None:
    """A title whose body stopped before the rest of the post, with the name right after it, takes that rest."""
    starts = {p.tok_start: p for p in persons}
    for post in posts:
        after = [ns for ns in starts if ns > post.tok_end]
        if not after:
            continue
        ns = min(after)
        if any(q is not post and post.tok_end <= q.tok_start < ns for q in posts) or _body_tail(toks, post, ns) < 0:
            continue
        _append(post, toks[post.tok_end:ns])


def _seat_end(toks: list[Token], k: int) -> int:
    """The end of a place named right after the seat word at k ("tại Hà Nội"), -1 if none; the longest name wins."""
    if k >= len(toks) or fold(toks[k].text) not in _DELEGATION_SEATS:
        return -1
    for n in range(4, 0, -1):
        part = toks[k + 1:k + 1 + n]
        if len(part) == n and _named(part) and _place(part) \
                and (k + 1 + n == len(toks) or not toks[k + 1 + n].text[:1].isupper()):
            return k + 1 + n
    return -1


def _places_end(toks: list[Token], k: int) -> int:
    """The end of the comma groups of places from k on (", xã Hiệp Phước", ", phường 4, quận 3"), k if none."""
    end = k
    while end + 2 < len(toks) and toks[end].text == ",":
        one, two = fold(toks[end + 1].text), fold(" ".join(t.text for t in toks[end + 1:end + 3]))
        start = end + 3 if two in _LEVEL_UNITS else end + 2 if one in _LEVEL_UNITS else -1
        stop = start
        while 0 <= stop < len(toks) and (toks[stop].text[:1].isupper() or toks[stop].text.isdigit()):
            stop += 1
        if start < 0 or stop == start:
            break
        end = stop
    return end


def _hamlet_body(body: str) -> bool:
    """A body that is a hamlet's or a unit of it, in common nouns ("chi bộ ấp 1", "tổ an ninh khu vực 2", "tổ 41"); not
    an organisation named after its hamlet ("Hợp tác xã DVSX Nông nghiệp thôn Triều Khúc")."""
    written = body.split()
    words = [fold(w) for w in written]
    for n in range(len(words) - 1, -1, -1):
        if words[n] in hamlet_units() or " ".join(words[n:n + 2]) in hamlet_units():
            return len(words) - n <= 4 and all(w[:1].islower() for w in written[:n + 1])
    return False


def _tail_end(toks: list[Token], post: PostMention) -> int:
    """Where a linked post goes on after its phrase ends: the seat of its body ("Giám đốc Công ty Du lịch Việt Nam
    | tại Hà Nội"), or the commune and the places above a hamlet's unit ("bí thư chi bộ ấp 1 | , xã Hiệp Phước");
    post.tok_end if neither."""
    e = post.tok_end
    if not post.body:
        return e
    seat = _seat_end(toks, e) if not national_post(post.role, post.body) else -1
    if seat > 0:
        return seat
    if _hamlet_body(post.body):
        end = _places_end(toks, e)
        if end > e and (end == len(toks) or not toks[end].text[:1].isupper()):
            return end
    return e


def _extend_linked(toks: list[Token], persons: list[PersonMention], posts: list[PostMention], pairs: set) -> None:
    """A linked post takes the seat of its body or the places above its hamlet written right after it."""
    starts = {p.tok_start for p in persons}
    for q in {q for _, q in pairs}:
        post = posts[q]
        end = _tail_end(toks, post)
        if end == post.tok_end or any(post.tok_end <= k < end for k in starts) \
                or any(o is not post and post.tok_end <= o.tok_start < end for o in posts):
            continue
        _append(post, toks[post.tok_end:end])


def attach(toks: list[Token], persons: list[PersonMention], posts: list[PostMention]) -> list[tuple[int, int]]:
    """(person index, post index) pairs."""
    pairs: set[tuple[int, int]] = set()
    _extend_to_names(toks, persons, posts)
    items = sorted([(p.tok_start, p.tok_end, "P", k) for k, p in enumerate(persons)]
                   + [(q.tok_start, q.tok_end, "R", k) for k, q in enumerate(posts)])
    assigned: set[int] = set()
    _titles_before_names(toks, items, pairs, assigned, _TITLE_GAPS)
    _shared_titles(toks, items, pairs)
    _member_list(toks, items, pairs)
    _appositions(toks, items, pairs, assigned, posts)
    # "Theo Phó Chủ tịch UBND TP HCM, ông Trần Vĩnh Tuyến": only for posts no name claimed before
    described = frozenset(q for q, post in enumerate(posts) if fold(post.role) in lexicon.described_role_keys())
    _titles_before_names(toks, items, pairs, assigned, _COMMA_TITLE_GAPS, described)
    # a title over a colon list: "các Ủy viên Ủy ban Thường vụ QH: A, Chủ nhiệm ...; B, ..."
    for q, post in enumerate(posts):
        if post.tok_end < len(toks) and toks[post.tok_end].text == ":":
            segment_start = post.tok_end
            for k, person in enumerate(persons):
                if person.tok_start <= segment_start:
                    continue
                prev = toks[person.tok_start - 1].text if person.tok_start > 0 else ""
                if prev in (":", ";"):
                    pairs.add((k, q))
    _headed_by(toks, persons, posts, pairs)
    _delegation_leader(toks, persons, posts, pairs)
    # a verb of holding between a name and a post: "ông A hiện là / giữ chức / được bầu làm POST"
    attached = {q for _, q in pairs}
    for q, post in enumerate(posts):
        if q in attached:
            continue
        link = _holding_verb(toks, post.tok_start)
        if link is None:
            continue
        cue_start, leaves = link
        after = toks[post.tok_start:post.tok_end + 8]
        if any(_YEARISH.search(t.text) for t in after):  # "giữ chức Bộ trưởng ... từ tháng 4/2016": a career
            continue
        owner = _subject_before(toks, persons, cue_start)
        if owner is not None:
            pairs.add((owner, q))
            while owner > 0 and _between(toks, persons[owner - 1].tok_end, persons[owner].tok_start) in (["và"], [","]):
                owner -= 1  # "A và B, nguyên ..., được bầu lại làm POST": both
                pairs.add((owner, q))
            if leaves:
                post.former = True
    _extend_linked(toks, persons, posts, pairs)
    return sorted(pairs)


@cache
def _organisations() -> lexicon.PhraseMatcher:
    heads = word_list("committee_hosts.txt") + word_list("department_heads.txt")
    return lexicon.PhraseMatcher({w: w for w in heads})


_CLAUSE_ENDS = {",", ";", ":", ".", "(", ")", "\"", "“", "”"}


def _headed_by(toks: list[Token], persons: list[PersonMention], posts: list[PostMention], pairs: set) -> None:
    """ORG do NAME làm POST: the organisation the person heads ("Công ty TNHH Đại An do Nguyễn Ngọc Minh làm
    Giám đốc" -> Giám đốc Công ty TNHH Đại An; "Tổ TTKS của Phòng CSGT ... do Đại úy A làm Tổ trưởng")."""
    claimed = {q for _, q in pairs}
    for q, post in enumerate(posts):
        s = post.tok_start
        if q in claimed or s < 3 or toks[s - 1].text.lower() != "làm":
            continue
        keys = [fold(t.text) for t in toks]
        k = next((k for k, p in enumerate(persons) if p.tok_end == s - 1), None)
        if k is None:
            continue
        do = persons[k].tok_start - 1
        while do > 0 and keys[do] != "do" and persons[k].tok_start - do <= 3 and toks[do].text not in _CLAUSE_ENDS:
            do -= 1  # a rank or form of address: "do Đại úy Nguyễn Hùng Cường"
        if keys[do] != "do":
            continue
        start = do
        while start > 0 and toks[start - 1].text not in _CLAUSE_ENDS and do - start < 20:
            start -= 1
        org = next((i for i in range(start, do) if toks[i].text[:1].isupper()
                    and _organisations().match(toks, i, keys)), None)
        if org is None:
            continue
        pairs.add((k, q))
        if not post.body:
            post.body = "".join(t.text + (" " if n + 1 < do and toks[n + 1].start > t.end else "")
                                for n, t in enumerate(toks[org:do], org)).strip()


@cache
def _delegation_hosts() -> lexicon.PhraseMatcher:
    heads = word_list("committee_hosts.txt") + word_list("delegation_hosts.txt")
    return lexicon.PhraseMatcher({w: w for w in heads})


_DELEGATION_SPAN = 20  # tokens from "đoàn" to "do"
_DELEGATION_SEATS = {"tại", "ở"}


def _role_names_body(role: str, head: str) -> bool:
    """The title names a body or a unit of its own other than the delegation's ("Chủ tịch Hạ viện" of "đoàn Quốc
    hội Mỹ", "Cục trưởng" of "đoàn công tác Bộ Y tế")."""
    words = fold(role).split()
    return head not in words and (any(" ".join(words[n:]) in _host_keys() for n in range(1, len(words)))
                                  or any(w in _unit_keys() for w in words))


def _unit_keys() -> frozenset[str]:
    return lexicon.folded_words("department_heads.txt")


@cache
def _host_keys() -> frozenset[str]:
    return lexicon.folded_words("committee_hosts.txt") | lexicon.folded_words("delegation_hosts.txt")


def _delegation_leader(toks: list[Token], persons: list[PersonMention], posts: list[PostMention], pairs: set) -> None:
    """đoàn BODY do TITLE NAME dẫn đầu: a bare title heads the body the delegation comes from ("đoàn đại biểu Ủy ban
    Trung ương MTTQ VN do Chủ tịch Phạm Thế Duyệt dẫn đầu" -> Chủ tịch Ủy ban Trung ương MTTQ VN). A complete
    national title keeps its own label, except a minister's over a ministry ("đoàn Bộ Thông tin Văn hóa CHDCND Lào
    do Bộ trưởng Mounkeo Oraboun dẫn đầu")."""
    keys: list[str] = []
    for k, q in pairs:
        post, person = posts[q], persons[k]
        do = post.tok_start - 1
        if post.body or post.tok_end != person.tok_start or do < 2 or toks[do].text.lower() != "do":
            continue
        keys = keys or [fold(t.text) for t in toks]
        if keys[person.tok_end:person.tok_end + 2] != ["dẫn", "đầu"] or "đoàn" in fold(post.role).split():
            continue
        end = do - 1 if toks[do - 1].text == "," else do
        lead = next((i for i in range(do - 1, max(-1, do - _DELEGATION_SPAN), -1) if keys[i] == "đoàn"
                     and (i == 0 or toks[i].text.islower())), None)
        if lead is None or any(t.text in _CLAUSE_ENDS for t in toks[lead + 1:end]):
            continue
        org = next((i for i in range(lead + 1, end) if toks[i].text[:1].isupper()), None)
        if org is None or not _delegation_hosts().match(toks, org, keys) or _role_names_body(post.role, keys[org]):
            continue
        end = next((i for i in range(org, end) if keys[i] in _DELEGATION_SEATS), end)  # "ĐH Hàng Hải | tại Hàn Quốc"
        if post.standalone and not (fold(post.role) in lexicon.folded_words("ministry_roles.txt")
                                    and keys[org] == "bộ"):
            continue
        post.body = "".join(t.text + (" " if n + 1 < end and toks[n + 1].start > t.end else "")
                            for n, t in enumerate(toks[org:end], org)).strip()


_APPOINTING = {"bầu", "cử", "chọn", "nhiệm"}
_YEARISH = re.compile(r"^(?:19|20)\d\d$")
_LEAVING = {"thôi", "từng", "nguyên", "trước", "miễn"}


@cache
def _hold_verbs() -> tuple[tuple[str, ...], ...]:
    """The verbs of kg/lexicons/holding_verbs.txt as word tuples, longest first."""
    return tuple(sorted((tuple(v.split()) for v in word_list("holding_verbs.txt")), key=len, reverse=True))


def _holding_verb(toks: list[Token], start: int) -> tuple[int, bool] | None:
    """(first token of the verb, whether it says the post is left) for a verb ending right before start."""
    words = [t.text.lower() for t in toks]
    for verb in _hold_verbs():
        a = start - len(verb)
        if a >= 0 and tuple(words[a:start]) == verb:
            leaves = verb[0] in _LEAVING or a > 0 and words[a - 1] in ("thôi", "từng", "miễn") \
                or _past_time_before(words, a)  # "Vũ Mão, khi đó là Bí thư ...": then, not now
            if len(verb) == 1 and verb[0] == "là" and a > 0 and words[a - 1] in ("không", "chưa"):
                return None
            if verb == ("làm",) and not _APPOINTING & set(words[max(0, a - 10):a]):
                return None  # "làm" is a post only after an election or appointment: "bầu ông A, 60 tuổi, làm ..."
            return a, leaves
    return None


def _possessed(toks: list[Token], start: int) -> bool:
    """The name is the complement of "của" ("bạn trai của ca sĩ B"), which no subject is."""
    return any(t.text.lower() == "của" for t in toks[max(0, start - 3):start])


def _subject_before(toks: list[Token], persons: list[PersonMention], cue: int) -> int | None:
    """The nearest name before the verb in the same clause (no other clause mark or year between)."""
    best = None
    for k, p in enumerate(persons):
        if p.tok_end <= cue:
            best = k
    if best is None:
        return None
    while best > 0 and _possessed(toks, persons[best].tok_start) \
            and not any(t.text in (";", ".", ":") for t in toks[persons[best - 1].tok_end:persons[best].tok_start]):
        best -= 1  # "Ông A, bạn trai của ca sĩ B và cũng là Giám đốc ...": B is no subject
    between = toks[persons[best].tok_end:cue]
    if any(t.text in (";", ".", ":", "(") for t in between) or len(between) > 12:
        return None
    if any(t.text.isdigit() and len(t.text) == 4 for t in toks[max(0, persons[best].tok_start - 8):cue]):
        return None  # a career story ("Đến năm 2003, ông X được bầu làm ...")
    return best
