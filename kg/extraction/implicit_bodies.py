"""The body of a bare title when the article is about one department ("Sở Du lịch Hà Nội đang mở đợt thanh
tra ... Theo Chánh thanh tra Võ Văn Thắng" -> "Chánh thanh tra Sở Du lịch Hà Nội"): the one `Sở` the
article names, when it names no other organisation such a title could head; likewise a school's head
("Hiệu trưởng Hồ Viết Hà" in an article on one school)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from functools import lru_cache

from kg.extraction.canonical import expand
from kg.extraction.gazetteer import districts, provinces
from kg.extraction.lexicon import folded_words, surname_set
from kg.lexicons import mapping, table, word_list
from kg.text.dictionary import is_word
from kg.text.normalize import fold
from kg.text.segment import sentences, tokens

_HEAD = "sở"


def _roles() -> frozenset[str]:
    return folded_words("department_roles.txt")


@lru_cache(maxsize=1)
def _other_heads() -> re.Pattern[str]:
    words = sorted(word_list("department_rivals.txt"), key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in words) + r")(?= [A-ZĐ0-9])")


def takes_department(role: str) -> bool:
    return fold(role) in _roles()


def named_bodies(text: str, head: str, start: int = 0, end: int | None = None) -> list[str]:
    """Every body named with the head word `head` (folded) in text[start:end], as written, in order
    ("Sở Du lịch Hà Nội", "Sở GD-ĐT"); a body referred back to ("Sở này") is none."""
    toks = tokens(text, start, len(text) if end is None else end)
    out = []
    for i, tok in enumerate(toks):
        if fold(tok.text) != head or not tok.text[:1].isupper():
            continue
        j = i + 1
        while j < len(toks):
            t = toks[j].text
            if t[:1].isupper() and t[:1].isalpha():
                j += 1
            elif t.islower() and toks[j - 1].text[:1].isupper() and is_word(toks[j - 1].text, t):
                j += 1
            elif t == "và" and j + 1 < len(toks) and toks[j + 1].text[:1].isupper():
                j += 1
            elif t.isdigit() and j > i + 1 and (j + 1 == len(toks) or not toks[j + 1].text[:1].islower()):
                j += 1  # "Bệnh viện Nhân Dân 115", "Bệnh viện 108": a number ends the name (not "... 2 năm nay")
                break
            else:
                break
        if j > i + 1 and fold(toks[j - 1].text) != "này":
            out.append(text[tok.start:toks[j - 1].end])
    return out


@lru_cache(maxsize=8)
def only_department(text: str) -> str:
    """The one department the article names ('' if none, several, or another kind of organisation too)."""
    names = named_bodies(text, _HEAD)
    if not names or _other_heads().search(text):
        return ""
    keys = {fold(n) for n in names}
    longest = {k for k in keys if not any(o != k and o.startswith(k + " ") for o in keys)}
    if len(longest) != 1:
        return ""
    key = longest.pop()
    return next(n for n in names if fold(n) == key)


def _school_roles() -> frozenset[str]:
    return folded_words("school_roles.txt")


_SCHOOL_HEADS = ("trường", "đh", "đại", "học", "cđ", "cao")  # Trường, ĐH, Đại học, Học viện, CĐ, Cao đẳng ...
_SCHOOL_SECOND = {"đại": "học", "học": "viện", "cao": "đẳng"}
_SCHOOL_KINDS = {"đại học", "cao đẳng", "học viện", "cđ", "đh", "trường"}


@lru_cache(maxsize=8)
def only_school(text: str) -> str:
    """The one school the article names ('' if none or several): "Trường CĐ Nghề Đà Nẵng", "ĐH Tôn Đức Thắng"."""
    return _one(_schools(text, 0, len(text)))


def _schools(text: str, start: int, end: int) -> dict[str, str]:
    """The schools named in text[start:end], by folded name."""
    found: dict[str, str] = {}
    for head in _SCHOOL_HEADS:
        for name in named_bodies(text, head, start, end):
            name = name.split("\n")[0].strip()  # a name never runs over a line ("ĐH Tôn Đức Thắng | Trước đó")
            words = name.split()
            if head in _SCHOOL_SECOND and (len(words) < 3 or fold(words[1]) != _SCHOOL_SECOND[head]):
                continue
            key = fold(expand(name)).removeprefix("trường ")
            if head == "trường" and (len(words) < 3 or not is_word(*map(fold, words[1:3]))) \
                    and (len(words) < 2 or fold(words[1]) not in ("đh", "cđ", "thpt", "thcs")):
                continue  # "Trường Sa", "Trường Sơn": no school
            if key in _SCHOOL_KINDS:
                continue  # "Trường Đại học | kiến trúc TPHCM": the name is cut, no school of its own
            rest = fold(expand(" ".join(words[1:])))
            if head == "cđ" and (rest in provinces() or rest.startswith(("thành phố", "tp", "tỉnh"))):
                continue  # "CĐ TP.HCM": the city's trade union (Công đoàn), no college
            if len(found.get(key, "")) < len(name):
                found[key] = name
    for m in _LOWER_SCHOOL.finditer(text, start, len(text) if end is None else end):
        name = m.group(0)
        key = fold(expand(name)).removeprefix("trường ")
        if not any(k.startswith(key) or key.startswith(k) for k in found):
            found[key] = name  # "tại trường THCS Nguyễn Du (xã An Cư, huyện Đăk Pơ)": 'trường' in lower case
    return found


# a school the press names with 'trường' in lower case, then its level and its capitalised name
_LOWER_SCHOOL = re.compile(r"(?<![\w])trường (?:THCS|THPT|PTTH|PTCS|tiểu học|trung học cơ sở|trung học phổ thông|"
                           r"mầm non|mẫu giáo)(?: [A-ZĐ][\w-]*)+")


def _one(found: dict[str, str]) -> str:
    """The one body of `found` ('' if none or several); a name that only shortens another is the same body."""
    longest = {k for k in found if not any(o != k and o.startswith(k + " ") for o in found)}
    return found[longest.pop()] if len(longest) == 1 else ""


_ROLE_TAILS = {"trưởng", "phó"}  # "Cục trưởng", "Viện phó": the head word opens a title
_COMPANY_HEADS = {"ngân": ("hàng",), "công": ("ty",), "tập": ("đoàn",), "tổng": ("công", "ty")}


@lru_cache(maxsize=8)
def only_company(text: str) -> str:
    """The one bank or company the article names with its head word ('' if none or several): "Ngân hàng TMCP Sài
    Gòn Thương Tín", "Tập đoàn Aquaone"."""
    return _one(_headed(text, _COMPANY_HEADS, 0, len(text)))


def _headed(text: str, heads: dict[str, tuple[str, ...]], start: int, end: int) -> dict[str, str]:
    """The bodies named in text[start:end] with one of the heads (first word -> the words after it), by folded
    name; a head with no name after it is none."""
    found: dict[str, str] = {}
    for head, second in heads.items():
        for name in _with_lower_tails(text, named_bodies(text, head, start, end), start, end):
            name = name.split("\n")[0].strip()
            words = [fold(w) for w in name.split()]
            if tuple(words[1:1 + len(second)]) != second or len(words) <= 1 + len(second) \
                    or words[1 + len(second)] in _ROLE_TAILS:
                continue  # "Cục trưởng Lương Ngọc Khuê": a title and a name, no body
            key = fold(expand(name))
            if len(found.get(key, "")) < len(name):
                found[key] = name
    return found


_TAIL_MAX = 10  # words of a lower-case middle and the capitalised end of a name


def _with_lower_tails(text: str, names: list[str], start: int, end: int) -> list[str]:
    """The names, each run on over lower-case words up to its capitalised end when it has one ("Công ty | vận tải
    hành khách đường sắt Sài Gòn", "Công ty Kinh doanh | nước sạch Hà Nội", "Trung tâm | tin học Âu Việt")."""
    out, at = [], start
    for name in names:
        at = text.find(name, at, end)
        out.append(_lower_tail(text, name, at, end) if at >= 0 else name)
        at = at + len(name) if at >= 0 else start
    return out


def _clause_verbs() -> frozenset[str]:
    return folded_words("clause_verbs.txt")


def _lower_tail(text: str, name: str, at: int, end: int) -> str:
    """The name at `at`, cut after a lower-case word, with the lower-case words after it and the capitalised words
    that end them, when the lower-case ones make dictionary words (no verb of a clause: "Công ty | cho biết Hà Nội")
    and only spaces stand between the words; else the name."""
    words = re.match(r"[^\n]*", text[at + len(name):end]).group().split(" ")[1:_TAIL_MAX + 1]
    lower = []
    for w in words:
        if not (w.isalpha() and w.islower()):
            break
        lower.append(w)
    capital = []
    for w in words[len(lower):]:
        bare = w.rstrip(",.;:)\"”")
        if not (bare[:1].isupper() and bare.replace("-", "").isalnum()):
            break
        capital.append(bare)
        if bare != w:
            break
    if not name.split()[-1].islower() or not lower or not capital or not _dictionary_words(lower) \
            or any(" ".join(lower[i:i + k]) in _clause_verbs() for i in range(len(lower)) for k in (1, 2, 3)):
        return name  # "Bệnh viện Đa khoa Nghệ An | bệnh nhân Sầm Bá Dần": a name ended in capitals is whole
    return " ".join([name, *lower, *capital])


def _dictionary_words(syllables: list[str]) -> bool:
    """The lower-case syllables split into dictionary words of two or three syllables, and 'và' before one."""
    i = 0
    while i < len(syllables):
        if syllables[i] == "và" and i < len(syllables) - 1:
            i += 1
        elif is_word(*syllables[i:i + 3]) and i + 3 <= len(syllables):
            i += 3
        elif is_word(*syllables[i:i + 2]) and i + 2 <= len(syllables):
            i += 2
        else:
            return False
    return True


def _board_role(role: str) -> bool:
    """A title of a company's board given without the company ("Chủ tịch HĐQT")."""
    key = fold(expand(role))
    return any(key.endswith(" " + fold(expand(b))) for b in word_list("company_boards.txt"))


def board_company(role: str, sentence: str) -> str:
    """The one company a sentence names, for a bare board title in it ('' if not a board title, or none or several)."""
    return only_company(sentence) if _board_role(role) else ""


def implicit_body(role: str, text: str) -> str:
    """The organisation a bare title before a name belongs to in this article ('' if the article does not say)."""
    if takes_department(role):
        return only_department(text)
    if fold(role) in _school_roles():
        return only_school(text)
    if _board_role(role):
        return only_company(text)
    return ""


_CLUB_ROLES = frozenset({"chủ tịch", "phó chủ tịch"})  # a football club's chairman and vice-chairmen
_CLUB_MAJORITY = 1.5  # the article's club is named at least half as often again as any other, and at least thrice
_CLUB_LEAST = 3
_SHARED = frozenset({"hai", "ba", "các", "những", "cả"})  # "hai Chủ tịch A và B": one title, several clubs


@lru_cache(maxsize=1)
def _clubs() -> str:
    """The clubs of sports_teams.txt: not the competitions, national sides and nicknames of sports_non_clubs.txt."""
    others = {fold(w) for w in word_list("sports_non_clubs.txt")}
    names = sorted((w for w in word_list("sports_teams.txt") if fold(w) not in others), key=len, reverse=True)
    return "(?:" + "|".join(re.escape(w) for w in names) + ")"


def _club_names(text: str) -> list[str]:
    return re.findall(r"(?<![\w-])" + _clubs() + r"(?![\w-])", text)


def _holder_club(text: str, holder: str) -> str:
    """The one club the article names the holder the chairman of ("Chủ tịch Real Madrid, Florentino Perez",
    "Florentino Perez, Chủ tịch Real Madrid", "Chủ tịch Florentino Perez của Real Madrid"), '' if none or several."""
    name = re.escape(holder)
    clubs = _clubs()
    found = {m.group("club") for pattern in (
        rf"[Cc]hủ tịch (?:của |CLB |câu lạc bộ )?(?P<club>{clubs})(?:,| -)? (?:ông )?{name}",
        rf"{name}(?:,| -| \() [Cc]hủ tịch (?:của |CLB |câu lạc bộ )?(?P<club>{clubs})(?![\w-])",
        rf"[Cc]hủ tịch {name} của (?P<club>{clubs})(?![\w-])") for m in re.finditer(pattern, text)}
    return found.pop() if len(found) == 1 else ""


def chaired_club(role: str, text: str, start: int, title_at: int, end: int, holder: str) -> str:
    """The football club a bare chairman's title before the name `holder` in the sentence text[start:end] is of
    ("Chủ tịch Daniel Levy", "Chủ tịch Joan Laporta"): the one the article names him the chairman of elsewhere, else
    the one club the sentence names before the title, else the club the article is about (named at least thrice
    and half as often again as any other: the others are its opponents and the clubs of the people it names), else
    the one club the sentence names; '' for a title shared by several names ("hai Chủ tịch A và B")."""
    previous = re.search(r"(\w+)\W*$", text[start:title_at])
    if fold(role) not in _CLUB_ROLES or previous and fold(previous.group(1)) in _SHARED:
        return ""
    found = Counter(_club_names(text))
    if not found:
        return ""
    before = set(_club_names(text[start:title_at]))
    if holder_club := _holder_club(text, holder):
        return holder_club
    if len(before) == 1:
        return before.pop()
    ranked = found.most_common(2)
    if ranked[0][1] >= _CLUB_LEAST and (len(ranked) == 1 or ranked[0][1] >= _CLUB_MAJORITY * ranked[1][1]):
        return ranked[0][0]
    here = set(_club_names(text[start:end]))
    return here.pop() if len(here) == 1 else ""


_HOSPITAL = re.compile(r"(?<!\w)(?:Bệnh viện|BV|Viện) [A-ZĐ0-9]")


@lru_cache(maxsize=8)
def faculty_school(text: str) -> str:
    """The school a faculty (Khoa) without its parent belongs to: the one school the article names, if it names no
    hospital or institute, which have faculties of their own."""
    return "" if _HOSPITAL.search(text) else only_school(text)


# a people's committee as the press writes it: "UBND thành phố", "UBND TP HCM", "Ủy ban nhân dân tỉnh Long An", "UBND"
_PEOPLES_COMMITTEE = re.compile(r"(?<!\w)(?P<head>UBND|[ỦU]ỷ ban nhân dân|[ỦU]y ban nhân dân)"
                                r"(?P<level> (?:tỉnh|thành phố|TP\.?|Tp\.?|thị xã|TX\.?|quận|huyện|xã|phường"
                                r"|thị trấn))?"
                                r"(?P<name>(?: (?:[A-ZĐ][^\s,.;:()\"“”]*|\d+))*)(?P<next> \w+)?")
_LOCAL_LEVELS = {"quận", "huyện", "xã", "phường", "thị trấn", "thị xã", "TX", "TX."}
_PLURAL_NEXT = {"các", "những", "mọi", "cấp", "và"}  # "UBND các quận, huyện", "UBND cấp xã": no one committee
# a trade union federation: "LĐLĐ TPHCM", "Liên đoàn Lao động tỉnh Bình Dương", "Tổng LĐLĐ VN"
_UNION = re.compile(r"(?<!\w)(?:Tổng )?(?:LĐLĐ|Liên đoàn Lao động|Liên đoàn lao động)"
                    r"(?: (?:tỉnh|thành phố|TP\.?))?(?: [A-ZĐ][^\s,.;:()\"“”]*)*")


def _committees(text: str, start: int, end: int) -> dict[str, str]:
    """The people's committees named in text[start:end], by folded name; none of a district or commune without its
    name, nor committees in the plural."""
    found: dict[str, str] = {}
    for m in _PEOPLES_COMMITTEE.finditer(text, start, end):
        level = (m.group("level") or "").strip()
        if level in _LOCAL_LEVELS and not m.group("name") or fold((m.group("next") or "").strip()) in _PLURAL_NEXT:
            continue
        words = m.group("name").split()
        name = " ".join([text[m.start():m.end("level") if level else m.end("head")]] + words[:_place_words(words)])
        found[fold(expand(name))] = name
    return found


def _place_words(words: list[str]) -> int:
    """How many of the capitalised words after a committee name its place: the longest run that is a province or
    district, else the words before a person's surname ("UBND TP | Lê Thanh Hải", "UBND TP HCM | Nguyễn Văn Đua")."""
    for k in range(len(words), 0, -1):
        if fold(" ".join(words[:k])) in provinces() or fold(" ".join(words[:k])) in districts():
            return k
    return next((k for k, w in enumerate(words) if w in surname_set()), len(words))


def _unions(text: str, start: int, end: int) -> dict[str, str]:
    return {fold(expand(m.group())): m.group() for m in _UNION.finditer(text, start, end)}


# kinds found by their pattern, whole (no name cut short), and in the title's own sentence only before it
_PATTERN_KINDS = frozenset({"committee", "union"})


# words after 'Hội' that make another noun, no association: "Hội đồng", "Hội nghị", "Hội An" (a city)
_NOT_ASSOCIATIONS = frozenset({"đồng", "nghị", "thảo", "trường", "an", "chợ", "diễn", "thi", "sở", "quán", "ngộ"})


def _associations(text: str, start: int, end: int) -> dict[str, str]:
    """The associations named in text[start:end] ("Hội Khoa học lịch sử Việt Nam", "Hiệp hội Doanh nghiệp Việt kiều"),
    by folded name: 'Hội' with a capitalised word after it that makes no other noun with it."""
    found = _headed(text, {"hiệp": ("hội",)}, start, end)
    for name, key in ((n, fold(expand(n))) for n in _headed(text, {"hội": ()}, start, end).values()):
        second = name.split()[1]
        if second[:1].isupper() and fold(second) not in _NOT_ASSOCIATIONS and len(found.get(key, "")) < len(name):
            found[key] = name
    return found


def _general_departments(text: str, start: int, end: int) -> dict[str, str]:
    """The general departments named in text[start:end] ("Tổng cục Du lịch"), each without the name of its head run
    into it ("Tổng cục trưởng Tổng cục Du lịch Việt Nam | Võ Thị Thắng và ...")."""
    found: dict[str, str] = {}
    for name in _headed(text, {"tổng": ("cục",)}, start, end).values():
        words = name.split()
        cut = next((k for k in range(3, len(words) - 1) if words[k] in surname_set() and words[k + 1][:1].isupper()),
                   len(words))
        name = " ".join(words[:cut])
        found.setdefault(fold(expand(name)), name)
    return found


_KINDS: dict[str, Callable[[str, int, int], dict[str, str]]] = {
    "school": _schools,
    "company": lambda text, a, b: _headed(text, _COMPANY_HEADS, a, b),
    "hospital": lambda text, a, b: _headed(text, {"bệnh": ("viện",)}, a, b),
    "department": lambda text, a, b: _headed(text, {_HEAD: ()}, a, b),
    "bureau": lambda text, a, b: _headed(text, {"cục": ()}, a, b),
    "general_department": lambda text, a, b: _general_departments(text, a, b),
    "institute": lambda text, a, b: _headed(text, {"viện": ()}, a, b),
    "committee": _committees,
    "union": _unions,
    "centre": lambda text, a, b: _headed(text, {"trung": ("tâm",)}, a, b),
    "factory": lambda text, a, b: _headed(text, {"nhà": ("máy",), "xí": ("nghiệp",)}, a, b),
    "association": lambda text, a, b: _associations(text, a, b),
    "club": lambda text, a, b: _headed(text, {"clb": (), "câu": ("lạc", "bộ")}, a, b),
}
# kinds a title takes only from words pointing back to them ("Phó Giám đốc nhà máy", "Giám đốc trung tâm"), whatever
# its row in bare_role_bodies.tsv
_REFERENCE_KINDS = frozenset({"centre", "factory", "association", "club"})
# kinds of a national body, one per field: the one the whole article names is the bare title's when no sentence near
# it names any ("Theo Tổng cục Du lịch, ... Theo Phó Tổng cục trưởng Phạm Từ" two sentences on)
_NATIONAL_KINDS = frozenset({"general_department"})


def _kinds(cell: str) -> tuple[str, ...]:
    return tuple(k.strip() for k in cell.split(",") if k.strip())


@lru_cache(maxsize=1)
def _role_kinds() -> dict[str, tuple[tuple[str, ...], tuple[str, ...]]]:
    """Title -> (kinds of body it takes anywhere, kinds it takes only in apposition after a name)."""
    rows = table("bare_role_bodies.tsv")
    return {fold(row[0]): (_kinds(row[1]), _kinds(row[2]) if len(row) > 2 else ()) for row in rows}


@lru_cache(maxsize=1)
def _back_references() -> dict[str, str]:
    return {fold(k): v for k, v in mapping("back_references.tsv").items()}


def back_reference(keys: list[str], j: int) -> tuple[int, str]:
    """The words at keys[j:] that point back to a body named elsewhere ("nhà trường", "công ty") and their kind:
    (word count, kind), or (0, '')."""
    for size in (2, 1):
        kind = _back_references().get(" ".join(keys[j:j + size])) if j + size <= len(keys) else None
        if kind:
            return size, kind
    return 0, ""


@lru_cache(maxsize=4)
def _sentence_spans(text: str) -> tuple[tuple[int, int], ...]:
    return tuple((s.start, s.end) for s in sentences(text))


def _cut_short(text: str, name: str, at: int) -> bool:
    """The name found at `at` stops inside a longer one: its last word and the word after it are lower case
    ("Công ty Vận tải | hành khách đường sắt Hà Nội", "ĐH Khoa học | tự nhiên"), or the name goes on after a dash,
    a number or lower-case words ("Ngân hàng TMCP Sài Gòn | - Hà Nội", "Bệnh viện Nhân Dân | 115")."""
    after = text[at + len(name):at + len(name) + 40]
    return name.split()[-1][:1].islower() and bool(re.match(r" [a-zà-ỹđ]", after)) or bool(_GOES_ON.match(after))


def _runs_on(text: str, name: str, at: int) -> bool:
    """A lower-case word after the name goes on with it: it makes one word with the name's last, or the name has one
    word after its two-word head ("Trung tâm Dạy | nghề")."""
    after = re.match(r" ([a-zà-ỹđ]+)", text[at + len(name):at + len(name) + 20])
    words = name.split()
    return bool(after) and (len(words) <= 3 or is_word(words[-1], after.group(1)))


# a dash and a word, a number, lower-case words and a capital, or an abbreviation in brackets and the name's end
# right after a name: "- Hà Nội", " 115", "Công ty Gốm | xây dựng Hạ Long", "Hiệp hội Doanh nghiệp | (DN) Việt kiều"
_GOES_ON = re.compile(r"\s?[-–]\s?\w| \d|(?: [a-zà-ỹđ]+){1,3} [A-ZĐ]| \([A-ZĐ0-9&]{1,8}\) [A-ZĐ]")


def near_body(role: str, text: str, start: int, end: int, kind: str = "", apposed: bool = False,
              title_at: int | None = None) -> str:
    """The body a bare title in the sentence text[start:end] heads: the one body of the title's kinds (or of `kind`
    only) the sentence names, else the sentence before it, else the article's first sentence ('' if the first of
    these that names any names several, or a name cut short), else, for words pointing back to a body (`kind`) or a
    title of a national body (a Tổng cục), the one the whole article names. A people's committee or a union is looked
    for only for the title of a living Vietnamese name (`title_at` given: not "Chủ tịch Hồ Chí Minh"), and in the
    title's own sentence only before the title: after it, it is what the chairman acts on ("Chủ tịch Lê Thanh Hải
    chỉ đạo UBND quận 1")."""
    anywhere, after_name = _role_kinds().get(fold(role), ((), ()))
    kinds = anywhere + after_name if apposed or kind else anywhere
    if kind:
        kinds = (kind,) if kind in kinds or kind in _REFERENCE_KINDS else ()
    if not kinds:
        return ""
    spans = _sentence_spans(text)
    at = next((k for k, (a, b) in enumerate(spans) if a <= start < b), None)
    windows = [(start, end)]
    if at:
        windows.append(spans[at - 1])
        if at > 1:
            windows.append(spans[0])
    if title_at is None:
        kinds = tuple(k for k in kinds if k not in _PATTERN_KINDS)
    for w, (a, b) in enumerate(windows):
        found: dict[str, str] = {}
        shaped: dict[str, str] = {}
        for k in kinds:
            stop = title_at if w == 0 and k in _PATTERN_KINDS and title_at is not None else b
            (shaped if k in _PATTERN_KINDS else found).update(_KINDS[k](text, a, stop))
        if found or shaped:
            whole = _completed(text, kinds, found, a, kind in _REFERENCE_KINDS)
            return _one(whole | shaped) if whole is not None else ""
    if kind:
        return _article_body(text, kind) if kind not in _PATTERN_KINDS else ""
    national = [k for k in kinds if k in _NATIONAL_KINDS]
    return _article_body(text, national[0]) if len(national) == 1 and len(kinds) == 1 else ""


def _incomplete(text: str, name: str, at: int, reference: bool) -> bool:
    return _cut_short(text, name, at) or reference and _runs_on(text, name, at)


def _completed(text: str, kinds: tuple[str, ...], found: dict[str, str], start: int,
               reference: bool) -> dict[str, str] | None:
    """The names found from `start`, each one cut short ("Hội Khoa học | lịch sử có 22 hội") given the one whole name
    of the article it begins ("Hội Khoa học lịch sử Việt Nam"); None if a name cut short begins none or several."""
    cut = {key for key, name in found.items() if _incomplete(text, name, text.find(name, start), reference)}
    if not cut:
        return found
    article: dict[str, str] = {}
    for k in kinds:
        if k not in _PATTERN_KINDS:
            article.update(_KINDS[k](text, 0, len(text)))
    whole = {key: name for key, name in article.items() if not _incomplete(text, name, text.find(name), reference)}
    out = {key: name for key, name in found.items() if key not in cut}
    for key in cut:
        longer = {k for k in whole if k.startswith(key + " ")}
        if len(longer) != 1:
            return None
        (full,) = longer
        out[full] = whole[full]
    return out


def _article_body(text: str, kind: str) -> str:
    """The one body of `kind` the whole article names, for words pointing back to it ("Ông Nguyễn Quang Mâu, Giám đốc
    công ty, thì nói" in an article on one company named four sentences before); '' if none, several or cut short."""
    found = _KINDS[kind](text, 0, len(text))
    if any(_cut_short(text, name, text.find(name)) or _runs_on(text, name, text.find(name)) for name in found.values()):
        return ""
    return _one(found)


@lru_cache(maxsize=1)
def _chair_rivals() -> re.Pattern[str]:
    words = sorted(word_list("chair_rivals.txt"), key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in words) + r")(?= [A-ZĐ0-9])(?! [Nn]hân [Dd]ân)")


_CHAIR = "chủ tịch"
_LOCAL_UNITS = frozenset(fold(level).split()[0] for level in _LOCAL_LEVELS)  # a word of a committee below a province's


def _chaired_by_another(text: str, head: str, holder: str) -> bool:
    """The article names the chairman of the body `head` ("Chủ tịch HĐND Phùng Hữu Phú"), and not as `holder`."""
    chair = re.compile(r"(?<![Pp]hó )[Cc]hủ tịch " + re.escape(head) + r"((?: [A-ZĐ][^\s,.;:()]*){1,8})")
    chairs = [m.group(1) for m in chair.finditer(text)]
    return bool(chairs) and not any(holder in name for name in chairs)


def _rival_left(text: str, holder: str) -> bool:
    """The article names a body other than a people's committee that a chairman heads; with `holder` (the name after a
    bare 'Chủ tịch'), a body whose one chairman the article names as another person is none ("Chủ tịch HĐND Phùng
    Hữu Phú" beside "Chủ tịch Nguyễn Quốc Triệu")."""
    return any(not (holder and _chaired_by_another(text, m.group(), holder)) for m in _chair_rivals().finditer(text))


def only_committee(text: str, start: int, end: int, holder: str = "") -> str:
    """The one people's committee of a province or city the article names outside the sentence text[start:end] of
    the title (what a chairman acts on there: "Chủ tịch Lê Thanh Hải chỉ đạo UBND quận Bình Thạnh"), when it names
    no other body a chairman heads ('' if none, several, or another such body): "UBND TP" in an article where
    "Phó chủ tịch Nguyễn Thiện Nhân đã chỉ đạo Sở Du lịch ..."."""
    if _rival_left(text, holder):
        return ""
    found = _committees(text, 0, start) | _committees(text, end, len(text))
    if any(_LOCAL_UNITS & set(key.split()) for key in found):
        return ""
    return _one(found) if found else ""


def article_committee(role: str, text: str, start: int, end: int, holder: str = "") -> str:
    """The people's committee a bare chairman's title before the living Vietnamese name `holder` in the sentence
    text[start:end] heads, when the article names that committee and no other body such a title heads ('' otherwise);
    a body whose chairman is another person is no rival of a bare 'Chủ tịch' (one chairman a body; not so 'Phó')."""
    kinds = _role_kinds().get(fold(role), ((), ()))[0]
    sole = holder if fold(role) == _CHAIR else ""
    return only_committee(text, start, end, sole) if "committee" in kinds else ""
