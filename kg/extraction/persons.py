"""Person recogniser.

A name is a run of capitalised syllables on one line. It is a person when it starts with a known
Vietnamese surname (`Nguyễn Trọng Ánh Đông`: surname + one to four syllables), when it is a foreign
name (Latin letters only) after a title or honorific or starting with a common foreign given name
(`Tổng thống Mỹ Joe Biden`, `Angelina Jolie`), or when it is a short name after an honorific
(`chị Minh`). Honorifics, ranks, titles and a leading place (`Mỹ`, `Trung Quốc`) are stripped; names
inside place or body names (`TP Hồ Chí Minh`, `Đoàn TNCS Hồ Chí Minh`) are refused.

A foreign name without a title is also a person when it does what only a person does (`person_acts.txt`,
`player_cues.tsv` in a sports story), is said to be of a profession (`Gundogan là một cầu thủ`), carries a life's
years or a chess rating in brackets, or, named by one word elsewhere, is written in full (`Larson` -> `Brie
Larson`: `complete_foreign_names`, called once per article). A one-word foreign name after a title counts only in a
sports story (players go by one name; in other news a person needs a full name). Another name given with `tức`,
`tên thật là` (`alias_words.txt`) is the same person.

Foreign given names come from the hand list and from an international first-name list (`given_names.py`); a
profession or person noun in apposition (`X, một sĩ quan ...`) also makes a foreign name a person. Names inside a
memorial's name (`memorial_words.txt`), anonymised initials (`Lê Thị Th.`) and family names before a country or a
firm are refused; a district name after a form of address or a profession is a given name (`giám khảo Thanh Hà`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from kg.extraction import lexicon, person_crf
from kg.extraction.foreign import is_foreign_name
from kg.extraction.gazetteer import countries, districts, place_names, provinces, wards
from kg.extraction.given_names import listed_given_names, place_given_names, rare_given_names
from kg.extraction.lexicon import body_words, historical_persons
from kg.extraction.mentions import PersonMention
from kg.lexicons import table, word_list
from kg.text.dictionary import is_proper_word, is_word
from kg.text.normalize import fold, repair_tone, strip_marks
from kg.text.segment import Token
from kg.text.syllables import is_syllable, looks_foreign

MAX_GIVEN = 4
_CUE_MATCHERS = (("honorific", lexicon.honorifics), ("rank", lexicon.ranks), ("role", lexicon.roles))


@cache
def _hand_given() -> frozenset[str]:
    return frozenset(word_list("foreign_given_names.txt"))


@cache
def _foreign_given() -> frozenset[str]:
    """The hand-written given names and the international list's: a run opened by one is a foreign name."""
    return _hand_given() | listed_given_names()


@cache
def _org_words() -> frozenset[str]:
    return frozenset(word_list("org_words.txt"))


@cache
def _non_name_openers() -> frozenset[str]:
    return frozenset(word_list("non_name_openers.txt"))


@cache
def _two_word_blockers() -> frozenset[str]:
    return frozenset(fold(w) for w in word_list("name_blockers.txt") if len(w.split()) == 2)


def _honorific_places() -> frozenset[str]:
    return lexicon.folded_words("honorific_places.txt")


def _birth_orders() -> frozenset[str]:
    return lexicon.folded_words("birth_order_names.txt")


@cache
def _non_persons() -> frozenset[str]:
    lists = ("non_persons.txt", "year_era_names.txt", "sports_teams.txt")
    return frozenset(fold(w) for name in lists for w in word_list(name))


_INITIAL_NAME = re.compile(r"^[A-Z]\.[A-Z][a-z]{2,}$")
_CAMEL_NAMES = ("Mc", "Mac", "De", "Le", "La", "Di", "Da", "Van", "Du", "Fitz", "O'")


_DIGRAPHS = {"Th", "Tr", "Ng", "Nh", "Ch", "Kh", "Ph", "Gh", "Gi", "Qu", "Ngh"}  # a given name cut to its initial
_INITIALS = re.compile(r"^[A-ZĐ](?:\.[A-ZĐ])*\.?$")


def _initials_at(toks: list[Token], j: int) -> bool:
    """Initials follow the name ("Đặng V.L.", "Lê Thị H. N."): the given name is abbreviated, no name is left."""
    return j + 1 < len(toks) and toks[j - 1].end + 1 == toks[j].start and _INITIALS.match(toks[j].text) is not None \
        and toks[j + 1].text == "." and toks[j].end == toks[j + 1].start \
        and not (j + 2 < len(toks) and toks[j + 2].text[:1].isupper() and len(toks[j + 2].text) > 2
                 and looks_foreign(toks[j + 2].text))  # "George W. Bush": a middle initial


_PREFIXED_NAME = re.compile(r"^[HY]['’][A-ZĐ][^\W\d_]+$")  # Ê Đê given names: "H'Hen Niê", "Y'Moan"
_ARTICLE_NAME = re.compile(r"^(?:al|el|ad|an|ar|as|ash|at|az|ud|ul)-[A-Z][a-z]+$")  # "al-Assad", "el-Sisi"


def _is_name_token(tok: Token) -> bool:
    t = tok.text.replace("’", "'")  # a typographic apostrophe is the plain one ("Tim O’Brien", "Ea H’Leo")
    if _ARTICLE_NAME.match(t) or _PREFIXED_NAME.match(t):
        return True  # an Arabic family name glued to its article ("Bashar al-Assad"), an Ê Đê "H'Hen"
    if not t[:1].isupper() or not t.replace("'", "").replace("-", "").replace(".", "").isalpha():
        return False
    if len(t) > 1 and t.isupper():  # acronyms (UBND) and bylines in capitals are not name syllables
        return False
    if not t.isascii() and any(c.isupper() for c in t[1:]) and "-" not in t:
        return False  # glued words ("VNHà")
    if t.isalpha() and any(c.isupper() for c in t[1:]) and not t.startswith(_CAMEL_NAMES):
        return False  # brands and outlets ("VnExpress", "LienVietPostBank"), not "McCarty", "DeGeneres"
    return len(t) <= 20


_PARTICLES = {"de", "da", "do", "dos", "das", "del", "della", "di", "du", "van", "von", "der", "den", "ter", "le", "la",
              "bin", "binti", "al", "el", "ibn"}


_SECOND_PARTICLES = {"der", "den", "la", "los", "las"}  # "Von der Leyen", "De la Cruz"; not "Nguyễn Du do Hội"


def _particle(toks: list[Token], j: int, text: str) -> int:
    """Length of one or two lower-case particles between two foreign name words ("Carlos de Abreu", "Ursula von
    der Leyen"), 0 if none."""
    n = 2 if j + 1 < len(toks) and toks[j + 1].text in _PARTICLES and text[toks[j].end:toks[j + 1].start] == " " \
        else 1
    return n if toks[j].text in _PARTICLES and j + n < len(toks) and _is_name_token(toks[j + n]) \
        and text[toks[j + n - 1].end:toks[j + n].start] == " " \
        and (looks_foreign(toks[j - 1].text) or toks[j - 1].text.lower() in _PARTICLES) \
        and (n == 2 or looks_foreign(toks[j + n].text) or toks[j - 1].text.lower() in _PARTICLES
             and toks[j].text in _SECOND_PARTICLES) \
        else 0  # "Van der Bellen", "Von der Leyen": a capitalised particle opens the name


def capital_runs(toks: list[Token], text: str) -> list[tuple[int, int]]:
    """Maximal runs of name-like tokens separated by plain spaces."""
    runs = []
    i = 0
    n = len(toks)
    while i < n:
        if not _is_name_token(toks[i]):
            i += 1
            continue
        j = i + 1
        while j < n and text[toks[j - 1].end:toks[j].start] in (" ", "\u00a0"):
            if _is_name_token(toks[j]):
                j += 1
            elif _particle(toks, j, text):
                j += _particle(toks, j, text) + 1  # "Carlos de Abreu", "Ludwig van Beethoven"
            else:
                break
        runs.append((i, j))
        i = j
    return runs


_STRONG = {"honorific", "comrade"}
_SURNAME_ADDRESS = {"ông", "bà", "ngài"}  # before a foreign family name ("ông Trump"); "anh Rachid" is a given name
_OPENERS = {"Theo", "Trong", "Khi", "Sau", "Tại", "Với", "Đến", "Ngoài", "Để", "Vì", "Nếu", "Còn", "Cũng", "Nhưng",
            "Tuy", "Riêng", "Cùng", "Gặp", "Thưa", "Gửi", "Hỏi", "Được", "Nghe", "Như", "Do", "Bởi", "Cho", "Giữa",
            "Chính"}
_LINKS = {"như", "là", "gồm"}  # "các danh nhân như Nguyễn Trãi"
_TRAILING_ADDRESS = {"Em", "Ông", "Bà", "Chị", "Cô", "Chú", "Cháu", "Bác", "Cụ", "Thưa",
                     "Có", "Không", "Nhưng", "Theo", "Trong", "Khi", "Sau", "Tuy", "Tại", "Với", "Đến", "Từ",
                     "Ngoài", "Để", "Vì", "Nếu", "Còn", "Cũng", "Hiện"}  # the next sentence begins
_TIME_WORDS = {"sáng", "chiều", "tối", "trưa", "đêm", "hôm", "ngày", "tháng", "năm", "sau", "trước"}
_TIME_NEXT = {"nay", "qua", "mai", "hôm", "ngày", "mùng", "mồng", "cùng", "đó"}


def _time_phrase_at(toks: list[Token], keys: list[str], k: int) -> bool:
    """Token k opens a time phrase ("Sáng nay", "Chiều 5-4", "Ngày 20/1"): a new sentence begins."""
    if keys[k] not in _TIME_WORDS or k + 1 >= len(toks):
        return False
    nxt = toks[k + 1].text
    return nxt[:1].isdigit() or fold(nxt) in _TIME_NEXT


_PLACE_HEADS = {"ủy", "tỉnh", "phố", "bang", "quận", "huyện", "xã", "phường", "vùng", "miền", "khu", "hạt", "thị"}


def _kind(kind: str, value: object) -> str:
    """Honorifics split into strong ones (`ông`, `chị`) and weak ones (`học sinh`, `bác sĩ`)."""
    if kind != "honorific":
        return kind
    return "honorific" if value in _STRONG else "weak"


def _person_modifiers() -> frozenset[tuple[str, ...]]:
    return lexicon.folded_phrases("person_modifiers.txt")


_NOUNS_ENDING_IN_ADDRESS = {("trẻ", "em")}  # "trẻ em Bình Nhì", "Tổ chức trẻ em Rồng Xanh": children, no "em X"


def _cue_before(keys: list[str], i: int, fields: bool = False) -> str:
    """The kind of honorific, rank or title phrase ending right before token i ('' if none); a profession may be
    qualified before the name ("diễn viên nhí Kal So Won")."""
    for kind, get in _CUE_MATCHERS:
        matcher = get()
        for n in range(min(matcher.longest, i), 0, -1):
            value = matcher.entries.get(tuple(keys[i - n:i]))
            if value is not None and not (i > n and (keys[i - n - 1], *keys[i - n:i]) in _NOUNS_ENDING_IN_ADDRESS):
                return _kind(kind, value)
    for n in (2, 1):
        if i > n and tuple(keys[i - n:i]) in _person_modifiers():
            value = lexicon.honorifics().entries.get(next(
                (tuple(keys[i - n - m:i - n]) for m in (3, 2, 1) if tuple(keys[i - n - m:i - n])
                 in lexicon.honorifics().entries), ()))
            if value is not None and _kind("honorific", value) == "weak":
                return "weak"
    for n in (1, 2) if fields else ():  # "chuyên gia bảo mật Alon Gal": an expert and the field
        field = keys[i - n:i]
        if all(w.isalpha() for w in field) and not set(field) & _NOT_FIELDS \
                and (any(i - n - len(p) >= 0 and tuple(keys[i - n - len(p):i - n]) == p for p in _FIELD_PROFESSIONS)
                     or _profession_ends(keys, i - n)):
            return "field"  # "vận động viên điền kinh Usain Bolt": a profession, its field, a foreign name
    return ""


def _profession_ends(keys: list[str], k: int) -> bool:
    """A profession of the honorifics lexicon ends right before token k ("vận động viên", "nhiếp ảnh gia")."""
    entries = lexicon.honorifics().entries
    return any(k - m >= 0 and entries.get(tuple(keys[k - m:k])) == "profession" for m in (3, 2))  # not "vai vua lùn"


def _dwelling_heads() -> frozenset[tuple[str, ...]]:
    return lexicon.folded_phrases("dwelling_heads.txt")


def _dwellers_place(keys: list[str], i: int) -> bool:
    """The person noun before token i follows a place head: the place of those people ("Làng sinh viên X")."""
    for n in (1, 2):
        if i - n > 0 and _cue_before(keys[i - n:i], n) and any(
                tuple(keys[i - n - len(h):i - n]) == h for h in _dwelling_heads()):
            return True
    return False


_FIELD_PROFESSIONS = (("chuyên", "gia"), ("nhà", "nghiên", "cứu"), ("nhà", "khoa", "học"), ("nhà", "phân", "tích"))
_NOT_FIELDS = {"của", "cho", "và", "do", "với", "cùng", "là", "tại", "ở", "từ", "đến", "mà", "thì", "đã", "sẽ", "được",
               "bị", "người", "nước", "các", "những", "này", "đó", "như", "gồm", "phim"}  # "đạo diễn phim His House"


_POSTED_AT = {"tại", "ở"}


@cache
def _envoys() -> lexicon.PhraseMatcher:
    return lexicon.PhraseMatcher(dict.fromkeys(word_list("envoy_roles.txt"), True))


def _envoy_before(toks: list[Token], keys: list[str], k: int, reach: int = 5) -> bool:
    """An envoy's title opens the capitalised words right before token k ("Đại sứ Ấn Độ" before "tại")."""
    envoys = _envoys()
    for e in range(k - 1, max(-1, k - reach), -1):
        if not toks[e].text[:1].isalnum() or keys[e] in _NOT_TITLE_GAP:
            return False
        m = envoys.match(toks, e, keys)
        if m and e + m[0] < k:
            return keys[e + m[0]] != "quán"  # "Đại sứ quán Séc ở Moscow": the embassy, no envoy
    return False


def _title_near(toks: list[Token], keys: list[str], i: int, reach: int = 9) -> bool:
    """A title starts within the few words before token i, with no punctuation in between
    ("Chủ tịch Hạ viện Nancy Pelosi", "Chủ tịch HĐND TP Phạm Phương Thảo")."""
    roles = lexicon.roles()
    for k in range(i - 1, max(-1, i - reach), -1):
        if keys[k] in _POSTED_AT and _envoy_before(toks, keys, k, 5 if reach <= 9 else 10):
            continue  # "Đại sứ Ấn Độ tại Mỹ Taranjit Singh Sandhu": the envoy's post names where he is posted
        if not toks[k].text[:1].isalnum() and toks[k].text != "&" or keys[k] in _NOT_TITLE_GAP:
            return False  # "đội trưởng của Real Madrid", "trợ lý HLV tại Old Trafford": no holder after these
        m = roles.match(toks, k, keys)
        if m and k + m[0] <= i:
            return True
    return False


def _given_full(toks: list[Token], a: int, b: int) -> bool:
    return b - a == 2 and toks[a].text in _foreign_given() and all(looks_foreign(t.text) for t in toks[a:b])


def _first_of_named(toks: list[Token], i: int, j: int) -> bool:
    """After a plural cue, a listed given name and a family name followed by another such name after a comma or
    "và" open a list of persons ("các cầu thủ Mesut Ozil, Mathieu Flamini", "hai nghệ sĩ Mia Neal và Jamika
    Wilson"), not a team ("các cầu thủ Real Madrid và Barcelona")."""
    if not _given_full(toks, i, j) or j + 2 >= len(toks) or toks[j].text not in (",", "và"):
        return False
    k = j + 1
    while k < len(toks) and toks[k].text[:1].isupper() and k - j <= 3:
        k += 1
    return _given_full(toks, j + 1, k)


def _counted_named(toks: list[Token], keys: list[str], i: int, j: int) -> bool:
    """After a count of people ("hai đạo diễn", "ba nghệ sĩ"), a listed given name and a family name are the first
    of the people counted ("hai đạo diễn Olivier Assayas người Pháp với ... và đạo diễn Cristian Mungiu"); a group
    word ("các", "những") may head a team instead ("các cầu thủ Real Madrid")."""
    return _given_full(toks, i, j) and any(keys[k] in ("hai", "ba") for k in range(max(0, i - 4), i - 1))


def _plural_before(keys: list[str], i: int) -> bool:
    """A plural word opens the phrase before token i ("các cầu thủ Liverpool"), not an earlier one ("vòng ba và
    chồng cũ Kanye West")."""
    for k in range(i - 2, max(-1, i - 5), -1):
        if keys[k] in ("các", "những", "nhiều", "hai", "ba"):
            return True
        if keys[k] in ("và", ",", "với", "của", "là"):
            return False
    return False


def _cut_at_role(toks: list[Token], keys: list[str], i: int, j: int) -> int:
    """End a run where a title begins inside it ("Nguyễn Bá Diệp Phó Chủ tịch"), also right after its first word: a
    word before a title is no name ("Từ Trưởng khoa Cấp cứu, ...": the preposition opens the sentence)."""
    roles = lexicon.roles()
    for k in range(i + 1, j):
        m = roles.match(toks, k, keys)
        if m and m[0] >= 2:
            return k
    return j


def _place_tokens(toks: list[Token], keys: list[str], i: int, j: int) -> set[int]:
    """Token indexes of the run covered by a place name of two or more syllables ("Bồ Đào Nha")."""
    places = _places()
    covered: set[int] = set()
    for a in range(i, j):
        for b in range(min(j, a + 5), a + 1, -1):
            if " ".join(keys[a:b]) in places:
                covered.update(range(a + 1, b))
                break
    return covered


_COPULAS = {"là", "bị", "được", "đã", "đang", "sẽ", "vừa", "cũng", "để"}  # a predicate starts: "Thu Trang | bị cướp"


_BIRTH_DATE_WORDS = {"năm", "ngày", "tháng"}


def _glued_word(toks: list[Token], j: int) -> bool:
    """The run's last syllable and the next lower-case one form a word ("Ủy viên", "Hội nghị"), and
    that next one does not rather form a word with its own follower ("Hải báo cáo")."""
    if j >= len(toks) or not toks[j].text.islower() or toks[j].text in _COPULAS:
        return False  # "Hứa Ngọc Nghĩa là Trưởng Ban": the copula, not "nghĩa là"
    if toks[j].text == "sinh" and j + 1 < len(toks) and (toks[j + 1].text in _BIRTH_DATE_WORDS
                                                          or toks[j + 1].text.isdigit()):
        return False  # "Phạm Thanh Bình sinh năm 1954", "Cao Đức Phát sinh 1960": the birth date, not "bình sinh"
    if j + 1 < len(toks) and toks[j + 1].text.islower() and is_word(toks[j - 1].text, toks[j].text, toks[j + 1].text):
        return True  # "Thanh | thiếu niên": a word of three syllables
    if not is_word(toks[j - 1].text, toks[j].text):
        return False
    return not (j + 1 < len(toks) and is_word(toks[j].text, toks[j + 1].text)
                and toks[j + 1].text not in _NOT_MODIFIERS)  # "Đoàn Thanh tra của Bộ": no "tra của"


_TITLE_SURNAMES = {"phó", "thích"}  # family names that open titles ("Phó Tổng Quản lý") and "Thích Ca Phật đài"


@cache
def _title_openings() -> frozenset[tuple[str, str]]:
    """"Phó" and the first word of a title of two words or more ("phó chủ" of "Phó Chủ tịch", "phó bộ" of "Phó Bộ
    trưởng"): the deputy's title cut short, never a family name and a given name."""
    return frozenset(("phó", k[0]) for k in lexicon.roles().entries if len(k) >= 2 and k[0] != "phó") \
        | frozenset(k[:2] for k in lexicon.roles().entries if len(k) >= 3 and k[0] == "phó")


def _given_ends_name(toks: list[Token], keys: list[str], i: int, j: int) -> bool:
    """Three syllables, a family name first, no two neighbours a word ("Nguyễn Hoài Bắc thuộc Công ty", "Tạ Đình
    Phong cầm chặt tay", "Lâm Kiến Danh từ nhỏ"): the given name ends the name though it makes a word with the next
    one ("bắc thuộc", "phong cầm"); not a body's words ("Nông Lâm Thủy sản", "Đoàn Hội Hữu nghị")."""
    return j - i == 3 and keys[i] not in _TITLE_SURNAMES | _GROUP_SURNAMES and _surname_len(toks, keys, i, j) == 1 \
        and not is_word(toks[i].text, toks[i + 1].text) and not is_word(toks[i + 1].text, toks[i + 2].text) \
        and all(is_syllable(t.text) for t in toks[i:j])


def _written_alone(text: str, toks: list[Token], a: int, b: int) -> bool:
    """The name toks[a:b] is historical or the article writes it elsewhere with no capitalised word after it ("ông
    Võ Dũng dường như ..." beside "Ông Võ Dũng Thống kê của Sở ..."): a three-syllable run ending in a syllable that
    forms a word with the next one is that name and the word; otherwise the syllable is the name's own ("Trưởng
    ban kiểm phiếu Phạm Minh Tuyên đọc biên bản", "đội trưởng Trần Chí Công nhận thẻ vàng")."""
    name = text[toks[a].start:toks[b - 1].end]
    if fold(name) in historical_persons():
        return True
    for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text):
        after = text[m.end():m.end() + 3].lstrip()
        if not after[:1].isupper():
            return True
    return False


def _foreign(toks: list[Token]) -> bool:
    """Latin letters or words that are no Vietnamese syllable: a foreign name ("Obama", "Jean Louis Debré")."""
    return all(t.text.isascii() or not any(map(is_syllable, t.text.split("-"))) or _spelled(t.text) for t in toks) \
        and any(len(t.text) > 2 for t in toks) \
        and fold(strip_marks(" ".join(t.text for t in toks))) not in _bare_places()


def _spelled(word: str) -> bool:
    """A foreign name word spelled out in hyphened Vietnamese syllables ("Khăm-tày", "Phôm-vi-hẳn")."""
    head, _, rest = word.partition("-")
    return bool(rest) and head[:1].isupper() and rest.islower()


@cache
def _places() -> frozenset[str]:
    """Place names, with districts the package writes with their kind ("cao lãnh (thành phố)") also bare."""
    return place_names() | frozenset(k.split(" (")[0] for k in districts() if " (" in k)


@cache
def _bare_places() -> frozenset[str]:
    """Place names without diacritics ("ha tinh"): such a sequence is a place typed without marks."""
    return frozenset(strip_marks(p) for p in _places())


_BODY_AFTER = {("đoàn",): {"trung ương", "tư", "tw", "t.ư"}, ("hội",): {"trung ương", "tư", "tw", "t.ư"}}


def _body_word_before(keys: list[str], k: int) -> bool:
    """Token k is a surname that here ends a body name ("Trung ương Đoàn", "TƯ Hội")."""
    before = _BODY_AFTER.get((keys[k],))
    return bool(before) and k > 0 and (keys[k - 1] in before or k > 1 and " ".join(keys[k - 2:k]) in before)


def _place_openers() -> frozenset[str]:
    return lexicon.folded_words("place_openers.txt")


@cache
def _path_words() -> frozenset[str]:
    return lexicon.folded_words("path_words.txt")


def _route_start(toks: list[Token], keys: list[str], i0: int, start_i: int, j: int) -> bool:
    """The run opens a route, "từ" X then a word of motion and a capitalised word or a place word ("Từ Bắc vào
    Nam", "tuyến vi ba từ Đèo Nai đi đảo Quan Lạn"): X is a place."""
    opens = keys[start_i] == "từ" and start_i + 1 < j or start_i == i0 and i0 > 0 and keys[i0 - 1] == "từ"
    return opens and j + 1 < len(toks) and keys[j] in _path_words() \
        and (toks[j + 1].text[:1].isupper() or keys[j + 1] in _PLACE_HEADS or keys[j + 1] in _ROUTE_PLACE_WORDS)


_SITUATED = re.compile(r"[^\S\n]*\((?:nay[^\S\n]+)?thuộc[^\S\n]+(\w+)", re.IGNORECASE)


def _situated(text: str, toks: list[Token], j: int) -> bool:
    """A bracket right after the run says which place it lies in ("Hồ Khe Gỗ (thuộc địa bàn xã Nghi Lâm)", "quốc
    lộ 13 và Hồ Văn Cống (thuộc phường Tương Bình Hiệp)"): a place, not a person (not "LS Cao Hoàng Sang (thuộc
    Đoàn LS TP.HCM)", where the bracket names a body)."""
    m = _SITUATED.match(text, toks[j - 1].end)
    return bool(m) and (fold(m.group(1)) in _PLACE_HEADS or fold(m.group(1)) in _SITUATING_WORDS
                        or fold(m.group(1)) in lexicon.folded_words("address_place_words.txt"))


_SITUATING_WORDS = {"địa", "thành", "tp"}  # "(thuộc địa bàn ...)", "(thuộc thành phố ...)"


_ROUTE_PLACE_WORDS = {"đảo", "thành", "thủ", "nước", "cảng", "sân", "biên", "cửa"}  # "đi đảo Quan Lạn"


def _listed_after_person(text: str, toks: list[Token], found: list[PersonMention], i: int) -> bool:
    """Token i continues a list of persons ("các đồng chí Mai Lộc, Lê Minh Hiền, Hồ Vĩnh Thuận")."""
    return bool(found) and found[-1].tok_end <= i and text[found[-1].end:toks[i].start].strip() in (",", "và", ";")


def _addressed(text: str, given: str) -> bool:
    """The article calls someone by this given name after a form of address ("anh Xuân khoe")."""
    return bool(re.search(rf"(?<!\w)(?i:anh|chị|ông|bà|em|cô|chú|bác|cụ) {re.escape(given)}(?!\w)", text))


def _middle_name_surnames() -> frozenset[str]:
    return lexicon.folded_words("middle_name_surnames.txt")


_MIDDLE_NAMES = {"thị", "văn"}


def _surname_len(toks: list[Token], keys: list[str], i: int, j: int) -> int:
    m = lexicon.surnames().match(toks[:j], i, keys)
    if m:
        return m[0]
    if i + 2 >= j or keys[i] not in _middle_name_surnames():
        return 0
    # "Hà Thị Khiết": an ambiguous family name counts before a middle name and a given name, and before exactly two
    # syllables that with it name no place ("Hà Đức Chinh", "Hà Gia Kính"; not "Hà Nội Mới", "Hà Tây Trầm")
    return 1 if keys[i + 1] in _MIDDLE_NAMES or i + 3 == j and all(is_syllable(t.text) for t in toks[i:j]) \
        and not any(" ".join(keys[i:i + n]) in _places() for n in (2, 3)) and " ".join(keys[i + 1:j]) not in _places() \
        and _opens_name(toks, keys, i) else 0


def _opens_name(toks: list[Token], keys: list[str], i: int) -> bool:
    """Token i opens the name: no capitalised word but a form of address, a rank or a title ends right before it
    ("GS Văn Như Cương"; not "Hồ Văn Bé Hùng", "ĐHDL Văn Hiến": "Văn" is a middle name or a word there)."""
    return i == 0 or not toks[i - 1].text[:1].isupper() or bool(_cue_before(keys, i))


@cache
def _minority_surnames() -> lexicon.PhraseMatcher:
    return lexicon.PhraseMatcher({w: w for w in word_list("minority_surnames.txt")})


def _minority_name(toks: list[Token], keys: list[str], i: int, j: int) -> bool:
    """A run opened by a Central Highlands family name and one to three more words (its given name is often no
    Vietnamese syllable: "Ksor Rinpa", "Kpă Cha"), not a place the gazetteer knows."""
    m = _minority_surnames().match(toks[:j], i, keys)
    return bool(m) and 1 <= j - i - m[0] <= 3 and " ".join(keys[i:j]) not in _places()


def _nationality(toks: list[Token], keys: list[str], a: int, b: int, j: int) -> bool:
    """Tokens a..b name a country and two to four foreign words follow to the end of the run."""
    return " ".join(keys[a:b]) in countries() and 2 <= j - b <= 4 and all(looks_foreign(t.text) for t in toks[b:j])


_NATIONALITY_NOUNS = {"người", "gốc"}  # "người Mỹ", "gốc Nhật Bản": a nationality before a name
_ENGLISH_LINKS = {"with", "of", "for", "from", "and", "at", "in", "on", "by", "the", "to"}


def _inside_english_name(toks: list[Token], i: int) -> bool:
    """An English function word joins the run to a capitalised word before it: the run ends an English name or title
    ("The Tonight Show with Jay Leno"), not a person's name in a Vietnamese sentence."""
    return i >= 2 and toks[i - 1].text in _ENGLISH_LINKS and toks[i - 2].text[:1].isupper() \
        and toks[i - 2].text.isascii() and toks[i - 2].text.isalpha()


_LOWER_PLACE_HEADS = {"châu", "miền", "vùng", "xứ", "đảo"}


def _name_over_place(toks: list[Token], keys: list[str], i: int, b: int, j: int, cue: str) -> bool:
    """After a form of address or a profession, a place name (tokens i..b) that opens a family name and one or two
    more syllables is the person's full name ("thí sinh Vũ Quang Huy", "anh Hà Nam Khánh"), not the place and a given
    name; a title keeps its place ("Đại sứ Mỹ Ted Osius", "Bí thư Hà Tĩnh Lê Đình Sơn")."""
    if cue not in ("weak", "honorific") or j <= b:
        return False
    sn = _surname_len(toks, keys, i, j)
    return bool(sn) and 1 <= j - (i + sn) <= 2 and all(is_syllable(t.text) for t in toks[i:j])


def _address_before_name(toks: list[Token], keys: list[str], i: int, b: int, j: int) -> bool:
    """A place named after a form of address (tokens i..b: "Ông Tạ", "Bà Triệu") opens a run that goes on past it
    with a family name and a given name ("Ông Tạ Văn Minh", "Bà Triệu Thị Nguyệt"), and no place word precedes it
    ("chợ Ông Tạ"): the form of address and a person's full name."""
    if keys[i] not in _SURNAME_ADDRESS or j <= b or i and keys[i - 1] in lexicon.blocker_words():
        return False
    sn = _surname_len(toks, keys, i + 1, j)
    return bool(sn) and 1 <= j - (i + 1 + sn) <= MAX_GIVEN - 1 and all(is_syllable(t.text) for t in toks[i + 1:j])


def _given_country(toks: list[Token], i: int, j: int, cue: str) -> bool:
    """Right after a form of address, a given name that also names a country opens a two-word foreign name
    ("Ông Jordan Ryan", "ông Israel Katz"), no nationality."""
    return j - i == 2 and cue in _STRONG and toks[i].text in place_given_names() and toks[i + 1].text.isascii() \
        and not is_syllable(toks[i + 1].text)


def _strip(toks: list[Token], keys: list[str], i: int, j: int, cue: str, text: str = "") -> tuple[int, str]:
    """Skip honorifics, ranks, titles and places at the start of a run; i == j when nothing is left."""
    places = _places()
    if 0 < i < j - 1 and keys[i - 1] in _LOWER_PLACE_HEADS and f"{keys[i - 1]} {keys[i]}" in places:
        i += 1  # "Ủy ban châu Âu Ursula von der Leyen": the run's first word ends a place written in lower case
    while i < j:
        if toks[i].text in _OPENERS and i + 1 < j and any(get().match(toks, i + 1, keys) for _, get in _CUE_MATCHERS):
            i += 1  # "Theo Ông X": the preposition opens the sentence, the honorific follows
            continue
        if i > 0 and keys[i - 1] in _NATIONALITY_NOUNS and _nationality(toks, keys, i, i + 1, j):
            i, cue = i + 1, cue or "weak"  # "tiền đạo người Pháp Ibou Kebe": a one-word country, then the name
            continue
        whole_place = next((n for n in (4, 3, 2) if i + n <= j and (" ".join(keys[i:i + n]) in places
                            and " ".join(keys[i:i + n]) not in historical_persons()
                            or " ".join(keys[i:i + n]) in _honorific_places())
                            and not _address_before_name(toks, keys, i, i + n, j)
                            and not _name_over_place(toks, keys, i, i + n, j, cue)
                            and not (n == j - i == 2
                                     and _given_name_like_place(text, toks, keys, " ".join(keys[i:j]), i, cue))),
                           0)
        if whole_place:  # "Bà Rịa-Vũng Tàu", "Cao Bằng": a place, not an honorific and a name
            cue = cue or ("weak" if i > 0 and keys[i - 1] == "người" else "")  # "người Trung Quốc Qin Shuren"
            if not cue and _nationality(toks, keys, i, i + whole_place, j):
                cue = "weak"  # "phe đối lập ở Sri Lanka Sajith Premadasa": a country names a foreigner's nationality
            i += whole_place
            continue
        body = next((n for n in (3, 2, 1) if i + n < j and " ".join(keys[i:i + n]) in _non_persons()
                     and " ".join(keys[i:j]) not in _non_persons()
                     and all(looks_foreign(t.text) for t in toks[i + n:j])), 0)
        if body and not _given_country(toks, i, j, cue):
            # "thủ lĩnh Taliban Akhtar Mansour": a named body before a foreigner's name, like a country
            i += body
            continue
        for kind, get in _CUE_MATCHERS:
            m = get().match(toks, i, keys)
            if m:
                i, cue = min(j, i + m[0]), _kind(kind, m[1])
                break
        else:
            for n in range(min(4, j - i - 1), 0, -1):
                rest = toks[i + n:j]
                if n == 1 and j - i == 2 and is_syllable(toks[i + 1].text) and not looks_foreign(toks[i + 1].text) \
                        and i > 0 and keys[i - 1] not in _PLACE_HEADS and not _surname_len(toks, keys, i + 1, j):
                    continue  # "chị Mỹ Dung", "ca sĩ Mỹ Linh": a one-syllable country opens a two-syllable given name
                if n == 1 and _given_country(toks, i, j, cue):
                    continue
                if " ".join(keys[i:i + n]) in places and (cue or _surname_len(toks, keys, i + n, j)
                                                         or rest and rest[0].text in _foreign_given()) \
                        and not _name_over_place(toks, keys, i, i + n, j, cue):
                    i += n
                    break
            else:
                return i, cue
    return i, cue


# "96 Lò Đúc", "S48 Phan Xích Long"; a number alone on the line before is a table's row number, no house number
_ADDRESS = re.compile(r"(?:\b[A-Z]?\d+[A-Za-z]?(?:/\d+)*|\bsố \d+)[^\S\n]*\Z")
_YEAR = re.compile(r"(?:19|20)\d\d")
_UNIT_NUMBER = re.compile(r"(?:(?<!\w)[Qq]uận|(?<!\w)[Pp]hường|(?<!\w)[QP]\.)\s*\Z")  # "quận 5", "Q.10", "phường 3"


def _row_number(text: str, a: int, b: int) -> bool:
    """A number that opens its line glued to the capitalised word after it: a table's row number."""
    return text[a:b].isdigit() and (a == 0 or text[a - 1] == "\n")
# an address whose number a comma separates from the street: "Nhà A17, Tạ Quang Bửu", "ngõ 16, Tạ Quang Bửu",
# "61/ 10, Lạc Trung", "Đ/c: 9/22, Phạm Văn Hai" (not a date: "Tháng 9/2016, Hà Ngạo Nhi ...", "Ngày 15/3, ...")
_ADDRESS_COMMA = re.compile(r"(?:\b(?i:nhà|ngõ|hẻm|ngách|kiệt)\s+[A-Z]?\d+[A-Za-z]?(?:/\s?\d+[A-Za-z]?)*"
                            r"|\b(\d+)[A-Za-z]?/\s?(\d+)[A-Za-z]?(?:/\d+)*)\s*,\s*$")


def _address_comma(text: str, start: int) -> bool:
    m = _ADDRESS_COMMA.search(text, max(0, start - 20), start)
    if not m or m.group(1) is None:
        return bool(m)
    day, month = int(m.group(1)), int(m.group(2))
    return not (day <= 31 and (month <= 12 or 1900 <= month <= 2100) or day <= 12 and 1900 <= month <= 2100)
_PLACE_BEFORE_NUMBER = re.compile(r"(?i:tại|ở|đường|phố|ngõ|hẻm|nhà|lộ|khu|vòng)\s+(?:số\s+)?$")
_BUILDING_BEFORE_NUMBER = re.compile(r"(?i:chung cư|căn hộ|cao ốc|tòa nhà|toà nhà|ngã|km)\s+(?:số\s+)?$")


def _numbered_body(text: str, toks: list[Token], keys: list[str], i: int, number_start: int) -> bool:
    """The number before token i ends the name of a body under a title, with no locative before it ("Tổng giám đốc
    PMU 18 Bùi Tiến Dũng", "Đội trưởng Đội quản lý thị trường số 2 Ngô Vi Thu", "Tổ trưởng tổ 21 Lê Ngọc Thuận"):
    the body's number, not a house number."""
    k = next((k for k in range(i - 1, max(-1, i - 3), -1) if toks[k].start == number_start), None)
    before = text[max(0, number_start - 16):number_start]
    return k is not None and k > 0 and _title_near(toks, keys, k) \
        and not _PLACE_BEFORE_NUMBER.search(before) and not _BUILDING_BEFORE_NUMBER.search(before)
_UNIT_BEFORE = re.compile(r"(?<!\S)(?:TP\.?|Tp\.?|tỉnh|thành phố|huyện(?: đảo)?|quận|thị xã|xã|phường)\s*$")


def _unit_before(text: str, start: int) -> bool:
    """The word right before is an administrative unit inside a post ("Chủ tịch HĐND TP Phạm ...")."""
    return bool(_UNIT_BEFORE.search(text, max(0, start - 15), start))


_CLAUSE_MARK = re.compile(r"[,.;:!?()\"“”–—]|\s-\s")


@lru_cache(maxsize=256)
def _unit_named(text: str, name: str) -> bool:
    """The article writes the name right after a unit word with no title before that unit ("đầu quân về phường Phạm
    Ngũ Lão"): the unit's name, so "Chủ tịch UBND phường Phạm Ngũ Lão" is the ward's chairman, not a person."""
    roles = lexicon.roles().entries
    for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text):
        unit = _UNIT_BEFORE.search(text, max(0, m.start() - 15), m.start())
        if not unit:
            continue
        words = tuple(fold(w) for w in _CLAUSE_MARK.split(text[max(0, unit.start() - 80):unit.start()])[-1].split())
        if not any(words[a:b] in roles for a in range(len(words)) for b in range(a + 1, len(words) + 1)):
            return True
    return False


# body heads that are also common given names ("chị Hồng Nhung", "anh Nam Khánh")
_NAME_HEADS = {"thành", "văn", "trung", "quốc", "hồng", "nam", "đông", "tây", "bắc", "việt", "công", "liên", "châu",
               "hiệp", "chính", "đại", "kỳ", "năm", "học", "thường", "la", "tập", "trường"}
_NOT_TITLE_GAP = {"của", "tại", "ở", "với", "cho", "từ"}
_GROUP_SURNAMES = {"đoàn"}  # a family name that is also the noun "delegation, team"
_NAMED_BEINGS = {"bé", "cháu", "người", "anh", "chị", "em", "ông", "bà", "cô", "chú", "niên", "tượng", "nữ", "nam",
                 "con", "trai", "gái", "thiếu", "sinh", "khách", "phụ", "nhân", "viên", "dân", "đọc", "khai", "điền",
                 "xế"}  # "bệnh nhân tên X", "bạn đọc tên X", "khai tên X": the person's name
_LAST_WORD = re.compile(r"(\w+)\s+$")
_VESSELS = {"tàu", "thuyền"}
_VESSEL_CREW = {"lái", "trưởng", "chủ", "máy"}  # "lái máy tàu X": the engine driver


@cache
def _modified_head() -> re.Pattern[str]:
    """A capitalised organisation or place head and one to three lower-case words ending right before a name
    ("Công ty địa ốc Hoàng Quân", "Trường tiểu học Nguyễn Bỉnh Khiêm")."""
    heads = sorted((w for w in word_list("name_blockers.txt")
                    if w[:1].isupper() and not w.isupper() or len(w.split()) > 1), key=len, reverse=True)
    return re.compile(rf"(?<![\w.])(?:{'|'.join(re.escape(h) for h in heads)})((?:\s+[^\W\d_A-ZĐ]+){{1,3}})\s*$")


@cache
def _modified_place() -> re.Pattern[str]:
    """A lower-case place head and one to three lower-case words ending right before a name ("làng mộc Kim Bồng",
    "quán cà phê Cát Biển"; modified_place_heads.txt); not a role word among them ("chợ trưởng")."""
    heads = sorted(word_list("modified_place_heads.txt"), key=len, reverse=True)
    word = r"\s+(?!(?:trưởng|phó|chủ|của|và|do|với|là|cho|có)\b)[^\W\d_A-ZĐ]+"
    return re.compile(rf"(?<![\w.])(?:{'|'.join(re.escape(h) for h in heads)})((?:{word}){{1,3}})\s*$")


@cache
def _company_trade() -> re.Pattern[str]:
    """A firm's head, its legal form and/or its capitalised trade ending right before a name ("Công ty TNHH Trần
    Liên Hưng", "Công ty Tài chính Hoàng Huy", "công ty Đồ gỗ mỹ nghệ Lâm Uyên"): the firm's own name follows."""
    heads = "|".join(re.escape(h) for h in sorted(word_list("company_heads.txt"), key=len, reverse=True))
    form = r"(?:\s+[A-ZĐ]{2,5})"
    word = r"\s+(?!(?:của|do|với|là|cho|tại|ở|mà|thì|đã|sẽ|được|bị)\b)[^\W\d_A-ZĐ]+"  # not "hãng Sony do quản lý của"
    trade = rf"(?:\s+[A-ZĐ][^\W\d_A-ZĐ]*(?:{word}){{1,5}})"
    return re.compile(rf"(?<![\w.])(?:{heads})(?:{form}+{trade}?|{trade})\s*$")


@cache
def _title_regex() -> re.Pattern[str]:
    titles = {fold(r.rstrip("*")) for r in word_list("roles.txt")} | {"hđqt", "hội đồng quản trị"}
    return re.compile(rf"(?<!\w)(?:{'|'.join(re.escape(t) for t in sorted(titles, key=len, reverse=True))})(?!\w)")


def _titled_before(before: str) -> bool:
    return bool(_title_regex().search(fold(before)))


_FIELD_OWNERS = {"Ban", "Vụ", "Cục", "Phòng", "Sở"}  # bodies named by their field ("Ban Tổ chức", "Vụ Đại học")
_NOT_MODIFIERS = {"của", "cho", "và", "do", "với", "là", "tại", "ở", "mà", "thì", "đã", "sẽ", "được", "bị", "ông",
                  "bà", "anh", "chị", "gặp", "thăm", "tiếp", "theo", "nơi", "có"}


_APPOSED_HOLDER = re.compile(r"[A-ZĐ][^\W\d_]+(?: [A-ZĐ][^\W\d_]+)+\s*[-–,]\s*$")


def _holder_apposed(text: str, a: int, b: int) -> bool:
    """The title ending the window a..b (before a firm's name) follows a person's name and a dash or comma: that
    person holds it, the name after the firm's head is the firm's."""
    titles = list(_title_regex().finditer(fold(text[a:b])))
    return bool(titles) and _APPOSED_HOLDER.search(text, max(0, a - 40), a + titles[-1].start()) is not None


def _field_of_body(text: str, sent_start: int, head_start: int) -> bool:
    """The capitalised head at head_start follows "Ban", "Vụ" ...: it names that body's field ("Trưởng Ban Tổ chức
    Trung ương Hồ Đức Việt", "Vụ trưởng Vụ Tổ chức cán bộ Phạm Tăng Lộc", "Vụ Đại học"), no head of a name."""
    prev = _LAST_WORD.search(text, max(sent_start, head_start - 12), head_start)
    return bool(prev) and prev.group(1) in _FIELD_OWNERS and text[head_start:head_start + 1].isupper()


def _blocked(text: str, sent_start: int, start: int) -> bool:
    m = lexicon.blocker_regex().search(text, max(sent_start, start - 40), start)
    firm = None if m else _company_trade().search(text, max(sent_start, start - 50), start)
    if firm and not _titled_before(text[max(sent_start, firm.start() - 40):firm.start()]):
        return True  # after a title the name is the firm's head: "Giám đốc Xí nghiệp Đầu máy Vũ Văn Đóa"
    if firm and _holder_apposed(text, max(sent_start, firm.start() - 40), firm.start()):
        return True  # "ông Trần Khắc Tâm - Tổng Giám đốc Công ty TNHH Trần Liên Hưng": the title has its holder
    if not m:
        mod = _modified_head().search(text, max(sent_start, start - 50), start)
        place = None if mod else _modified_place().search(text, max(sent_start, start - 50), start)
        if place and _titled_before(text[max(sent_start, place.start() - 60):place.start()]):
            place = None  # "Cục trưởng Cục Giám định ... công trình giao thông Nguyễn Ngọc Long": the holder
        prev = place and _LAST_WORD.search(text, max(sent_start, place.start() - 12), place.start())
        if prev and is_word(prev.group(1), text[place.start():].split()[0]):
            place = None  # "gia đình nạn nhân", "thị trường chứng khoán": the head ends another word
        mod = mod or place
        if not mod or _field_of_body(text, sent_start, mod.start()):
            return False
        words = mod.group(1).split()
        head_end = text[mod.start():mod.start(1)].split()[-1]
        # "Xã hội", "Cầu thủ": the head word and the next one form a word, no head with modifiers
        return not set(words) & _NOT_MODIFIERS and not is_word(head_end, words[0])
    word = m.group(0).strip()
    prev = _LAST_WORD.search(text, max(sent_start, m.start() - 12), m.start())
    if _field_of_body(text, sent_start, m.start()):
        return False
    if prev and fold(prev.group(1)) == "chủ" and word.islower():
        return False  # "chủ cơ sở Đặng Thanh Tùng", "chủ quán X": the owner, a person
    if prev and word.split()[0] in _VESSELS and fold(prev.group(1)) in _VESSEL_CREW:
        return False  # "lái tàu Bùi Thái Sơn", "trưởng tàu X": the crew, not the ship
    if prev and word == "tên" and fold(prev.group(1)) in _NAMED_BEINGS:
        return False  # "cháu bé tên Trương Minh Khôi": a person's name, not "mang tên"
    if prev and word == "tên" and fold(prev.group(1)) == "có":
        before = _LAST_WORD.search(text, max(sent_start, prev.start() - 12), prev.start())
        if before and fold(before.group(1)) in _NAMED_BEINGS:
            return False  # "người đàn ông có tên Leroy B. Black", "nhân viên có tên X"
    # a blocker that ends a body word is that word ("Phát triển nông thôn Lê Huy Ngọ")
    return not (" " not in word and word.islower() and prev and fold(f"{prev.group(1)} {word}") in body_words())


_LOCATIVES = r"tại|ở|khu vực|góc|dọc|ngã tư|ngã ba|phố|đường|con đường|tuyến phố|ngõ|hẻm"
_NAME_RUN = r"[A-ZĐ][^\W\d_]+(?: [A-ZĐ][^\W\d_]+){1,3}"
_AFTER_LOCATIVE = re.compile(rf"(?<![\w])(?<![Tt]hành )(?i:{_LOCATIVES})\s+({_NAME_RUN})")  # not "thành phố"


@cache
def _character_cue() -> re.Pattern[str]:
    cues = "|".join(re.escape(c) for c in sorted(word_list("character_cues.txt"), key=len, reverse=True))
    return re.compile(rf"(?<![\w])(?i:{cues})\s+([A-ZĐ][^\W\d_]+(?: [A-ZĐ][^\W\d_]+){{0,3}})")


@lru_cache(maxsize=4)
def _article_characters(text: str) -> frozenset[str]:
    """Names the article gives as roles actors play ("vào vai Lâm Đại Ngọc", "(vai Giả Bảo Ngọc)"): characters,
    not persons, wherever the article names them without a form of address."""
    return frozenset(fold(m.group(1)) for m in _character_cue().finditer(text))


@lru_cache(maxsize=4)
def _article_places(text: str) -> frozenset[str]:
    """Names the article puts after a street or locative word at least twice ("tại Bùi Viện", "khu vực Bùi
    Viện"), or once and nowhere else ("ở Trịnh Châu"), and never after a person's cue: a street or place
    throughout the article, not a person."""
    found: dict[str, int] = {}
    for m in _AFTER_LOCATIVE.finditer(text):
        if m.group(1)[:1].isupper():
            found[m.group(1)] = found.get(m.group(1), 0) + 1
    out = set()
    for name, n in found.items():
        if fold(name) in historical_persons():
            continue
        seen = list(re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text))
        if n < 2 and n < len(seen):
            continue  # once after a locative word is enough when the article names it nowhere else
        cued = False
        for m in seen:
            keys = [fold(w) for w in text[max(0, m.start() - 30):m.start()].split()]
            if _cue_before(keys, len(keys)):
                cued = True
                break
        if not cued:
            out.add(fold(name))
    return frozenset(out)


@cache
def _after_school() -> re.Pattern[str]:
    """A school word and the name after it; `trường` closing another word (`môi trường`, `thị trường`) is none."""
    compounds = word_list("truong_compounds.txt")
    return re.compile("".join(rf"(?<!{w[0]}{w[1:]} )(?<!{w[0].upper()}{w[1:]} )" for w in compounds)
                      + rf"(?<!\w)(?:[Tt]rường|THPT|THCS|PTTH|PTCS|[Tt]iểu học|[Cc]huyên|[Bb]án công|[Dd]ân lập)"
                      rf"\s+({_NAME_RUN})")


@lru_cache(maxsize=4)
def _article_schools(text: str) -> frozenset[str]:
    """Names the article writes right after a school word ("Trường THPT Marie Curie", "chuyên Trần Đại Nghĩa") and
    never after a person's cue: a school throughout the article, also where a list names it bare ("Mạc Đĩnh Chi
    1.020, Marie Curie 1.000 học sinh")."""
    return _never_cued(text, _after_school())


def _never_cued(text: str, pattern: re.Pattern[str]) -> frozenset[str]:
    """The names a pattern's first group finds that the article never writes after a person's cue (folded)."""
    out = set()
    for name in {m.group(1) for m in pattern.finditer(text)}:
        seen = re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text)
        if not any(_cue_before(keys, len(keys))
                   for keys in ([fold(w) for w in text[max(0, m.start() - 30):m.start()].split()] for m in seen)):
            out.add(fold(name))
    return frozenset(out)


@cache
def _after_work_word() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in sorted(word_list("work_words.txt"), key=len, reverse=True))
    title = r"[A-ZĐ][^\W_]*(?:['’][a-z]+)?"
    return re.compile(rf"(?<!của )(?<!\w)(?:{words})\s+[\"“'‘]?({title}(?: {title})*)")


@lru_cache(maxsize=4)
def _article_works(text: str) -> frozenset[str]:
    """Titles the article writes right after a work word ("bộ phim Ma Rainey's Black Bottom") and never after a
    person's cue: a film, song or book throughout the article."""
    return _never_cued(text, _after_work_word())


@cache
def _school_level_end() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in word_list("school_levels.txt"))
    # not a department named for the level: "Vụ Tiểu học Trịnh Quốc Thái", "Giáo dục Trung học Đào Ngọc Nam"
    return re.compile(rf"(?<!\w)(?<!dục )(?<!Vụ )(?<!Vụ trưởng )(?<![Pp]hòng )(?:{words})\s+\Z")


def _school_named(text: str, start: int) -> bool:
    """The name at start follows a school's level word ("Hiệu trưởng PTTH Chu Văn An"): the school's name."""
    return _school_level_end().search(text, max(0, start - 16), start) is not None


_CAPITALISED = re.compile(r"(?<!\w)[A-ZĐ][^\W\d_]+")


@lru_cache(maxsize=4)
def _spellings(text: str) -> dict[str, str]:
    """The article's usual spelling of a foreign name word written with and without its marks ("Martinez" and
    "Martínez"): the more frequent form, the marked one on a tie."""
    counts: dict[str, dict[str, int]] = {}
    for m in _CAPITALISED.finditer(text):
        forms = counts.setdefault(strip_marks(m.group(0)), {})
        forms[m.group(0)] = forms.get(m.group(0), 0) + 1
    out = {}
    for forms in counts.values():
        if len(forms) > 1 and not all(map(is_syllable, forms)):
            best = max(forms, key=lambda w: (forms[w], not w.isascii()))
            if not is_syllable(best):  # "Nguyen" stays beside a Vietnamese "Nguyên"
                out.update((w, best) for w in forms if w != best)
    return out


def _usual_spelling(text: str, name: str) -> str:
    table = _spellings(text)
    return " ".join(table.get(w, w) for w in name.split(" ")) if table else name


_WORD_RUN = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=4)
def _name_forms(text: str) -> dict[str, dict[str, int]]:
    """Capitalised runs of two to four words, grouped by their letters without marks: the spellings of a name
    the article writes with different tone marks ("Lý Bình Hy" five times, "Lý Bính Hy" twice)."""
    words = [(m.group(0), m.start(), m.end()) for m in _WORD_RUN.finditer(text)]
    groups: dict[str, dict[str, int]] = {}
    for n in (2, 3, 4):
        for k in range(len(words) - n + 1):
            span = words[k:k + n]
            if not all(w[0][:1].isupper() for w in span) \
                    or any(text[span[x][2]:span[x + 1][1]] != " " for x in range(n - 1)):
                continue
            surface = " ".join(w[0] for w in span)
            forms = groups.setdefault(strip_marks(fold(surface)), {})
            forms[surface] = forms.get(surface, 0) + 1
    return {k: v for k, v in groups.items() if len(v) > 1}


def _usual_name(text: str, name: str) -> str:
    """The article's most frequent spelling of a name it also writes with other marks (the name itself on a tie)."""
    forms = _name_forms(text).get(strip_marks(fold(name)))
    if not forms:
        return name
    best = max(forms, key=lambda f: (forms[f], f == name))
    return best if forms[best] > forms.get(name, 0) else name


def _listed_after(toks: list[Token], k: int, last: int) -> bool:
    """Token k follows a historical person in a list ("Nguyễn Trãi, Lương Thế Vinh và Phan Chu Trinh")."""
    return last >= 0 and k - last == 1 and toks[last].text in (",", "và")


def _after_board(keys: list[str], i: int) -> bool:
    """A company board ends right before token i: what follows is the company ("Chủ tịch HĐQT Cen Land")."""
    return any(" ".join(keys[i - n:i]) in _board_keys() for n in range(1, min(4, i) + 1))


def _board_keys() -> frozenset[str]:
    return lexicon.folded_words("company_boards.txt")


def _second_foreign_name(toks: list[Token], i: int, k: int, j: int) -> bool:
    """Two foreign names of two or more words each run together, each opened by a given name ("Tổng thống Mỹ
    Donald Trump Robert O’Brien": Trump's adviser)."""
    if j - k < 2 or toks[k].text not in _hand_given() or is_syllable(toks[k].text):  # not "Ha" (Long Bay)
        return False
    first = next((n for n in range(i, k) if toks[n].text in _hand_given()), k)  # after a country ("Mỹ")
    return k - first >= 2 and _foreign(toks[first:j])


def _split_runs(runs: list[tuple[int, int]], toks: list[Token], keys: list[str]) -> list[tuple[int, int]]:
    """A run holding a caption and the text it repeats ("Ông Trần Mỹ Sơn Ông Trần Mỹ Sơn", "Lê Văn A Lê
    Văn A") is two runs: cut before an address word or a repetition of the run's first words."""
    out = []
    for i, j in runs:
        cut = i
        for k in range(i + 2, j - 1):
            address = toks[k].text in _TRAILING_ADDRESS and j - k > 2 and _surname_len(toks, keys, k + 1, j)
            repeat = keys[k:k + 2] == keys[cut:cut + 2]
            if address or repeat or _second_foreign_name(toks, cut, k, j):
                out.append((cut, k))
                cut = k
        out.append((cut, j))
    return out


_LIFESPAN = re.compile(r"\s*\(\s*(\d{3,4})\s*[-–]\s*(\d{3,4}|\?)\s*\)")


def _lifespan_at(text: str, pos: int) -> bool:
    """A person's years of birth and death follow ("Khải Hưng (1896-1947)", "Hứa Tam Tỉnh (1476-?)"), not a
    dynasty's or a series' years ("Bắc Tống (960-1127)", "Neighbours (2003-2004)")."""
    m = _LIFESPAN.match(text, pos)
    return m is not None and (m.group(2) == "?" or 15 <= int(m.group(2)) - int(m.group(1)) <= 110)
_AGE = re.compile(r"\s*[,(]\s*(?:\d{1,3} tuổi|SN \d{4}|sinh năm \d{4}|người (?![A-ZĐ]|hâm mộ|dân)\w+ \w+)")


_AGE_YEARS = re.compile(r"\s*[,(]\s*(?:\d{1,3} tuổi|SN \d{4}|sinh năm \d{4})")


_ONE_OF = (("trong", "số", "những"), ("trong", "số", "các"), ("trong", "những"), ("trong", "các"), ("trong", "số"))


def _title_after(text: str, toks: list[Token], keys: list[str], j: int) -> bool:
    """A title, an age or a description of a person follows in apposition ("Rokneddin Javadi, giám đốc điều
    hành ...", "Anurag Gawande, 24 tuổi", "Jitender Singh Shunty, người điều hành ...", "Vinai Venkatesham (Giám
    đốc điều hành Arsenal)"): the run is a person."""
    if j < len(toks) and _AGE.match(text, toks[j - 1].end):
        return True
    if j + 1 >= len(toks) or toks[j].text not in (",", "-", "–", "("):
        return False  # "Vinai Venkatesham (Giám đốc điều hành Arsenal)": a title in brackets, as after a comma
    one = keys[j + 1] == "một"  # "Agung Dhana Aryawan, một sĩ quan cảnh sát Bali, cho biết"
    k = j + 1 + one
    if one:  # "Sirajuddin Haqqani, một trong những phó thủ lĩnh của Mansour": one of a group of people
        k += next((len(w) for w in _ONE_OF if tuple(keys[k:k + len(w)]) == w), 0)
    k += k < len(keys) and keys[k] in ("cựu", "nguyên", "phó")
    # without "một" a noun after the comma may open the next clause ("của Santa Cruz, du khách phải ...")
    if lexicon.roles().match(toks, k, keys) is not None or one and _profession_at(toks, keys, k):
        return True
    if toks[j].text == "(":  # "Slumdog Millionaire (Triệu phú ổ chuột)": a title's translation, not a profession
        return False
    m = lexicon.honorifics().match(toks, k, keys)  # "Tracey J. Woodruff, giáo sư sản khoa": a profession, no name after
    return m is not None and m[1] == "profession" and " ".join(keys[k:k + m[0]]) not in _NOT_ONLY_HUMAN \
        and k + m[0] < len(toks) and toks[k + m[0]].text.islower()


_SAYING_ADVERBS = {"cũng", "đã", "vừa", "từng", "thì", "còn"}
_CLOSING_QUOTES = {'"', "”", "'", "’"}


def _saying_verbs() -> frozenset[tuple[str, ...]]:
    return lexicon.folded_phrases("saying_verbs.txt")


def _said_after(toks: list[Token], keys: list[str], i: int, j: int) -> bool:
    """A saying verb follows the run, which stands between commas (", Aashish Chaudhry, cho biết") or after a
    closed quote ('"...", Zahi Hawass cho biết'): the speaker, a person; the caller keeps foreign-looking runs."""
    if i < 1 or toks[i - 1].text != ",":
        return False
    k = j
    if k < len(toks) and toks[k].text == ",":
        k += 1  # ", Aashish Chaudhry, cho biết": in apposition
    elif i < 2 or toks[i - 2].text not in _CLOSING_QUOTES:
        return False  # '"...", Zahi Hawass cho biết': a quote's speaker; not "Tháng 12/2020, Sotheby's Wine cho biết"
    while k < len(keys) and keys[k] in _SAYING_ADVERBS:
        k += 1
    return any(tuple(keys[k:k + len(v)]) == v for v in _saying_verbs())


def _profession_at(toks: list[Token], keys: list[str], k: int) -> bool:
    """A profession or a noun only a human being has begins at token k ("chuyên gia", "sĩ quan"; not "nhà đầu
    tư")."""
    m = lexicon.honorifics().match(toks, k, keys)
    return m is not None and m[1] in ("profession", "role") and " ".join(keys[k:k + m[0]]) not in _NOT_ONLY_HUMAN \
        or _person_nouns().match(toks, k, keys) is not None


@cache
def _person_nouns() -> lexicon.PhraseMatcher:
    return lexicon.PhraseMatcher({w: w for w in word_list("person_nouns.txt")})


def _apposed_title(toks: list[Token], found: list[PersonMention], i: int) -> bool:
    """Token i follows "NAME, TITLE": what comes is the title's body ("ông Gavan Iacono, Giám đốc Language
    Link"), not another person."""
    if not found:
        return False
    end = found[-1].tok_end
    gap = toks[end:i]
    return len(gap) >= 2 and gap[0].text in (",", "-", "–") and lexicon.roles().match(toks, end + 1) is not None \
        and all(t.text[:1].isalnum() for t in gap[1:])


def _memorials() -> frozenset[tuple[str, ...]]:
    return lexicon.folded_phrases("memorial_words.txt")


def _memorial_before(toks: list[Token], keys: list[str], i: int) -> bool:
    """A memorial's noun ends right before token i, or before the title (and "cố") that ends there ("Lăng Chủ tịch
    Hồ Chí Minh", "Khu lưu niệm cố Tổng Bí thư Lê Duẩn")."""
    ends = {i}
    for _, get in _CUE_MATCHERS:
        matcher = get()
        ends.update(i - n for n in range(1, min(matcher.longest, i) + 1) if tuple(keys[i - n:i]) in matcher.entries)
    ends.update(e - 1 for e in list(ends) if e > 0 and keys[e - 1] == "cố")
    return any(tuple(keys[e - n:e]) in _memorials() for e in ends for n in (1, 2, 3) if e - n >= 0)


def _given_name_like_place(text: str, toks: list[Token], keys: list[str], key: str, start_i: int, cue: str) -> bool:
    """Two syllables naming only a district or a commune, right after a form of address or a profession for one
    person, are a given name ("giám khảo Thanh Hà", "dịch giả Mai Sơn", "chị Bình Minh"); a province or a country
    stays a place ("học sinh Hà Nội"), and so does one the article names as a place ("thị xã Cẩm Phả")."""
    return cue in ("honorific", "weak") and len(key.split()) == 2 and key not in provinces() \
        and key not in countries() and key not in historical_persons() and not _plural_before(keys, start_i) \
        and all(is_syllable(t.text) for t in toks[start_i:start_i + 2]) \
        and _one_person_cue(toks, keys, start_i) \
        and not _named_as_place(text, toks[start_i].start, toks[start_i + 1].end)


_UNIT_WORDS = re.compile(r"(?i:xã|huyện|thị xã|thị trấn|phường|quận|thành phố|tỉnh|làng|thôn|ấp|bản|ở|tại|về|đến)\s+$")


def _named_as_place(text: str, a: int, b: int) -> bool:
    """The article writes the words of text[a:b] after a unit or locative word somewhere ("thị xã Cẩm Phả")."""
    name = text[a:b]
    return any(_UNIT_WORDS.search(text, max(0, m.start() - 12), m.start())
               for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text))


def _named_as_body(text: str, name: str) -> bool:
    """The article writes the word right after a body's or a place's head somewhere ("Đại học Greenwich")."""
    return any(_blocked(text, 0, m.start()) for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text))


def _one_person_cue(toks: list[Token], keys: list[str], i: int) -> bool:
    """A form of address or a profession, not a group's role ("học sinh Tân Trụ"), ends right before token i, and
    not "trẻ em", "con em" (children) nor a capitalised profession inside a name ("chùa Nghệ sĩ Gò Vấp")."""
    entries = lexicon.honorifics().entries
    n = next((n for n in (3, 2, 1) if i >= n and tuple(keys[i - n:i]) in entries), 0)
    if not n or entries[tuple(keys[i - n:i])] not in ("honorific", "profession"):
        return False
    return not (keys[i - 1] == "em" and i > 1 and keys[i - 2] in ("trẻ", "con")) \
        and not (n > 1 and toks[i - n].text[:1].isupper() and i - n > 0 and toks[i - n - 1].text[:1].isalpha())


# forms of address that, capitalised after a place word, open the place's name ("rạch Ông Kích", "kênh Thầy Cai")
_PLACE_ADDRESS = {"Ông", "Bà", "Thầy", "Cô", "Chú", "Cậu", "Bác", "Cụ", "Dì"}


def _named_place_word(keys: list[str], k: int) -> bool:
    """keys[k - 1] (or keys[k - 2:k]) is a word before a place named after a form of address ("ấp Ông Nhan Tây")."""
    words = lexicon.folded_words("address_place_words.txt")
    return k > 0 and keys[k - 1] in words or k > 1 and f"{keys[k - 2]} {keys[k - 1]}" in words


def _address_opens_place(toks: list[Token], keys: list[str], k: int) -> bool:
    """toks[k] is a capitalised form of address right after a lower-case place word: it opens the name of a
    waterway, a bridge, a cemetery, a hamlet ("rạch Ông Kích", "nghĩa trang Ông Chín Lái", "doi Thầy Nại")."""
    return 0 < k < len(toks) and toks[k].text in _PLACE_ADDRESS and toks[k - 1].text.islower() \
        and _named_place_word(keys, k)


def _caption_address(toks: list[Token], keys: list[str], i: int, j: int) -> bool:
    """The run opens with a capitalised "Ông"/"Bà" right after a lower-case word, a caption or sentence run into the
    text before it ("vệ sinh – môi trường Ông Lê Thế Sỹ (bìa trái)", "nhà trường  Ông Chiau Choon Kiak sẽ"), and a
    full name follows: the place word before it names no place of this name."""
    if toks[i].text not in ("Ông", "Bà") or not i or not toks[i - 1].text.islower() or j - i < 3 \
            or " ".join(keys[i:i + 2]) in _honorific_places() or _named_place_word(keys, i):
        return False
    sn = _surname_len(toks, keys, i + 1, j)
    rest = toks[i + 1 + sn:j]
    return bool(sn) and 1 <= len(rest) <= MAX_GIVEN - 1 and all(is_syllable(t.text) for t in rest) \
        or 2 <= j - i - 1 <= 4 and _foreign(toks[i + 1:j])


def _latin_only(word: str) -> bool:
    """A word of Latin letters that is no Vietnamese syllable ("Elly", not "Long", "Kim", "Tim")."""
    return word.isascii() and word.isalpha() and not is_syllable(word)


def _rare_given_pair(toks: list[Token], keys: list[str], i: int, j: int, found: list[PersonMention]) -> bool:
    """Two foreign words opened by a given name the list counts rare, listed after a full name ("như Sergio Ramos,
    Iker Casillas") or named as the one saying something ("người đứng đầu ... là Lamberto Giannini cho biết"): a
    person; alone such a pair is as often a firm, an outlet or a place ("Night Safari", "India Today cho hay")."""
    if not (j - i == 2 and toks[i].text in rare_given_names() and _latin_only(toks[i + 1].text)
            and not _foreign_thing(toks[i + 1].text)):
        return False
    act = j + (j < len(keys) and keys[j] in _AUXILIARIES)
    listed = i >= 2 and toks[i - 1].text in _JOINS and any(m.tok_end == i - 1 and m.full for m in found)
    named = i >= 1 and keys[i - 1] in ("là", ",")  # "người đứng đầu ... là Lamberto Giannini cho biết"
    return listed or named and (_says_at(keys, act) or _profession_predicate(toks, keys, act))


_JOINS = {",", "và", "&"}


def _foreign_thing(word: str) -> bool:
    """A foreign word that names a country, a place or a kind of organisation ("Australia", "Singapore",
    "Mobile", "Books")."""
    return word.isascii() and looks_foreign(word) and (fold(word) in countries() or fold(word) in _places()
                                                       or word in _org_words())


def _glued_family_name(toks: list[Token], keys: list[str], i: int, start_i: int) -> bool:
    """The capitalised word before the family name is in the run and makes one word with it ("Thành Đoàn", "Trúc
    Lâm", "Bồ Đào"): the name belongs to a body or a place, unless a place ends there ("Trung Quốc Vương Nghị")."""
    return i < start_i < len(toks) and is_word(toks[start_i - 1].text, toks[start_i].text) \
        and not any(" ".join(keys[k:start_i]) in _places() for k in range(i, start_i))


# a road word that opens a list of roads ("các tuyến như: Ba Vân, ...", "trên các tuyến phố: Phan Đình Phùng, ...",
# "đường Cộng Hòa (quận Tân Bình), Âu Cơ")
_STREET_LIST = re.compile(r"(?<!\w)(?<![Tt]hành )(?i:(?:các |những |con |tuyến )?(?:đường|phố)|các tuyến|giao lộ)"
                          r"(?: chính| lớn| trung tâm)?\s*(?:như|gồm|là)?\s*:?\s*\Z")
_BRACKET_THEN_LINK = re.compile(r"\)\s*(?:,|và|hoặc)\s*\Z")


def _after_bracketed_item(text: str, start: int, listed_ends: set[int]) -> bool:
    """An item of a list of roads or places, its note in brackets, then a comma, 'và' or 'hoặc' before start
    ("các tuyến như: ..., Trần Văn Dư (quận Tân Bình), Thạch Lam", "đường Cộng Hòa (quận Tân Bình), Âu Cơ"): the
    list goes on past the note."""
    link = _BRACKET_THEN_LINK.search(text, max(0, start - 12), start)
    if not link:
        return False
    opening = text.rfind("(", max(0, link.start() - 120), link.start())
    return opening > 0 and ")" not in text[opening:link.start()] and len(text[:opening].rstrip()) in listed_ends


def _in_note_of_item(text: str, start: int, listed_ends: set[int]) -> bool:
    """Start is inside the bracketed note of an item of a list of roads or places ("Hoàng Hoa Thám (đoạn từ dốc Ngọc
    Hà đến Mai Xuân Thưởng)", "Lê Đức Thọ (từ quốc lộ 1A - Phạm Văn Chiêu)"): a road or place as well."""
    opening = text.rfind("(", max(0, start - 80), start)
    return opening > 0 and ")" not in text[opening:start] and len(text[:opening].rstrip()) in listed_ends


def _listed_item(text: str, sent_start: int, start: int, gap_before: str | None, listed_ends: set[int]) -> bool:
    """The name at start goes on a list of places, roads or bodies, or a road word opens one before it."""
    return gap_before in (",", "và", "hoặc") or _after_bracketed_item(text, start, listed_ends) \
        or bool(_STREET_LIST.search(text, max(sent_start, start - 40), start))


_STRIPPED_TITLES = {"Lord", "Sir", "Dr", "Prof", "Professor"}  # not "Lady", "King": "ca sĩ Lady Gaga", "King Kong"

@cache
def _english_titles() -> frozenset[str]:
    return frozenset(word_list("english_titles.txt"))


def _name_opener(text: str, toks: list[Token], keys: list[str], i: int, i0: int, cue: str) -> bool:
    """The word before a foreign given name is the name's own first word, not a body, work or title before it: it
    follows an honorific directly ("ông Franceskinj Albert Michel"), or is a foreign word the article writes nowhere
    else ("cầu thủ nhập tịch ... và Luqman Hakim Shamsuddin"). Not after a title, whose body comes first ("Giám đốc
    điều hành Facebook Mark Zuckerberg", "Thủ tướng Israeel Benjamin Netanyahu") or 'của' ("ông chủ của Facebook Mark
    Zuckerberg")."""
    word = toks[i].text
    if cue == "role" or i == i0 > 0 and keys[i0 - 1] == "của" or word in _english_titles() or not word.isascii() \
            or not word[1:].islower() or keys[i] in _places() or keys[i] in countries() or word in _org_words() \
            or keys[i] in lexicon.blocker_words():
        return False
    if cue == "honorific" and i == i0:
        return True
    return looks_foreign(word) and len(re.findall(rf"(?<!\w){re.escape(word)}(?!\w)", text)) == text.count(
        text[toks[i].start:toks[i + 1].end])


@dataclass(frozen=True)
class _Candidate:
    """A name the rules found in a capitalised run toks[i0:j]: it starts at start_i (i is where the run starts
    once honorifics and titles are stripped); `cue` and `before` are the words before it (_cue_before, _strip)."""
    i0: int
    i: int
    start_i: int
    j: int
    cue: str
    before: str
    titled: bool  # a title right before or a few words before
    distant: bool  # the title is a few words before, not right before
    lived: bool  # a lifespan follows ("Khải Hưng (1896-1947)")
    full: bool


def _crf_candidate(text: str, toks: list[Token], keys: list[str], m: PersonMention) -> _Candidate:
    """The CRF's name as the rules would see it: the run is the name, the cue the words right before it."""
    i, j = m.tok_start, m.tok_end
    before = _cue_before(keys, i)
    titled = bool(before) or _title_near(toks, keys, i)
    distant = not before and titled and i > 0 and keys[i - 1] not in _PLACE_HEADS
    return _Candidate(i, i, i, j, before, before, titled, distant, _lifespan_at(text, toks[j - 1].end), m.full)


def _no_given_name(toks: list[Token], keys: list[str], i: int, j: int, cue: str) -> bool:
    """A name with no family name (toks[i:j]) that is a title, a word with the next syllable ("Chính phủ") or
    a body: "các đồng chí Ban Thường vụ", but "chị Hồng Nhung", "anh Việt Hùng"."""
    return bool(lexicon.roles().match(toks, i, keys)) or _glued_word(toks, j) or \
        lexicon.is_body_head(keys[i]) and (j - i > 1 or cue != "honorific") \
        and not (keys[i] in _NAME_HEADS and j - i == 2 and not is_word(toks[i].text, toks[i + 1].text))


def _crf_refused(text: str, toks: list[Token], keys: list[str], sent_start: int, m: PersonMention) -> bool:
    """The rules' refusals, applied to a name the CRF adds (a given name alone, a foreign name)."""
    c = _crf_candidate(text, toks, keys, m)
    return _no_given_name(toks, keys, c.i, c.j, c.cue) \
        or _refused(text, toks, keys, sent_start, c, False, crf=True)


def _crf_given_place(text: str, toks: list[Token], keys: list[str], c: _Candidate) -> bool:
    """Two Vietnamese syllables with no cue that the CRF reads as a given name and that also name a district, a
    commune or a listed proper noun ("Xuân Trường sẽ ra mắt Incheon", "Đông Triều mở tỷ số") are one where the
    article never writes them as a place ("huyện Xuân Trường", "tại Đông Triều"); a province, a country, a
    historical person or a group stays what it is."""
    key = " ".join(keys[c.start_i:c.j])
    return not c.cue and c.j - c.start_i == 2 and key not in provinces() and key not in countries() \
        and key not in historical_persons() and not _plural_before(keys, c.start_i) \
        and all(is_syllable(t.text) for t in toks[c.start_i:c.j]) \
        and not _named_as_place(text, toks[c.start_i].start, toks[c.j - 1].end)


def _place_held(keys: list[str], c: _Candidate) -> bool:
    """Under a title, the body's name ends at its place ("Giám đốc Bảo tàng Phú Yên Phan Đình Phùng")."""
    return c.titled and c.start_i > c.i0 and " ".join(keys[c.i0:c.start_i]) in _places()


def _historical(text: str, toks: list[Token], keys: list[str], c: _Candidate, last_historical: int) -> bool:
    """A historical person (lexicon) named as one here: cued, with a lifespan, listed after another one."""
    key = fold(repair_tone(text[toks[c.start_i].start:toks[c.j - 1].end]))
    return key in historical_persons() \
        and ((c.before or c.cue) and not c.distant and c.start_i == c.i or c.lived or _place_held(keys, c)
             or _listed_after(toks, c.start_i, last_historical)
             or c.start_i == c.i0 > 1 and keys[c.i0 - 1] in _LINKS
             and _cue_before(keys, c.i0 - 1) not in ("", "rank")) \
        and not _unit_before(text, toks[c.start_i].start)  # "Chủ tịch Hồ Chí Minh", not "TP Hồ Chí Minh"


def _refused(text: str, toks: list[Token], keys: list[str], sent_start: int, c: _Candidate,
             historical: bool, crf: bool = False) -> bool:
    """The candidate names no person: an anonymised or listed non-name, a deity, a work, a character, a school,
    a place, a body, a memorial, a street (the refusals of find_persons, for the rules' and the CRF's names);
    `crf`: the CRF's name, a given name that may also name a place (_crf_given_place)."""
    start_i, j, cue, before = c.start_i, c.j, c.cue, c.before
    name_toks = toks[start_i:j]
    name = repair_tone(text[name_toks[0].start:name_toks[-1].end])
    key = fold(name)
    places = _places()
    given_place = crf and _crf_given_place(text, toks, keys, c)
    if key in _non_persons() or len(name_toks) == 1 and key in _birth_orders() \
            or len(name_toks[-1].text) == 1 and not _one_letter_given(keys, start_i, j) \
            or _initials_at(toks, j) \
            or name_toks[-1].text in _DIGRAPHS and j < len(toks) and toks[j].text == "." \
            and toks[j].start == name_toks[-1].end:
        return True  # anonymised "Nguyễn Văn B.", "anh Đặng V.L.", "chị Lê Thị Th." (not "Nguyễn Sỹ Á", "Lê Như Ý")
    if len(name_toks) == 2 and (keys[start_i], keys[start_i + 1]) in _title_openings():
        return True  # "ông Nguyễn Thúc Dũng, Phó Chủ UBND huyện", "Phó Bộ Tư lệnh": a title cut short
    if _address_opens_place(toks, keys, start_i - 1):
        return True  # "san lấp trên rạch Ông Kích", "nghĩa trang Ông Chín Lái": a place's name, not a person
    if cue == "honorific" and _folk_figure(text, name_toks[0].start, name_toks[-1].end):
        return True  # "đưa ông Táo về trời", "hai ông Tây": a deity, a Westerner
    if cue not in _STRONG and key in _article_works(text):
        return True  # "hai bộ phim Sử Việt hào hùng và ...": a film's title, not a person
    if cue not in _STRONG and key in _article_characters(text):
        return True  # "Trần Hiểu Húc sinh ra để vào vai Lâm Đại Ngọc": a character, not a person
    if _school_named(text, name_toks[0].start):
        return True  # "Hiệu trưởng PTTH Chu Văn An Hà Nội", "với Trung học Marie Curie de Sceaux": a school
    if not cue and (key in _article_places(text) or key in _article_schools(text)):
        return True  # "tại Bùi Viện", "khu vực Bùi Viện": a street the article names again without a cue
    if keys[start_i] in _GROUP_SURNAMES and " ".join(keys[start_i + 1:j]) in countries() and not cue:
        return True  # "Đoàn Việt Nam đoạt 4 huy chương": a team, not a person (but "Dương Trung Quốc" is one)
    if len(name_toks) == 2 and fold(name_toks[-1].text) in _MIDDLE_NAMES and not _foreign(name_toks):
        return True  # "Lê Thị H.N": the given name is abbreviated, what is left is no name
    if len(name_toks) == 2 and not cue and not before and is_word(name_toks[0].text, name_toks[1].text) \
            and not (given_place and is_proper_word(name_toks[0].text, name_toks[1].text)):
        return True  # "Tổng cục Du Lịch", "Đào Tạo": a common word written in capitals
    if len(name_toks) > 2 and cue in ("", "role") \
            and f"{keys[start_i]} {keys[start_i + 1]}" in body_words():
        return True  # "HTX DVSX Nông Nghiệp Triều Khúc", "Bộ Nông Nghiệp Liên Bang Nga": a body's field in capitals
    if any(t.text in _org_words() for t in toks[start_i + 1:min(j + 1, len(toks))]):
        return True
    if _memorial_before(toks, keys, c.i0) and not _place_held(keys, c):
        return True  # "Khu lưu niệm cố Tổng Bí thư Lê Duẩn": the memorial's name
    past = key in historical_persons()
    if len(name_toks) == 2 and key in wards() and (cue not in ("honorific", "role") or c.distant) \
            and not historical and not given_place \
            and not (cue == "weak" and _given_name_like_place(text, toks, keys, key, start_i, cue)):
        return True  # "Giám đốc Bến xe Giáp Bát": the ward names the station
    if (key in places or past or key.isascii() and key in _bare_places()) and not historical and not given_place \
            and not _given_name_like_place(text, toks, keys, key, start_i, cue):
        return True
    if cue == "weak" and len(name_toks) == 1 and looks_foreign(name) and _named_as_body(text, name):
        return True  # "sinh viên Greenwich" in an article on "Đại học Greenwich": the school's students
    return _blocked(text, sent_start, name_toks[0].start) and not (cue and start_i == c.i) \
        and not (c.titled and c.full and _unit_before(text, name_toks[0].start)
                 and not _unit_named(text, text[name_toks[0].start:name_toks[-1].end]))


def find_persons(text: str, toks: list[Token], sent_start: int) -> list[PersonMention]:
    keys = [fold(t.text) for t in toks]
    places = _places()
    out: list[PersonMention] = []
    prev_blocked_end = -1
    listed_ends: set[int] = set()  # the ends of names that a list of roads, places or bodies holds
    last_historical = -1
    for i0, j in _split_runs(capital_runs(toks, text), toks, keys):
        if _language_name(toks, keys, i0, j):
            continue
        gap_before = text[prev_blocked_end:toks[i0].start].strip() if prev_blocked_end >= 0 else None
        starts_with_place = j - i0 > 1 and any(" ".join(keys[i0:i0 + n]) in places for n in (1, 2, 3))
        address = _ADDRESS.search(text, max(0, toks[i0].start - 12), toks[i0].start)
        if address and _UNIT_NUMBER.search(text, max(0, address.start() - 8), address.start()):
            address = None  # "Chủ tịch UBND quận 11 Nguyễn Huy Hiệp": the district's number, no house number
        elif address and _row_number(text, address.start(), toks[i0].start):
            address = None  # "2Đỗ Đình Thực": a table row's number glued to its name, no house number
        elif address and _YEAR.fullmatch(address.group(0).strip()) and all(looks_foreign(t.text) for t in toks[i0:j]):
            address = None  # "nhà vô địch châu Âu 2014 Oleh Omelchuk": a year, not a house number
        elif address and toks[i0].text in _foreign_given() and all(looks_foreign(t.text) for t in toks[i0:j]) \
                and not _PLACE_BEFORE_NUMBER.search(text, max(0, address.start() - 12), address.start()):
            address = None  # "hạt giống số 2 Andy Murray": a rank, not a house number (not "tại vòng 3 Roland ...")
        elif address and _numbered_body(text, toks, keys, i0, address.start()):
            address = None  # "Tổng giám đốc PMU 18 Bùi Tiến Dũng": the body's number, no house number
        listed = _listed_item(text, sent_start, toks[i0].start, gap_before, listed_ends)
        if _blocked(text, sent_start, toks[i0].start) and not starts_with_place or address \
                or _address_comma(text, toks[i0].start) \
                or _in_note_of_item(text, toks[i0].start, listed_ends) \
                or listed and not _cue_before(keys, i0):
            prev_blocked_end = toks[j - 1].end  # a place or body name, and the list it opens
            if listed:
                listed_ends.add(prev_blocked_end)
            uncued = not _cue_before(keys, i0) or _dwellers_place(keys, i0)
            if uncued and not (_title_near(toks, keys, i0) and _unit_before(text, toks[i0].start)) \
                    and not _caption_address(toks, keys, i0, j):
                continue
        else:
            prev_blocked_end = -1
        before = _cue_before(keys, i0, fields=True)
        if before == "field":  # the field may be a verb ("nhà khoa học phát hiện Trái Đất"): a foreign full name only
            before = "weak" if j - i0 >= 2 and all(looks_foreign(t.text) and t.text[1:].islower() for t in toks[i0:j]) \
                and keys[i0] not in places and not _plural_before(keys, i0) else ""  # not "Georgia Fowler", "hai ca sĩ"
        # a title a few words before, unless a place word ends it ("Bí thư Tỉnh ủy Villa Clara")
        titled = bool(before) or _title_near(toks, keys, i0)
        distant = not before and titled and keys[i0 - 1] not in _PLACE_HEADS
        if not before and titled and not distant and 3 <= j - i0 <= 4 \
                and all(looks_foreign(t.text) for t in toks[i0:j]):
            i0, distant = i0 + 1, True  # "Thống đốc bang Tamaulipas Torre Cantu": the state, then its governor
        before = before or ("role" if distant else "")
        if before == "weak" and _plural_before(keys, i0) and not _surname_len(toks, keys, i0, j) \
                and not _first_of_named(toks, i0, j) and not _counted_named(toks, keys, i0, j):
            continue  # "các cầu thủ Liverpool": a group, not a person
        if j - i0 == 1 and before == "honorific" and lexicon.honorifics().match(toks, i0, keys):
            i, cue = i0, before  # "anh Em", "chị Út": a given name that is also a form of address
        else:
            i, cue = _strip(toks, keys, i0, j, before, text)
        if i >= j or _inside_english_name(toks, i0):
            continue
        if j - i >= 2 and toks[i].text in _STRIPPED_TITLES and cue and _foreign(toks[i + 1:j]):
            i += 1  # "nhà thiên văn học Lord Rees", "ông Dr Eric Kuan": the English title is no part of the name
        lived = _lifespan_at(text, toks[j - 1].end)  # "Khải Hưng (1896-1947):", a biography's head
        cue = cue or ("weak" if lived else "")
        start_i, full, foreign_at = None, True, 0
        j = _cut_at_role(toks, keys, i, j)
        inside_place = _place_tokens(toks, keys, i, j)
        minority = _minority_name(toks, keys, i, j)
        for k in range(i, j if not minority else i):
            if lexicon.roles().match(toks, k, keys):
                break
            sn = _surname_len(toks, keys, k, j)
            if sn and all(looks_foreign(t.text) for t in toks[k + sn:j]):
                foreign_at = foreign_at or k + sn
                continue  # "Âu Andrea Agnelli", "Hồ Guatavita": no Vietnamese given name
            if sn and sn < j - k <= sn + MAX_GIVEN and k not in inside_place \
                    and not any(_foreign_thing(t.text) for t in toks[k + sn:j]):
                # not "Tùy Viên Quốc Phòng Australia", "Hoàng Hà Mobile": no Vietnamese name holds a country or a firm
                if k == i and j - i >= 5 and _unit_before(text, toks[i].start) and _surname_len(toks, keys, i + 2, j):
                    continue  # "Chủ tịch UBND xã Kim Nỗ Lê Khả Bắc": the commune's name comes first
                start_i = k
                break
        if minority:
            start_i = i  # "Ksor Rinpa", "Rơ Mah Click": a Central Highlands family name, whatever the given name
        if start_i is None and j - i == 2 and _surname_len(toks, keys, i + 1, j) \
                and (toks[i].text in _hand_given() or toks[i].text in _foreign_given() and _latin_only(toks[i].text)):
            start_i = i  # "Lee Nguyễn", "Andrew Phạm": a foreign given name before a Vietnamese family name
        # "Chủ tịch Juventus Andrea Agnelli": a foreign name may start at a given name inside the run
        given_at = 0 if start_i is not None or toks[i].text in _foreign_given() else \
            next((k for k in range(i + 1, j - 1) if toks[k].text in _hand_given()), 0)  # not "Vsmart Aris Pro"
        if not given_at and foreign_at and j - foreign_at >= 2:  # "Liên minh châu Âu Josep Borrell"
            given_at = foreign_at
        if given_at and not (j - given_at <= 4 and _foreign(toks[given_at:j])
                             and (looks_foreign(toks[given_at].text) or toks[given_at].text in _foreign_given())
                             and all(looks_foreign(t.text) for t in toks[given_at + 1:j])):
            given_at = 0  # "Apple Tim Cook": "Tim" is a known given name though it spells a Vietnamese word
        if given_at == i + 1 and j - i <= 4 and _name_opener(text, toks, keys, i, i0, cue):
            given_at = i  # "ông Gan Kim Yong", "Luqman Hakim Shamsuddin": the word before the given name opens the name
        if start_i is None and not given_at and toks[i].text not in _foreign_given() and _foreign(toks[i:j]) \
                and _apposed_title(toks, out, i0) and all(t.text.isascii() for t in toks[i:j]) \
                and not (i > i0 and " ".join(keys[i0:i]) in places):  # "Bộ trưởng Tư pháp Mỹ Merrick Garland"
            # an English body, but not a name transliterated with Vietnamese marks ("Chủ tịch Cayxỏn Phômvihản")
            continue
        if start_i is None and j - i == 1 and _INITIAL_NAME.match(toks[i].text) \
                and looks_foreign(toks[i].text.split(".")[-1]) and not (i and toks[i - 1].text in _PARTICLES) \
                and toks[i].text.split(".")[-1] not in _org_words():
            start_i = i  # "C.Ronaldo", "N.Sihamoni": an initial and a foreign family name, not "K.League"
        apposed = _title_after(text, toks, keys, j) and toks[i].text not in _OPENERS  # "X Y, giám đốc ..."
        apposed = apposed or _said_after(toks, keys, i, j)  # "..., Aashish Chaudhry, cho biết"
        if start_i is None and _foreign(toks[i:j]) and 2 <= j - i <= 4 and \
                (cue or toks[i].text in _foreign_given() or apposed or _rare_given_pair(toks, keys, i, j, out)) \
                and not _after_board(keys, i):
            start_i = given_at or i
        elif start_i is None and j - i == 1 and looks_foreign(toks[i].text) and toks[i].text not in _OPENERS \
                and _AGE_YEARS.match(text, toks[i].end) and toks[i].text[1:].islower() \
                and not (i and keys[i - 1] in _PLACE_HEADS):  # "người vùng Pennsylvania, 56 tuổi"
            start_i = i  # "Em trai của cô, Taras, 20 tuổi": only a human being has an age
        elif start_i is None and given_at:
            start_i = given_at
        if start_i is not None and full and _glued_word(toks, j) and j - start_i >= 3 \
                and (not _given_ends_name(toks, keys, start_i, j) or _written_alone(text, toks, start_i, j - 1)) \
                and (j - start_i > 3 or not cue or keys[start_i] in _TITLE_SURNAMES
                     or keys[start_i] in lexicon.blocker_words() or _written_alone(text, toks, start_i, j - 1)):
            j -= 1  # "Trần Phú Học sinh": the last syllable starts a word (not "Phạm Minh Tuyên đọc biên bản")
        elif start_i is not None and _glued_word(toks, j) and j - start_i == 2 and before not in _STRONG:
            continue  # "Đoàn Đại biểu", "Nông Lâm sản", "Trưởng Ban nhạc Đoàn Nghệ thuật"
        if start_i is not None and _body_word_before(keys, start_i) and _surname_len(toks, keys, start_i + 1, j) \
                and j - start_i >= 3:
            start_i += 1  # "Bí thư Trung ương Đoàn Nông Quốc Tuấn": "Đoàn" ends the body
        if start_i is not None and _glued_family_name(toks, keys, i, start_i):
            continue  # "lãnh đạo Thành Đoàn Vũng Tàu", "nhà hàng Trúc Lâm Trai": the family name ends a word
        if start_i is None:
            if not cue or cue == "rank" or j - i > 3 or _after_board(keys, i) \
                    or cue == "weak" and j - i < 2 and not _foreign(toks[i:j]):
                continue
            if _no_given_name(toks, keys, i, j, cue):
                continue
            start_i, full = i, _foreign(toks[i:j]) and (j - i >= 2 or "." in toks[i].text)  # "G.Bush"
            full = full or " ".join(keys[i:j]) in historical_persons()  # "cố Tổng bí thư Hà Huy Tập": "Hà" is ambiguous
            if (cue == "role" and not full or cue == "honorific" and not full and looks_foreign(toks[i].text)
                    and i > 0 and keys[i - 1] in _SURNAME_ADDRESS) and not _sports_one_name(text, toks[i:j]):
                cue = "role-short"  # kept only if it resolves to a full name of the article ("ông Trump")
        while j - start_i > 3 and toks[j - 1].text in _TRAILING_ADDRESS:
            j -= 1  # "Trần Văn Sơn Em gái ...": the address word starts the next phrase
        if j - start_i > 2 and _time_phrase_at(toks, keys, j - 1):
            j -= 1  # "Phó Thủ tướng Nguyễn Tấn Dũng Sáng nay 5-4": a title line run into the lede
        if keys[start_i] in lexicon.blocker_words() and j - start_i >= 3 and not (cue in _STRONG and start_i == i) \
                and (_surname_len(toks, keys, start_i + 1, j) or " ".join(keys[start_i + 1:j]) in historical_persons()):
            continue  # "Đường Nguyễn Trãi": a street at the start of a sentence; not "anh Hồ Mạnh Trinh"
        if keys[start_i] in _place_openers() and not (cue in _STRONG and start_i == i) \
                and keys[start_i + 1] not in _MIDDLE_NAMES and " ".join(keys[start_i + 1:j]) in _places() \
                and not _listed_after_person(text, toks, out, start_i) and not _addressed(text, toks[j - 1].text):
            continue  # "Hồ Hòa Bình giảm 30 cm nước", "Từ Phú Thọ, ...": a reservoir, a road, "from" a place
        if cue not in _STRONG and _route_start(toks, keys, i0, start_i, j) or not cue and _situated(text, toks, j):
            continue  # "Từ Bắc vào Nam", "từ Đèo Nai đi đảo Quan Lạn": where a route starts; "Hồ Khe Gỗ (thuộc xã"
        if j - start_i >= 3 and " ".join(keys[start_i:start_i + 2]) in _two_word_blockers():
            continue  # "Cù Lao Chàm": a place word of two syllables opens the run
        if j - start_i >= 2 and toks[start_i].text in _non_name_openers():
            continue  # "Phóng viên Báo Thanh Niên": the run names an outlet, whatever cue stands before it
        cand = _Candidate(i0, i, start_i, j, cue, before, titled, distant, lived, full)
        historical = _historical(text, toks, keys, cand, last_historical)
        if _refused(text, toks, keys, sent_start, cand, historical):
            continue
        name_toks = toks[start_i:j]
        name = repair_tone(text[name_toks[0].start:name_toks[-1].end])  # "Hùynh" -> "Huỳnh"
        out.append(PersonMention(name_toks[0].start, name_toks[-1].end, name, start_i, j, full, cue))
        prev_blocked_end = -1  # a list after a person is a list of persons ("... tỉnh Nguyễn Văn Nam và Trần Thị Hoa")
        if historical:
            last_historical = j
    out = _with_initials(text, toks, sent_start, out)
    out = _with_bare_initials(text, toks, out)
    out.extend(listed_players(text, toks, keys, out))
    out.extend(formation_lineups(text, toks, out))
    out.extend(_acting_players(text, toks, keys, out))
    runs = capital_runs(toks, text)
    out.extend(_listed_with(text, toks, keys, runs, out))
    out.extend(_coordinated(text, toks, keys, runs, out))
    out.extend(_coordinated_given(text, toks, keys, runs, out))
    out.extend(_given_pair_squad(text, toks, keys, runs, out))
    out.extend(_relatives_named(toks, keys, runs, out))
    out.extend(_names_in_capitals(text, toks, keys, out))
    if person_crf.enabled():
        crf = person_crf.extra_mentions(text, toks, out, given_confidence=_sports_given_confidence(text))
        out.extend(m for m in crf if not _crf_refused(text, toks, keys, sent_start, m))
    out = _without_brands(toks, keys, runs, out)
    out = _without_streets(toks, keys, runs, out)
    for m in out:
        _with_regnal_number(text, toks, m)
        _with_dashed_surname(text, toks, m, out)
    for m in out:
        if _foreign(toks[m.tok_start:m.tok_end]):
            m.name = _usual_spelling(text, m.name)  # "Inigo Martinez" in a caption, "Inigo Martínez" in the text
        elif m.full:
            m.name = _usual_name(text, m.name)  # "Lý Bính Hy" twice beside "Lý Bình Hy" five times
    out = [m for m in out if not _byline(text, m)]
    out.sort(key=lambda m: m.tok_start)
    return _without_aliases(text, toks, keys, out)


def _capital_name_end(toks: list[Token], text: str, k: int) -> int:
    """End of a Vietnamese full name written in capitals from token k ("NGUYỄN TẤN PHÁT"): a family name and one
    to three syllables, the whole run of capitals, closed by punctuation, a line's end or a lower-case word; 0 if
    none."""
    e = k
    while e < len(toks) and toks[e].text.isupper() and toks[e].text.isalpha() and e - k < 5 \
            and (e == k or text[toks[e - 1].end:toks[e].start] == " "):
        e += 1
    if not 2 <= e - k <= 4 or e < len(toks) and toks[e].text.isupper() and toks[e].text.isalpha() \
            and text[toks[e - 1].end:toks[e].start] == " " \
            or not all(is_syllable(t.text.capitalize()) for t in toks[k:e]):
        return 0
    keys = [fold(t.text) for t in toks[:e]]
    return e if _surname_len(toks, keys, k, e) else 0


def _capital_cue(keys: list[str], k: int) -> str:
    """The form of address or rank right before token k, also a dashed pair of ranks ("PGS-TS")."""
    cue = _cue_before(keys, k)
    if not cue and k and "-" in keys[k - 1]:
        parts = keys[k - 1].split("-")
        cue = "rank" if all(p and _cue_before([p], 1) for p in parts) else ""
    return cue


def _names_in_capitals(text: str, toks: list[Token], keys: list[str], found: list[PersonMention]) \
        -> list[PersonMention]:
    """A Vietnamese full name written in capitals after a form of address or a rank (interviews: "- PGS-TS NGUYỄN
    TẤN PHÁT: Đúng là ...", "ÔNG THANG VĂN PHÚC, THỨ TRƯỞNG BỘ NỘI VỤ"), or in brackets after a question (the reader
    who asks: "... nhà cô dượng tôi không? (CAO THĂNG)"), is a person, written as a name."""
    out = []
    taken = {n for m in found for n in range(m.tok_start, m.tok_end)}
    for k in range(len(toks)):
        if k in taken or not toks[k].text.isupper():
            continue
        asker = k > 0 and toks[k - 1].text == "(" and text[:toks[k - 1].start].rstrip().endswith("?")
        cue = "weak" if asker else _capital_cue(keys, k)
        e = _capital_name_end(toks, text, k) if cue else 0
        if not e or any(n in taken for n in range(k, e)) or asker and not (e < len(toks) and toks[e].text in "),"):
            continue
        name = " ".join(t.text.capitalize() for t in toks[k:e])
        out.append(PersonMention(toks[k].start, toks[e - 1].end, name, k, e, True, cue))
        taken.update(range(k, e))
    return out


_INITIAL = re.compile(r"^[A-Z]$")
_ONE_LETTER_GIVEN = {"á", "ý"}  # "Nguyễn Sỹ Á", "Hồ Như Ý": given names of one letter; a bare capital is an initial
_ONE_LETTER_PLACES = {"xuyên"}  # "Đường Xuyên Á" (the Trans-Asia road), besides the gazetteer's "Châu Á", "Đông Á"


def _one_letter_given(keys: list[str], i: int, j: int) -> bool:
    last_two = " ".join(keys[j - 2:j])
    return j - i >= 3 and keys[j - 1] in _ONE_LETTER_GIVEN and last_two not in _places() \
        and keys[j - 2] not in _ONE_LETTER_PLACES


def _initial_at(toks: list[Token], k: int) -> bool:
    """Token k is a capital letter and a full stop glued to it ("C" "."), as the tokeniser splits "C."."""
    return k + 1 < len(toks) and _INITIAL.match(toks[k].text) is not None and toks[k + 1].text == "." \
        and toks[k].end == toks[k + 1].start


def _unlisted_given(word: str) -> bool:
    """A capitalised word no Vietnamese syllable spells that names no place or firm: before a middle initial it is
    a given name the lists lack ("Taraji P. Henson", "Rochelle P. Walensky")."""
    return len(word) > 2 and word[1:].islower() and looks_foreign(word) and word not in _OPENERS \
        and fold(word) not in _places() and word not in _org_words()


def _with_initials(text: str, toks: list[Token], sent_start: int, found: list[PersonMention]) -> list[PersonMention]:
    """A foreign given name, one or two middle initials and a family name ("Frank C. Cuaso", "George H. W. Bush",
    "Jordan D. Ryan") is one person: the full stop the tokeniser splits off the initial ended the name at the given
    name. Mentions inside it ("Frank", "Ryan") give way to it. Not inside a longer name: after a word of that name
    ("USS John S. McCain", "Harvard John A. Paulson"; a country may stand there: "Tổng thống Mỹ George W. Bush") or a
    place or body word ("sân bay quốc tế Daniel K. Inouye", "Trường Lester B. Pearson")."""
    keys = [fold(t.text) for t in toks]
    spans: list[tuple[int, int]] = []
    k = 1
    while k < len(toks):
        if not (_initial_at(toks, k) and text[toks[k - 1].end:toks[k].start] == " "
                and (toks[k - 1].text in _foreign_given() or _unlisted_given(toks[k - 1].text))):
            k += 1
            continue
        e = k
        while _initial_at(toks, e) and e + 2 < len(toks) and text[toks[e + 1].end:toks[e + 2].start] in ("", " "):
            e += 2
        family = toks[e] if e > k and e < len(toks) else None
        a = k - 1
        if a and text[toks[a - 1].end:toks[a].start] == " " and toks[a - 1].text in _foreign_given():
            a -= 1  # "Mary Ann B. Smith"
        cue = _cue_before(keys, a)
        if family is None or not _is_name_token(family) or not family.text.isascii() or len(family.text) < 2 \
                or fold(family.text) in _places() and not cue or family.text in _org_words():
            k += 1  # "Nam diễn viên Michael B. Jordan": after a cue, a family name that is also a place
            continue
        inside = a and toks[a - 1].text[:1].isupper() and keys[a - 1] not in _places() \
            and keys[a - 1] not in countries()
        if not cue and (inside or _blocked(text, sent_start, toks[a].start)):
            k = e + 1
            continue
        spans.append((a, e + 1))
        k = e + 1
    if not spans:
        return found
    kept = [m for m in found if not any(m.tok_start < b and a < m.tok_end for a, b in spans)]
    kept += [PersonMention(toks[a].start, toks[b - 1].end, text[toks[a].start:toks[b - 1].end], a, b, True,
                           _cue_before(keys, a)) for a, b in spans]
    return kept


_GLUED_INITIALS = re.compile(r"^(?:[A-Z]\.){1,3}([A-Z][^\W\d_]{2,})$")  # "A.A.Tatarinov", "V.Titov"
_INITIALS_TOKEN = re.compile(r"^[A-Z](?:\.[A-Z]){0,2}$")  # "J", "J.B" (the tokeniser splits the last full stop off)
_ENVOY_REACH = 14  # "Đại sứ đặc mệnh toàn quyền Liên bang Nga tại Việt Nam A.A.Tatarinov"


def _initials_end(text: str, toks: list[Token], k: int) -> int:
    """The token after one to three initials written apart from a family name ("G. Bush", "J.B. Weinstein", "A. A.
    Badawi"), or k when token k opens none."""
    e = k
    while e + 2 < len(toks) and e - k < 6 and _INITIALS_TOKEN.match(toks[e].text) and toks[e + 1].text == "." \
            and toks[e].end == toks[e + 1].start and text[toks[e + 1].end:toks[e + 2].start] in ("", " "):
        e += 2
    return e


def _initialled_family(toks: list[Token], e: int) -> int:
    """The end of a foreign family name of one or two words at token e ("Bush", "Tumur Ochir", "Liddell Hart"),
    or e when none stands there: every word spells no Vietnamese syllable and names no place or body."""
    f = e
    while f < len(toks) and f - e < 2 and _is_name_token(toks[f]) and looks_foreign(toks[f].text) \
            and fold(toks[f].text) not in _places() and toks[f].text not in _org_words() \
            and (f == e or toks[f - 1].end + 1 == toks[f].start):
        f += 1
    return f


def _with_bare_initials(text: str, toks: list[Token], found: list[PersonMention]) -> list[PersonMention]:
    """Initials and a foreign family name after a form of address or a title are a person ("Thủ tướng J.
    Koizumi", "thẩm phán B. Weinstein", "Đại sứ ... tại Việt Nam A.A.Tatarinov"): the press writes a foreign given
    name by its initial. The full stop the tokeniser splits off an initial breaks the capitalised run, and a glued
    "A.A.Tatarinov" reads as one word, which a title alone does not make a person."""
    if not any(_may_open_initials(t.text) for t in toks):
        return found
    keys = [fold(t.text) for t in toks]
    taken = {k for m in found for k in range(m.tok_start, m.tok_end)}
    spans: list[tuple[int, int]] = []
    k = 0
    while k < len(toks):
        end = _initialled_name_end(text, toks, k) if _may_open_initials(toks[k].text) else k
        if end > k and not any(x in taken for x in range(k, end)) and _initials_cued(toks, keys, k):
            spans.append((k, end))
            k = end
        else:
            k += 1
    return found + [PersonMention(toks[a].start, toks[b - 1].end, text[toks[a].start:toks[b - 1].end], a, b, True,
                                  _cue_before(keys, a)) for a, b in spans]


def _may_open_initials(word: str) -> bool:
    """A token that can open initials: a capital of A-Z, and an initial ("J", "J.B") or glued ones ("A.A.Tatarinov")."""
    return "A" <= word[:1] <= "Z" and (len(word) <= 5 or "." in word)


def _initialled_name_end(text: str, toks: list[Token], k: int) -> int:
    """The end of initials and a foreign family name opening at token k ("G. Bush", "A.A.Tatarinov"), or k."""
    glued = _GLUED_INITIALS.match(toks[k].text)
    if glued:
        return k + 1 if looks_foreign(glued.group(1)) and fold(glued.group(1)) not in _places() else k
    e = _initials_end(text, toks, k)
    f = _initialled_family(toks, e) if e > k else e
    return f if f > e else k


def _initials_cued(toks: list[Token], keys: list[str], k: int) -> bool:
    """A form of address or a title stands before the initials at token k, maybe with a country or place between
    ("Tổng thống Mỹ G. Bush", "Lãnh sự Ấn Độ N. P. Singh Ajad", "TS. T. Fujita"), and no capitalised word of a
    longer name ("Tàu sân bay John C.Stennis" is another path's)."""
    if _cue_before(keys, k) or k > 1 and toks[k - 1].text == "." and _cue_before(keys, k - 1):
        return True
    b = k
    while b > 0 and toks[b - 1].text[:1].isupper() and k - b < 3:
        b -= 1
    if b < k and " ".join(keys[b:k]) not in _places() and " ".join(keys[b:k]) not in countries():
        return False
    return bool(_cue_before(keys, b)) or _title_near(toks, keys, b, _ENVOY_REACH)


_REGNAL = re.compile(r"^(?:II|III|IV|VI|VII|VIII|IX|XI|XII|XIII|XIV|XV|XVI)$")


def _with_regnal_number(text: str, toks: list[Token], m: PersonMention) -> None:
    """A Roman number right after a foreign name is part of it ("Nữ hoàng Elizabeth II", "Giáo hoàng John Paul II",
    "ông Lansing Horan IV")."""
    k = m.tok_end
    if k < len(toks) and _REGNAL.match(toks[k].text) and text[toks[k - 1].end:toks[k].start] == " " \
            and _foreign(toks[m.tok_start:k]) and not (k + 1 < len(toks) and toks[k + 1].text[:1].isalnum()
                                                       and toks[k + 1].text[:1].isupper()):
        m.end, m.tok_end = toks[k].end, k + 1
        m.name, m.full = f"{m.name} {toks[k].text}", True  # a monarch's name in full, as it is ever written
        if m.cue == "role-short":
            m.cue = "role"


_BYLINE_BEFORE = re.compile(r"[.!…]\s*\(\Z")
_BYLINE_AFTER = re.compile(r"\)(?:[^\S\n]*(?:\n|\Z|[A-ZĐ])|\w)")  # the next paragraph may be glued on


def _byline(text: str, m: PersonMention) -> bool:
    """A name in brackets after the last full stop of a paragraph, written nowhere else in the article, signs the
    report ("... của châu Âu hiện nay. (Trần Phương)", "... chết tại chỗ. (Đàm Huy)Theo một cán bộ", "(Mạnh Dương)đầu
    ước tính"): the author's
    byline, no person the article reports on. Not an author after a work's title ('bài thơ "Thăm núi Ba Vì" (Phạm
    Tiến Duật)') nor a reader signing a question ('... bao lâu? (Nguyễn Thùy Linh)')."""
    return bool(_BYLINE_BEFORE.search(text, max(0, m.start - 4), m.start) and _BYLINE_AFTER.match(text, m.end)) \
        and text.count(m.name) == 1 or _signed_line(text, m)


@cache
def _byline_words() -> frozenset[str]:
    return frozenset(word_list("byline_words.txt"))


@cache
def _byline_footers() -> tuple[str, ...]:
    return tuple(word_list("byline_footers.txt"))


def _signed_line(text: str, m: PersonMention) -> bool:
    """A name alone on its line after a paragraph's end, written nowhere else in the article, signs the report when
    a byline word follows it on the line ("Đoàn Loan thực hiện", "Mi Vân (tổng hợp)") or the article ends or its
    footer starts on the next line ("Hồng Hạnh" before "* Mọi ý kiến đóng góp ...", "Theo ...", "Tham khảo: ...")."""
    a = text.rfind("\n", 0, m.start) + 1
    b = text.find("\n", m.end)
    b = len(text) if b < 0 else b
    rest = text[m.end:b].strip(" \t-–()[].")
    if text[a:m.start].strip() or rest and rest not in _byline_words() or text.count(m.name) != 1:
        return False
    before = text[:a].rstrip()
    if not before or before[-1] not in '.!?…"”)':
        return False
    after = text[b:].lstrip()
    return bool(rest) or not after or after.startswith(_byline_footers())


def _dashed_only(text: str, word: str) -> bool:
    """Every time the article writes `word`, a dash comes right before it ("Offord - Woolley", "Offord – Woolley")."""
    hits = [h.start() for h in re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", text)]
    return bool(hits) and all(text[max(0, h - 2):h].strip()[-1:] in _DASH for h in hits)


def _with_dashed_surname(text: str, toks: list[Token], m: PersonMention, found: list[PersonMention]) -> None:
    """A double-barrelled foreign family name written with a spaced dash ("bà Susie Offord - Woolley, Phó Giám đốc",
    "cô Kate Sherriff- Smith từ trường"): the word after the dash ends the name. Not a pair or a route
    ("Liang Jui Wei - Ching Hui Chang", "Martin College - Australia"): one word, then no capital, never written alone
    in the article, no place or firm; and the name is a person's by a form of address or title, or listed after
    another person's, not a caption's "Ariana Grande - Problem" (singer - song) or "Toni Ruttimann - Bridgebuilder"."""
    k = m.tok_end
    if not (k + 1 < len(toks) and toks[k].text in _DASH and k - m.tok_start >= 2 and _foreign(toks[m.tok_start:k])):
        return
    a = m.tok_start
    if not m.cue and not (a and toks[a - 1].text in (",", "và") and any(o.tok_end < a for o in found)):
        return
    word = toks[k + 1].text
    after = toks[k + 2].text if k + 2 < len(toks) else ""
    if not (word.isascii() and word.isalpha() and len(word) >= 2 and word[0].isupper() and word[1:].islower()) \
            or toks[k + 1].start - toks[k - 1].end > 3 or after[:1].isupper() or after[:1].isdigit() \
            or fold(word) in countries() or fold(word) in _places() or word in _org_words() \
            or fold(word) in _non_persons() or not _dashed_only(text, word):
        return
    m.end, m.tok_end = toks[k + 1].end, k + 2
    m.name = f"{m.name}-{word}"


@cache
def _alias_words() -> lexicon.PhraseMatcher:
    return lexicon.PhraseMatcher({w: w for w in word_list("alias_words.txt")})


def _alias_between(toks: list[Token], keys: list[str], a: int, b: int) -> bool:
    """Tokens a..b hold an alias word, with only brackets, years or an age before it and at most two words (a
    title: "Tức vua Hàm Nghi") after it."""
    for k in range(a, b):
        m = _alias_words().match(toks, k, keys)
        if m:
            return all(not t.text[:1].isalpha() or t.text in ("SN", "tuổi") for t in toks[a:k]) \
                and b - (k + m[0]) <= 2 and all(t.text.isalpha() for t in toks[k + m[0]:b])
    return False


def _without_aliases(text: str, toks: list[Token], keys: list[str], found: list[PersonMention]) -> list[PersonMention]:
    """A name given as another name of the person just named in full or at the head of a biography is that person,
    not another; after a nickname or a stage name the full name stands for the person ("ông Tư Sul (tên thật là
    Phạm Ngọc Tuấn)", "Rapper Tyga - Tên thật là Michael Ray Nguyen-Stevenson")."""
    keep: list[PersonMention] = []
    for m in found:
        prev = keep[-1] if keep else None
        if prev and _alias_between(toks, keys, prev.tok_end, m.tok_start):
            if prev.tok_end - prev.tok_start >= 2 and (prev.full or _lifespan_at(text, toks[prev.tok_end - 1].end)):
                continue
            if m.full:
                prev.cue, prev.canonical = "alias", m.name  # it and the article's other mentions of it become m
        keep.append(m)
    return keep


def _apply_aliases(sentences: list[tuple[list[Token], list[PersonMention]]]) -> None:
    aliases: dict[str, str] = {}
    for _, found in sentences:
        aliases.update((fold(m.name), m.canonical) for m in found if m.cue == "alias")
    if not aliases:
        return
    for _, found in sentences:
        for m in found:
            if fold(m.name) in aliases:
                m.name, m.full = aliases[fold(m.name)], True


def _near(a: str, b: str, most: int = 2) -> bool:
    """Two spellings of one given name: same first letter, one letter changed, two in a long name ("Juergen",
    "Jurgen") unless `most` is 1 ("Jong-il" and "Jong-un" are two people)."""
    if a[:1] != b[:1] or abs(len(a) - len(b)) > 2 or min(len(a), len(b)) < 4:
        return False
    prev = list(range(len(b) + 1))
    for x, ca in enumerate(a, 1):
        cur = [x]
        for y, cb in enumerate(b, 1):
            cur.append(min(prev[y] + 1, cur[y - 1] + 1, prev[y - 1] + (ca != cb)))
        prev = cur
    return prev[-1] <= (1 if min(len(a), len(b)) < 6 else most)  # not "Zhang Wei" / "Zhao Wei"


def _short_form(a: str, b: str) -> bool:
    """One given name is the other's short form ("Samu" and "Samuel", "Alex" and "Alexander")."""
    return min(len(a), len(b)) >= 3 and a != b and (a.startswith(b) or b.startswith(a))


_INITIAL_DOT = re.compile(r"\.\s*")


def _merge_initial_spacing(sentences: list[tuple[list[Token], list[PersonMention]]]) -> None:
    """A name written with and without a space after an initial ("Eric G. John" and "Eric G.John", "Taraji P.Henson"
    and "Taraji P. Henson") is one person, under its most frequent spelling (the first on a tie)."""
    counts: dict[str, int] = {}
    for _, found in sentences:
        for m in found:
            if m.full and "." in m.name:
                counts[m.name] = counts.get(m.name, 0) + 1
    usual: dict[str, str] = {}
    for name in sorted(counts, key=lambda n: -counts[n]):  # stable: the first seen wins a tie
        usual.setdefault(_INITIAL_DOT.sub(".", name), name)
    for _, found in sentences:
        for m in found:
            if m.name in counts:
                m.name = usual[_INITIAL_DOT.sub(".", m.name)]


def _merge_spellings(sentences: list[tuple[list[Token], list[PersonMention]]]) -> None:
    """A foreign full name the article also writes with its given name misspelt or transliterated otherwise
    ("Juergen Klinsmann" beside "Jurgen Klinsmann", "Macus Rashford" beside "Marcus Rashford"; in East Asian order
    "Zhang Weill" beside "Zhang Weili"), or with a short form of its given name ("Samu Chukwueze" beside "Samuel
    Chukwueze"), is one person, under its most frequent spelling (the first on a tie)."""
    mentions = [m for _, found in sentences for m in found
                if m.full and len(m.name.split()) == 2 and is_foreign_name(m.name)]
    counts: dict[str, int] = {}
    for m in mentions:
        counts[m.name] = counts.get(m.name, 0) + 1
    names = list(counts)
    for m in mentions:
        given, family = m.name.split()
        for other in names:
            o_given, o_family = other.split()
            if other != m.name and (fold(o_family) == fold(family) and (_near(fold(given), fold(o_given))
                                                                       or _short_form(fold(given), fold(o_given)))
                                    or fold(o_given) == fold(given) and _near(fold(family), fold(o_family), 1)) \
                    and (counts[other], -names.index(other)) > (counts[m.name], -names.index(m.name)):
                m.name = other
                break


def complete_foreign_names(text: str, sentences: list[tuple[list[Token], list[PersonMention]]]) -> list[PersonMention]:
    """A foreign person the article names by one word ("Larson thủ vai", "Smith kết hôn") is named in full where
    two foreign words end with that word ("Brie Larson giành giải Oscar", "Chelsi Smith đăng quang"): those are
    the full name, found with no cue (the mentions are added to each sentence's list and returned). A stage name
    or nickname the article gives a full name for ("Tyga - Tên thật là Michael Ray Nguyen-Stevenson") is that
    full name wherever it occurs."""
    _apply_aliases(sentences)
    _extend_lowercased(text, sentences)
    out = _relatives(text, sentences)
    _merge_initial_spacing(sentences)
    _merge_spellings(sentences)
    singles = {m.name for _, found in sentences for m in found
               if m.tok_end - m.tok_start == 1 and looks_foreign(m.name) and m.name.isalpha()}
    if not singles:
        return out
    for toks, found in sentences:
        taken = {k for m in found for k in range(m.tok_start, m.tok_end)}
        keys = [fold(t.text) for t in toks]
        added = []
        for a, b in capital_runs(toks, text):
            if b - a < 2 or toks[b - 1].text not in singles:
                continue
            a = b - 2  # "giải Oscar Brie Larson": the given name and the family name
            if any(k in taken for k in range(a, b)) or not _foreign_item(toks, keys, a, b) \
                    or toks[a].text in _OPENERS or not looks_foreign(toks[a].text) \
                    or keys[a] in _places() or keys[a] in _non_persons() or keys[a] in countries() \
                    or any(get().match(toks, a, keys) for _, get in _CUE_MATCHERS):  # "Mullah Mansour"
                continue
            added.append(PersonMention(toks[a].start, toks[b - 1].end, text[toks[a].start:toks[b - 1].end], a, b,
                                       True, "list"))
        if added:
            found.extend(added)
            found.sort(key=lambda m: m.tok_start)
            out.extend(added)
    return out


def _extend_lowercased(text: str, sentences: list[tuple[list[Token], list[PersonMention]]]) -> None:
    """A name whose last syllable is written in lower case ("Trợ lý Lê Huy khoa", "Phạm Minh chính") or with a stray
    capital ("Huỳnh Hiểu MInh") stops one word short: where the article names that person with the syllable
    capitalised ("Lê Huy Khoa"), the miswritten word ends the name too. Likewise an East Asian given name of two
    syllables written without its hyphen ("Kim Jong un", "Kim Jong Un") where the article also writes it with one
    ("Kim Jong-un") is that name, not "Kim Jong" nor a second person."""
    named = {m.name: m.full for _, found in sentences for m in found}
    hyphened = {fold(n): n for n in named if "-" in n}
    spaced = {k.replace("-", " "): n for k, n in hyphened.items()}
    for toks, found in sentences:
        taken = {m.tok_start for m in found}
        for m in found:
            if m.full and fold(m.name) in spaced:
                m.name = spaced[fold(m.name)]  # "Kim Jong Un" beside "Kim Jong-un"
                continue
            k = m.tok_end
            if k >= len(toks) or k in taken or text[toks[k - 1].end:toks[k].start] != " " \
                    or not toks[k].text.isalpha():
                continue
            joined = hyphened.get(fold(f"{m.name}-{toks[k].text}"))
            if joined:
                m.end, m.tok_end, m.name, m.full = toks[k].end, k + 1, joined, named[joined]
                continue
            if toks[k].text == toks[k].text.capitalize():
                continue
            longer = f"{m.name} {toks[k].text.capitalize()}"
            if longer in named:
                m.end, m.tok_end, m.name, m.full = toks[k].end, k + 1, longer, named[longer]


def _relative_at(toks: list[Token], keys: list[str], a: int, b: int, families: set[str]) -> bool:
    """Tokens a..b are two foreign words, the second a family name of the article's foreign people, the first no
    place, body, title or form of address ("Suri Cruise"; not "Tổng thống Philippines Duterte", "Mullah Omar")."""
    return b - a == 2 and toks[b - 1].text in families and _foreign_item(toks, keys, a, b) \
        and toks[a].text not in _OPENERS and looks_foreign(toks[a].text) and toks[a].text[1:].islower() \
        and (toks[a].text.isascii() or toks[a].text in _foreign_given()) \
        and keys[a] not in _places() and keys[a] not in _non_persons() and keys[a] not in countries() \
        and not any(get().match(toks, a, keys) for _, get in _CUE_MATCHERS)


def _relatives(text: str, sentences: list[tuple[list[Token], list[PersonMention]]]) -> list[PersonMention]:
    """A run of two foreign words ending with the family name of a foreign person the article names in full is a
    person too, found with no cue: a relative ("Suri Cruise" beside "Tom Cruise", "Hailey Bieber" beside "Justin
    Bieber") or the same person spelt otherwise ("Charlie Munger" beside "Charles Munger", then merged). The
    mentions are added to each sentence's list and returned."""
    known = {m.name for _, found in sentences for m in found if m.full and len(m.name.split()) >= 2
             and is_foreign_name(m.name)}  # a known name the recogniser left out somewhere stays out there
    families = {name.split()[-1] for name in known}
    out: list[PersonMention] = []
    if not families:
        return out
    for toks, found in sentences:
        taken = {k for m in found for k in range(m.tok_start, m.tok_end)}
        keys = [fold(t.text) for t in toks]
        added = [PersonMention(toks[a].start, toks[b - 1].end, text[toks[a].start:toks[b - 1].end], a, b, True, "list")
                 for a, b in capital_runs(toks, text)
                 if not any(k in taken for k in range(a, b)) and _relative_at(toks, keys, a, b, families)
                 and text[toks[a].start:toks[b - 1].end] not in known]
        if added:
            found.extend(added)
            found.sort(key=lambda m: m.tok_start)
            out.extend(added)
    return out


@cache
def _lineup_cue() -> re.Pattern[str]:
    words = sorted(word_list("lineup_cues.txt"), key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in words) + r")(?!\w)", re.IGNORECASE)


@lru_cache(maxsize=4)
def _sports_report(text: str) -> bool:
    """The article is a sports report (searched once per article, not once per sentence)."""
    return _lineup_cue().search(text) is not None


def _sports_one_name(text: str, name: list[Token]) -> bool:
    """A foreign name of one word in a sports story (two kinds of sports words: "HLV", "ghi bàn"): players and
    coaches go by one name there ("ông Mourinho", "HLV Simeone"), and such a name is a person."""
    return len(name) == 1 and looks_foreign(name[0].text) and len(_sports_words(text)) >= 2


def _sports_given_confidence(text: str) -> float | None:
    """In a sports report players go by their given name ("Quang Hải chuyền cho Văn Quyết"): the CRF's
    given names alone are taken there at a lower confidence."""
    return person_crf.SPORTS_GIVEN_CONFIDENCE if len(_sports_words(text)) >= 2 else None


@lru_cache(maxsize=4)
def _sports_words(text: str) -> frozenset[str]:
    return frozenset(_SAME_WORD.get(w, w) for w in (fold(m.group(0)) for m in _lineup_cue().finditer(text)))


_SAME_WORD = {"hlv": "huấn luyện viên"}


_MIN_LINEUP = 7  # a football line-up names 11, a squad list more
_SEPARATORS = {",", "-", "–", ";"}


def _minute_mark(toks: list[Token], k: int) -> int:
    """Length of a minute mark "(8')", "(45+2')" at token k (0 if none)."""
    if k >= len(toks) or toks[k].text != "(":
        return 0
    m = k + 1
    while m < len(toks) and (toks[m].text.isdigit() or toks[m].text in ("'", "’", "+", ",")):
        m += 1
    return m - k + 1 if m < len(toks) and toks[m].text == ")" and m > k + 1 and toks[m - 1].text in ("'", "’") else 0


def _club_bracket(toks: list[Token], k: int) -> int:
    """Length of a bracket of one to five words at token k ("(Hải Phòng)", "(HN T&T)"), 0 if none."""
    if k >= len(toks) or toks[k].text != "(":
        return 0
    close = next((m for m in range(k + 1, min(len(toks), k + 7)) if toks[m].text == ")"), 0)
    return close - k + 1 if close > k + 1 and all(t.text not in (":", "(") for t in toks[k + 1:close]) else 0


def listed_players(text: str, toks: list[Token], keys: list[str], found: list[PersonMention]) -> list[PersonMention]:
    """Players in a line-up or a scorer list after a colon ("Atletico Madrid: Oblak, Trippier, Savic, ...",
    "Bàn thắng: Berenguer (8'), Martinez (86')"): every item of one to three capitalised words is a person
    when the list is long (a team of eleven) or every item carries a minute mark."""
    taken = {k for m in found for k in range(m.tok_start, m.tok_end)}
    places = _places()
    out: list[PersonMention] = []
    for c, tok in enumerate(toks):
        if tok.text != ":":
            continue
        items: list[tuple[int, int]] = []
        subs: list[tuple[int, int]] = []
        marked = 0
        k = c + 1
        while k < len(toks) and _is_name_token(toks[k]):
            e = k + 1
            while e < len(toks) and e - k < 3 and _is_name_token(toks[e]) and toks[e - 1].end < toks[e].start:
                e += 1
            items.append((k, e))
            mark = _minute_mark(toks, e)
            marked += bool(mark)
            bracket = 0 if mark else _club_bracket(toks, e)  # "Văn Lâm (Hải Phòng)": the player's club
            sub = e + 1 + next((n for n in range(1, 4) if e + 1 + n < len(toks) and toks[e + 1 + n].text.isdigit()
                                and all(_is_name_token(t) for t in toks[e + 1:e + 1 + n])), 0) if bracket else 0
            if sub > e + 1:
                subs.append((e + 1, sub))  # "Varane (Nacho 45)": the substitute who came on
            e += mark or bracket
            if e < len(toks) and toks[e].text in _SEPARATORS:
                k = e + 1
            else:
                k = e
                break
        closed = k >= len(toks) or toks[k].text in (".", ";") or _is_name_token(toks[k]) and marked
        if not items or not closed or not (len(items) >= _MIN_LINEUP or marked == len(items)
                                           or keys[c - 1] in _positions() or " ".join(keys[c - 2:c]) in _positions()) \
                or not _sports_report(text):
            continue
        for a, b in items + subs:
            key = " ".join(keys[a:b])
            if key in places or key in _non_persons() or any(x in taken for x in range(a, b)):
                continue
            name = text[toks[a].start:toks[b - 1].end]
            out.append(PersonMention(toks[a].start, toks[b - 1].end, name, a, b, b - a >= 2, "list"))
    return out


_FORMATION = re.compile(r"^\d(?:-\d){2,4}$")  # "4-3-3", "4-2-3-1"
_LINEUP_FILLERS = {"at", "pen", "c", "'", "’", "+", ".", ",", ";", "(", ")", "-", "–"}  # "García at 85", "(pen)"
_MAX_PLAYER_WORDS = 4  # "Lodi dos Santos", "Van de Beek", "Mac Allister"


def _lineup_name_end(toks: list[Token], text: str, k: int) -> int:
    """End of a player's name starting at token k: capitalised words with lower-case particles and a leading
    initial ("D. Garcia", "Lodi dos Santos", "Alexander-Arnold"); k if no name starts there."""
    e = k
    if e + 2 < len(toks) and _INITIAL.match(toks[e].text) and toks[e + 1].text == "." \
            and _is_name_token(toks[e + 2]):
        e += 2  # "D. Garcia": an initial, kept with the family name
    elif not _is_name_token(toks[e]) or len(toks[e].text) < 2:
        return k
    e += 1
    while e < len(toks) and "\n" not in text[toks[e - 1].end:toks[e].start]:
        if _is_name_token(toks[e]) and len(toks[e].text) > 1:
            e += 1
        elif toks[e].text in _PARTICLES and e + 1 < len(toks) and _is_name_token(toks[e + 1]):
            e += 2
        else:
            break
    return e


def formation_lineups(text: str, toks: list[Token], found: list[PersonMention]) -> list[PersonMention]:
    """The players of a line-up headed by a team and its formation in brackets ("Leeds (4-1-4-1) Meslier, Ayling,
    ...", "VILLARREAL (4-4-2): Rulli 6; Foyth 7.5 (Gaspar 70, 6), ..."): every name up to the end of the line is a
    player, with ratings, minutes and substitutes in brackets between them; the colon list rule misses such lines
    when they carry ratings, semicolons or no colon. At least seven names (a team of eleven); sports reports only."""
    taken = {k for m in found for k in range(m.tok_start, m.tok_end)}
    out: list[PersonMention] = []
    for f in range(1, len(toks) - 1):
        if not (_FORMATION.match(toks[f].text) and toks[f - 1].text == "(" and toks[f + 1].text == ")"):
            continue
        if not _sports_report(text):
            break
        items: list[tuple[int, int]] = []
        k = f + 2 + (f + 2 < len(toks) and toks[f + 2].text == ":")
        while k < len(toks) and "\n" not in text[toks[k - 1].end:toks[k].start]:
            e = _lineup_name_end(toks, text, k)
            if e > k:
                items.append((k, e))
                k = e
            elif toks[k].text.isdigit() or re.fullmatch(r"\d+[.,]\d+", toks[k].text) \
                    or fold(toks[k].text) in _LINEUP_FILLERS:
                k += 1
            else:
                break  # prose after the line-up
        if len(items) < _MIN_LINEUP:
            continue
        for a, b in items:
            key = fold(text[toks[a].start:toks[b - 1].end])
            if b - a > _MAX_PLAYER_WORDS or key in _places() or key in _non_persons() \
                    or any(x in taken for x in range(a, b)):
                continue
            out.append(PersonMention(toks[a].start, toks[b - 1].end, text[toks[a].start:toks[b - 1].end], a, b,
                                     b - a >= 2 and not _INITIAL.match(toks[a].text), "list"))
    return out


def _list_item(toks: list[Token], keys: list[str], a: int, b: int) -> bool:
    """Two or three capitalised Vietnamese syllables that name no place, body or title."""
    key = " ".join(keys[a:b])
    return 2 <= b - a <= 3 and all(is_syllable(t.text) for t in toks[a:b]) and key not in _places() \
        and key not in _non_persons() and not lexicon.roles().match(toks, a, keys) and not _blocked_word(keys, a)


def _name_lists(toks: list[Token], runs: list[tuple[int, int]], least: int = 3) -> list[list[tuple[int, int]]]:
    """Runs of `least` or more capitalised runs separated by a comma or "và"."""
    lists: list[list[tuple[int, int]]] = []
    cur: list[tuple[int, int]] = []
    for a, b in runs:
        if cur and cur[-1][1] < len(toks) and toks[cur[-1][1]].text in (",", "và") and cur[-1][1] + 1 == a:
            cur.append((a, b))
        else:
            if len(cur) >= least:
                lists.append(cur)
            cur = [(a, b)]
    if len(cur) >= least:
        lists.append(cur)
    return lists


_PAIR_WORDS = {"cặp", "đôi", "hai", "bộ"}  # not "các": "các cầu thủ Liverpool và Chelsea" are clubs


def _pair_before(keys: list[str], first: int) -> bool:
    """A plural or pair word opens the profession before a pair of names ("cặp tiền đạo Muriel và Zapata")."""
    return bool(_cue_before(keys, first)) and any(keys[k] in _PAIR_WORDS for k in range(max(0, first - 4), first - 1))


def _without_brands(toks: list[Token], keys: list[str], runs: list[tuple[int, int]],
                    found: list[PersonMention]) -> list[PersonMention]:
    """Drop the names of a list that brand words introduce ("các thương hiệu như Louis Vuitton, Christian Dior,
    Givenchy"): fashion houses named after their founders."""
    branded: set[int] = set()
    for items in _name_lists(toks, runs):
        first = items[0][0]
        if any(" ".join(keys[k:k + 2]) in _brand_words() or keys[k] in _brand_words()
               for k in range(max(0, first - 8), first)):
            branded.update(k for a, b in items for k in range(a, b))
    return [m for m in found if m.tok_start not in branded] if branded else found


_DASH = {"-", "–", "—"}


def _dash_chains(toks: list[Token], runs: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """Runs joined by dashes ("Chùa Bộc - Phạm Ngọc Thạch - Đào Duy Anh")."""
    chains: list[list[tuple[int, int]]] = []
    cur: list[tuple[int, int]] = []
    for a, b in runs:
        if cur and cur[-1][1] + 1 == a and toks[cur[-1][1]].text in _DASH:
            cur.append((a, b))
        else:
            if len(cur) >= 2:
                chains.append(cur)
            cur = [(a, b)]
    if len(cur) >= 2:
        chains.append(cur)
    return chains


def _without_streets(toks: list[Token], keys: list[str], runs: list[tuple[int, int]],
                     found: list[PersonMention]) -> list[PersonMention]:
    """Drop names that are streets of a route or of a list of places: a dash chain of three or more names, or
    of two after a junction word ("ngã ba Phạm Ngọc Thạch - Đào Duy Anh"), and a list without a title before
    it in which most items are no person's name ("Vườn Lài, Trường Chinh, Minh Phụng, Phạm Văn Hai, Âu Cơ")."""
    starts = {m.tok_start: m for m in found}
    streets: set[int] = set()
    for chain in _dash_chains(toks, runs):
        first = chain[0][0]
        if len(chain) >= 3 or any(keys[k] in _ROUTE_WORDS for k in range(max(0, first - 3), first)) \
                or _road_word_before(keys, first) and not _cue_before(keys, first) \
                and not any(lexicon.roles().match(toks, a, keys) for a, _ in chain):  # not "đại tá A - Phó giám đốc"
            streets.update(a for a, _ in chain)
    streets.update(_route_ends(toks, keys, runs))
    streets.update(m.tok_start for m in found if _numbered_road_beside(toks, keys, m.tok_start, m.tok_end))
    streets.update(_listed_schools(toks, keys, found))
    for items in _name_lists(toks, runs, 2):
        first = items[0][0]
        cued = _cue_before(keys, first) or first > 1 and keys[first - 1] in _LINKS and _cue_before(keys, first - 1)
        persons = sum(a in starts for a, _ in items)
        if not cued and (len(items) >= 3 and persons * 2 < len(items) or _kind_before_list(keys, first)):
            streets.update(a for a, _ in items
                           if a in starts and not starts[a].cue and not _foreign(toks[a:starts[a].tok_end]))
    return [m for m in found if m.tok_start not in streets or m.cue in _STRONG] if streets else found


def _route_ends(toks: list[Token], keys: list[str], runs: list[tuple[int, int]]) -> set[int]:
    """The starts of the two names of "từ A đến B" when a road word comes earlier in the sentence ("đường Hậu
    Giang (đoạn từ Mũi Tàu đến Nguyễn Văn Luông)"): the two ends of a road section."""
    ends: set[int] = set()
    for (a, b), (c, _) in zip(runs, runs[1:], strict=False):
        if a > 0 and keys[a - 1] == "từ" and c == b + 1 and keys[b] == "đến" and _road_word_before(keys, a - 1):
            ends.update((a, c))
    return ends


_ROAD_NUMBER = re.compile(r"\d+[A-Za-z]?")
_NUMBERED_ROADS = {"ql", "tl", "đt", "dt", "đường"}  # "QL 1A", "ĐT 741", "đường 70"; "quốc lộ", "tỉnh lộ" end in "lộ"
_ROAD_KINDS = {"quốc", "tỉnh", "hương"}


def _numbered_road_at(toks: list[Token], keys: list[str], k: int) -> bool:
    """Tokens k-1 and k are a numbered road ("quốc lộ 1A", "QL 22", "đường 70"), k the number."""
    return 0 < k < len(toks) and bool(_ROAD_NUMBER.fullmatch(toks[k].text)) \
        and (keys[k - 1] in _NUMBERED_ROADS or keys[k - 1] == "lộ" and k > 1 and keys[k - 2] in _ROAD_KINDS)


def _numbered_road_beside(toks: list[Token], keys: list[str], a: int, b: int) -> bool:
    """A numbered road and a dash before or after the name toks[a:b] ("giao lộ quốc lộ 1 - Nguyễn Hữu Trí", "ngã
    tư Nguyễn Văn Linh - quốc lộ 50"): the junction of two roads, the name is a street's."""
    before = a >= 3 and toks[a - 1].text in _DASH and _numbered_road_at(toks, keys, a - 2)
    after = b + 2 < len(toks) and toks[b].text in _DASH \
        and any(_numbered_road_at(toks, keys, k) for k in (b + 2, b + 3))
    return before or after


def _road_word_before(keys: list[str], i: int) -> bool:
    """A road or route word of route_nouns.txt ends before token i in the sentence."""
    return any(tuple(keys[k:k + len(p)]) == p for p in lexicon.folded_phrases("route_nouns.txt")
               for k in range(i - len(p) + 1))


_PLURALS = {"các", "những", "nhiều"}
_LIST_MARKS = {",", ";", ":", "(", "và"}


def _listed_schools(toks: list[Token], keys: list[str], found: list[PersonMention]) -> set[int]:
    """The starts of the bare names of a list that a plural or a number and `trường` open with a colon or a bracket
    ("các trường THPT: Nguyễn Thượng Hiền, Gò Vấp", "6 trường tiểu học (Triệu Thị Trinh, Lê Thị Riêng)"): schools.
    A bracket's list ends at its closing bracket, a colon's at the end of the sentence."""
    heads = lexicon.folded_phrases("school_list_heads.txt")
    out: set[int] = set()
    for k, key in enumerate(keys):
        if key not in (":", "("):
            continue
        t = next((t for t in range(k - 1, max(0, k - 5), -1) if keys[t] == "trường"), None)
        between = tuple(w for w in keys[t + 1:k] if w not in _LINKS) if t else ()
        if not t or not (keys[t - 1] in _PLURALS or toks[t - 1].text.isdigit()) or between and between not in heads:
            continue
        end = keys.index(")", k) if key == "(" and ")" in keys[k:] else len(keys)
        out.update(m.tok_start for m in found
                   if k < m.tok_start < end and not m.cue and keys[m.tok_start - 1] in _LIST_MARKS)
    return out


def _kind_before_list(keys: list[str], first: int) -> bool:
    """A place or organisation word introduces the list ("các tuyến đường như A, B", "các công ty khác như A, B")."""
    if first < 2 or keys[first - 1] not in ("như", "gồm", "là"):
        return False
    before = keys[max(0, first - 7):first - 1]
    pairs = zip(before, [*before[1:], ""], strict=True)
    return any(w in lexicon.blocker_words() and w not in _VESSELS or f"{w} {x}" in _TWO_WORD_KINDS
               for w, x in pairs)  # not "Ba thuyền viên là A, B", "an ninh tàu là A và B": a crew


_TWO_WORD_KINDS = {"công ty", "tuyến đường", "con đường", "trường học", "khách sạn", "bệnh viện", "nhà hàng",
                   "thương hiệu"}
_ROUTE_WORDS = {"ngã", "ba", "tư", "giao", "lộ", "nút", "đoạn", "tuyến", "từ", "đường", "phố", "cầu", "kênh", "rạch",
                "sông"}


def _brand_words() -> frozenset[str]:
    return lexicon.folded_words("brand_words.txt")


def _foreign_item(toks: list[Token], keys: list[str], a: int, b: int) -> bool:
    """One to three foreign words that name no place or organisation ("Pink", "The Weeknd")."""
    key = " ".join(keys[a:b])
    return b - a <= 3 and all(looks_foreign(t.text) or t.text in ("The", "Dr") for t in toks[a:b]) \
        and key not in _places() and key not in _non_persons() and key not in _bare_places() \
        and not any(t.text in _org_words() for t in toks[a:b])


def _blocked_word(keys: list[str], a: int) -> bool:
    return keys[a] in lexicon.blocker_words() or a > 0 and keys[a - 1] in lexicon.blocker_words()


def _listed_with(text: str, toks: list[Token], keys: list[str], runs: list[tuple[int, int]],
                 found: list[PersonMention]) -> list[PersonMention]:
    """The items of a list of three or more names after a plural title or profession ("Các nhà văn Nam Cao, Tô
    Hoài, Nguyễn Tuân, Xuân Diệu", "các anh hùng dân tộc như Trần Hưng Đạo, Lê Lợi"): pen names and historical
    names without a family name are persons there."""
    starts = {m.tok_start: m for m in found}
    taken = {k for m in found for k in range(m.tok_start, m.tok_end)}
    lists = _name_lists(toks, runs)
    lists += [items for items in _name_lists(toks, runs, 2) if len(items) == 2 and _pair_before(keys, items[0][0])
              and all(_foreign_item(toks, keys, a, b) or _list_item(toks, keys, a, b) for a, b in items)]
    out: list[PersonMention] = []
    for items in lists:
        first = items[0][0]
        known = sum(a in starts and starts[a].tok_end == b and starts[a].full for a, b in items)
        if known >= 2 and all(a in starts or (b - a == 1 or toks[a].text == "The") and _foreign_item(toks, keys, a, b)
                              for a, b in items):
            out.extend(PersonMention(toks[a].start, toks[b - 1].end, text[toks[a].start:toks[b - 1].end], a, b,
                                     b - a > 1, "list") for a, b in items if a not in taken)
            continue  # "Celine Dion, Pink, Madonna, Rihanna, Britney Spears": stage names between full names
        if not _cue_before(keys, first) and not (first > 1 and keys[first - 1] in _LINKS
                                                   and _cue_before(keys, first - 1)):
            continue  # "Khu vực Lưu Văn Lang, Lê Lợi, Nguyễn Trãi": streets, not a list of people
        pair = len(items) == 2  # only after a pair word: "cặp tiền đạo Muriel và Zapata"
        if not all((a in starts and starts[a].tok_end == b) or _list_item(toks, keys, a, b)
                   or pair and _foreign_item(toks, keys, a, b) for a, b in items):
            continue
        for a, b in items:
            if a not in taken:
                out.append(PersonMention(toks[a].start, toks[b - 1].end, text[toks[a].start:toks[b - 1].end], a, b,
                                         True, "list"))
    return out


def _coordinated(text: str, toks: list[Token], keys: list[str], runs: list[tuple[int, int]],
                 found: list[PersonMention]) -> list[PersonMention]:
    """A foreign name of two or three words joined by "và" to a foreign person's name is a person too ("Kwon
    Yonggil khai Oh Junghyun và Kim Myungun", "Jorge Molina và Machis"); in a sports report so is one word joined to a
    player ("Machis và Jorge Molina", "McKennie và Chiesa", "Messi & Neymar"): clubs are not joined to players."""
    taken = {k for m in found for k in range(m.tok_start, m.tok_end)}
    ends = {m.tok_end: m for m in found if _foreign(toks[m.tok_start:m.tok_end])}
    starts = {m.tok_start: m for m in found if _foreign(toks[m.tok_start:m.tok_end])}
    sports = _sports_report(text)
    joins = ("và", "&") if sports else ("và",)
    out = []
    for a, b in runs:
        one = b - a == 1 and sports and looks_foreign(toks[a].text) and toks[a].text[1:].islower() \
            and not _blocked_word(keys, a)
        if b - a < 2 and not one or any(k in taken for k in range(a, b)) or not _foreign_item(toks, keys, a, b) \
                or toks[a].text in _OPENERS:
            continue  # elsewhere one word joined to a person is as often a company ("Berkshire và Lubrizol")
        before = a >= 2 and keys[a - 1] in joins and a - 1 in ends
        after = b + 1 < len(toks) and keys[b] in joins and b + 1 in starts
        if before or after:
            out.append(PersonMention(toks[a].start, toks[b - 1].end, text[toks[a].start:toks[b - 1].end], a, b,
                                     b - a > 1, "list"))
    return out


def _relative_nouns() -> frozenset[tuple[str, ...]]:
    return lexicon.folded_phrases("relative_nouns.txt")


_RELATIVE_GAP = {"lâu", "năm", "mới", "hiện", "tại", "của", "mình", "cô", "anh", "ông", "bà", "ấy", "là", ",", "-", "–",
                 ":"}  # "bạn gái lâu năm, Princess Hall", "chồng cũ của cô - Kanye West"


def _relative_before(toks: list[Token], keys: list[str], a: int) -> bool:
    """A relative's noun ends a few words before token a, with only a qualifier, "của" and the one whose relative it
    is, "là" or a dash between ("Vợ Kyle là", "chồng của Kim -", "bạn gái lâu năm")."""
    k = a
    while k > 0 and a - k < 5 and (keys[k - 1] in _RELATIVE_GAP or toks[k - 1].text[:1].isupper()
                                   and (k >= 2 and keys[k - 2] == "của" or k < a and keys[k] == "là")):
        k -= 1
    for n in (3, 2, 1):
        if k - n >= 0 and tuple(keys[k - n:k]) in _relative_nouns():
            return not (k - n > 0 and is_word(keys[k - n - 1], keys[k - n])) \
                and not any(tuple(keys[max(0, k - n - len(h)):k - n]) == h for h in _firm_heads())
    return False  # not "tuyên bố", "công bố"; not "công ty mẹ" (a parent company)


def _firm_heads() -> frozenset[tuple[str, ...]]:
    return lexicon.folded_phrases("company_heads.txt")


_NAMING = {"có", "là"}  # "người đàn ông có tên Debayan Roy"; "mang tên" more often names a work or a project


def _called_before(toks: list[Token], keys: list[str], a: int) -> bool:
    """"tên" ends right before token a (maybe with "là") and a person noun, a profession or a relative's noun stands
    within the seven words before it ("người đàn ông có tên Debayan Roy", "ông xã người Thụy Điển tên Johan
    Wicklund"; not "một loại phụ gia có tên Canxi Alginate", "giải đấu mang tên European Super League")."""
    k = a - (a > 0 and keys[a - 1] == "là")
    if k < 1 or keys[k - 1] != "tên":
        return False
    k -= 1
    while k > 0 and keys[k - 1] in _NAMING:
        k -= 1
    return any(_profession_at(toks, keys, x) or any(tuple(keys[x:x + len(r)]) == r for r in _relative_nouns())
               for x in range(max(0, k - 7), k))


def _latin_item(toks: list[Token], keys: list[str], a: int, b: int) -> bool:
    """Two or three words of plain Latin letters, one at least no Vietnamese syllable ("Jaimie King"), that name
    no place or organisation."""
    key = " ".join(keys[a:b])
    return b - a <= 3 and all(t.text.isascii() and t.text.isalpha() for t in toks[a:b]) \
        and any(looks_foreign(t.text) for t in toks[a:b]) and key not in _places() and key not in _non_persons() \
        and key not in _bare_places() and not any(t.text in _org_words() for t in toks[a:b])


def _relatives_named(toks: list[Token], keys: list[str], runs: list[tuple[int, int]],
                     found: list[PersonMention]) -> list[PersonMention]:
    """A foreign name of two or three words after a relative's noun is a person ("chồng cũ của cô - Kanye West",
    "Vợ Kyle là Jaimie King", "bạn gái lâu năm Princess Hall"): a relative's name, or the name of the one whose
    relative is spoken of ("bà xã Brad Pitt"). So is one a person noun says is its name ("người đàn ông có tên
    Debayan Roy")."""
    taken = {k for m in found for k in range(m.tok_start, m.tok_end)}
    out = []
    for a, b in runs:
        if b - a < 2 or any(k in taken for k in range(a, b)) or not _latin_item(toks, keys, a, b) \
                or b < len(toks) and toks[b].text == "." and len(toks[b - 1].text) == 1 \
                or toks[a].text in _OPENERS or keys[a] in countries() \
                or any(get().match(toks, a, keys) for _, get in _CUE_MATCHERS) \
                or not (_relative_before(toks, keys, a) or _called_before(toks, keys, a)):
            continue
        out.append(PersonMention(toks[a].start, toks[b - 1].end, " ".join(t.text for t in toks[a:b]), a, b, True,
                                 "list"))
    return out


def _given_pair_squad(text: str, toks: list[Token], keys: list[str], runs: list[tuple[int, int]],
                      found: list[PersonMention]) -> list[PersonMention]:
    """In a sports report, a list of three or more pairs of given syllables without a family name names
    players as they are known ("như Công Phượng, Tuấn Anh, Xuân Trường, Văn Toàn"); places are refused. A full name
    among them ("Tuấn Anh, Xuân Trường, Văn Toàn, Vũ Văn Thanh") or a pair opened by a rare family name ("Văn Thanh
    và Hồng Duy") is a player of the list too."""
    if not _sports_report(text):
        return []
    taken = {k for m in found for k in range(m.tok_start, m.tok_end)}
    places = place_names()
    out = []
    for items in _name_lists(toks, runs):
        keyed = [" ".join(keys[a:b]) for a, b in items]
        pairs = sum(_bare_given_pair(toks, keys, a, b) for a, b in items)
        if pairs >= 3 and all(_bare_given_pair(toks, keys, a, b) or _squad_full_name(toks, keys, a, b)
                              for a, b in items) \
                and 2 * sum(k in places for k in keyed) < len(items):  # "Xuân Trường" among players is one
            out.extend(PersonMention(toks[a].start, toks[b - 1].end, text[toks[a].start:toks[b - 1].end], a, b,
                                     b - a >= 3, "list") for a, b in items if not any(k in taken for k in range(a, b)))
    return out


def _squad_full_name(toks: list[Token], keys: list[str], a: int, b: int) -> bool:
    """Two to four Vietnamese syllables opened by a family name, no place, title or body word."""
    return 2 <= b - a <= 4 and all(is_syllable(t.text) for t in toks[a:b]) and bool(_surname_len(toks, keys, a, b)) \
        and _list_item(toks, keys, a, min(b, a + 3)) and " ".join(keys[a:b]) not in _places()


def _bare_given_pair(toks: list[Token], keys: list[str], a: int, b: int) -> bool:
    """Two Vietnamese syllables, no family name, no common word, no title: a name's given part (a place or not)."""
    return b - a == 2 and all(is_syllable(t.text) for t in toks[a:b]) and toks[a].text not in _OPENERS \
        and " ".join(keys[a:b]) not in _non_persons() and not lexicon.roles().match(toks, a, keys) \
        and not _blocked_word(keys, a) and not _surname_len(toks, keys, a, b) \
        and (not is_word(toks[a].text, toks[a + 1].text) or " ".join(keys[a:b]) in place_names()) \
        and not (keys[a] in _language_words() and keys[a + 1] in countries())  # "Tiếng Anh": a language


def _language_name(toks: list[Token], keys: list[str], i: int, j: int) -> bool:
    """A country and "Văn" inside a sentence name its language ("học Anh Văn", "khóa Pháp Văn"); a form of address
    opening a sentence stays one ("Anh Văn, 45 tuổi, quê Quảng Ngãi")."""
    return j - i == 2 and i > 0 and keys[i + 1] == "văn" and keys[i] in countries()


def _language_words() -> frozenset[str]:
    return lexicon.folded_words("language_words.txt")


def _coordinated_given(text: str, toks: list[Token], keys: list[str], runs: list[tuple[int, int]],
                       found: list[PersonMention]) -> list[PersonMention]:
    """Two given syllables joined by "và" or a comma to a person named by two given syllables after a form of
    address or a profession are a person too ("chị em Cẩm Ly, Minh Tuyết", "ca sĩ Mỹ Tâm và Đông Nhi")."""
    taken = {k for m in found for k in range(m.tok_start, m.tok_end)}
    ends = {m.tok_end for m in found if m.cue in ("honorific", "weak") and not m.full
            and _given_pair(toks, keys, m.tok_start, m.tok_end)}
    out = []
    for a, b in runs:
        if a >= 2 and keys[a - 1] in ("và", ",") and a - 1 in ends and not any(k in taken for k in range(a, b)) \
                and _given_pair(toks, keys, a, b) and toks[a].text not in _OPENERS:
            out.append(PersonMention(toks[a].start, toks[b - 1].end, text[toks[a].start:toks[b - 1].end], a, b,
                                     False, "list"))
    return out


@cache
def _player_cues() -> tuple[lexicon.PhraseMatcher, frozenset[tuple[str, ...]]]:
    rows = table("player_cues.tsv")
    after = lexicon.PhraseMatcher({r[0]: r[0] for r in rows if r[1:2] == ("after",)})
    before = frozenset(tuple(fold(r[0]).split()) for r in rows if r[1:2] == ("before",))
    return after, before


@cache
def _positions() -> frozenset[str]:
    """Playing positions that head a squad list ("Thủ môn: A, B, C")."""
    return frozenset(fold(r[0]) for r in table("player_cues.tsv") if r[1:2] == ("position",))


@cache
def _tennis_cues() -> frozenset[tuple[str, ...]]:
    return frozenset(tuple(fold(r[0]).split()) for r in table("player_cues.tsv") if r[1:2] == ("tennis",))


@lru_cache(maxsize=4)
def _tennis_story(text: str) -> bool:
    """A tennis story: its opponents ("thắng Groth", "hạ Federer") are players, never clubs."""
    low = text.lower()
    return "tay vợt" in low or "quần vợt" in low


def _one_foreign_word(toks: list[Token], keys: list[str], k: int, foreign: bool = True) -> bool:
    """Token k is a capitalised (foreign) word standing alone, no country ("Berdych", not "Roland Garros")."""
    return 0 <= k < len(toks) and _is_name_token(toks[k]) and (looks_foreign(toks[k].text) or not foreign) \
        and not (k > 0 and _is_name_token(toks[k - 1])) and not (k + 1 < len(toks) and _is_name_token(toks[k + 1])) \
        and keys[k] not in countries() and keys[k] not in _places() and keys[k] not in _non_persons()


def _pairing_at(toks: list[Token], keys: list[str], a: int) -> bool:
    """One foreign word at token a is paired with another by a dash, as a tennis story lists its matches ("gồm
    Djokovic – Berdych và Thiem – Goffin")."""
    return _one_foreign_word(toks, keys, a) and (
        a + 2 < len(toks) and toks[a + 1].text in _DASH and _one_foreign_word(toks, keys, a + 2, False)
        or a >= 2 and toks[a - 1].text in _DASH and _one_foreign_word(toks, keys, a - 2, False))


def _rating_after(toks: list[Token], keys: list[str], b: int) -> bool:
    """A player's rating follows in brackets ("Gao Rui (elo 2.556)", "Sethuraman (Elo 2.647)"): a chess player."""
    return b + 2 < len(toks) and toks[b].text == "(" and keys[b + 1] == "elo" and toks[b + 2].text[:1].isdigit()


def _plain_name(keys: list[str], a: int, b: int) -> bool:
    key = " ".join(keys[a:b])
    return key not in _places() and key not in _non_persons() and key not in countries()


_AUXILIARIES = {"đã", "vừa", "từng", "đang", "sẽ", "cũng", "mới"}
def _says_at(keys: list[str], k: int) -> bool:
    """A verb of saying starts at token k ("Bảo Thy cho biết", "Phương Thanh cho rằng"): only a person (or a body,
    which two given syllables do not name) says. The caller also asks for the name twice in the article (not a field
    ending a body's name: "Viện ... Tiêu hóa, Gan Mật cho biết") and no dash before ("Bến Thành - Bình Tây")."""
    return any(tuple(keys[k:k + len(v)]) == v for v in _saying_verbs())


@lru_cache(maxsize=4)
def _party_press(text: str) -> bool:
    """The article uses Party-press words (party_press_cues.txt): political news, where given names alone name no
    person."""
    return any(w in text for w in word_list("party_press_cues.txt"))


@cache
def _folk_figures() -> list[re.Pattern[str]]:
    """The folk_figures.tsv rows, each as a pattern whose group 1 is the name part."""
    out = []
    for row in table("folk_figures.tsv"):
        address, word = row[0].split(" ", 1)
        after = rf"[\s,;]+(?i:{re.escape(row[1])})(?!\w)" if len(row) > 1 and row[1] else r"(?!\w)"
        out.append(re.compile(rf"(?<!\w)(?i:{re.escape(address)}) ({re.escape(word)}){after}"))
    return out


def _folk_figure(text: str, start: int, end: int) -> bool:
    """The name at start..end is the word of a folk figure after its form of address ("ông Táo")."""
    window = text[max(0, start - 6):end + 12]
    offset = max(0, start - 6)
    return any(m.start(1) + offset == start and m.end(1) + offset == end
               for pattern in _folk_figures() for m in pattern.finditer(window))


_RUN_OPENERS = _OPENERS | {"Dù", "Và", "Rồi", "Nhờ", "Hay", "Lúc", "Giờ", "Thậm"}  # clause words opening a sentence


_COPULA_WORDS = {"là", "trở thành"}
_NOT_ONLY_HUMAN = {"nhà đầu tư", "huyền thoại", "ngôi sao", "nhà tài trợ", "thành viên"}  # "Apple là nhà đầu tư"


def _profession_predicate(toks: list[Token], keys: list[str], k: int) -> bool:
    """A copula and a profession follow ("Osorio Paredes đã trở thành cầu thủ đen đủi nhất", "Adele là ca sĩ")."""
    n = 2 if " ".join(keys[k:k + 2]) in _COPULA_WORDS else 1 if k < len(keys) and keys[k] in _COPULA_WORDS else 0
    if not n:
        return False
    k += n + (k + n < len(keys) and keys[k + n] == "một")
    m = lexicon.honorifics().match(toks, k, keys)
    return m is not None and m[1] == "profession" and " ".join(keys[k:k + m[0]]) not in _NOT_ONLY_HUMAN


@cache
def _person_acts() -> lexicon.PhraseMatcher:
    return lexicon.PhraseMatcher({w: w for w in word_list("person_acts.txt")})


def _given_pair(toks: list[Token], keys: list[str], a: int, b: int) -> bool:
    """Two Vietnamese syllables without a family name, as players are named ("Văn Lâm", "Xuân Trường")."""
    return b - a == 2 and _list_item(toks, keys, a, b) and not _surname_len(toks, keys, a, b) \
        and not is_word(toks[a].text, toks[a + 1].text)


def _acting_players(text: str, toks: list[Token], keys: list[str], found: list[PersonMention]) -> list[PersonMention]:
    """A foreign name of one or two words that does what only a person does ("Holmes bỏ học Stanford", "(Tremblay
    thủ vai)") or, in a sports report, what only a player does ("Chiesa dính chấn thương", "nhường chỗ cho
    Danilo", "Ruslan Malinovskiy ghi bàn") is a person, not a company or a club; so, in any article, is a pair of
    Vietnamese given syllables opening its clause that does such a thing ("Mỹ Linh tâm sự", "Hà Tình kết hôn")."""
    sports = _sports_report(text)
    taken = {k for m in found for k in range(m.tok_start, m.tok_end)}
    after, before = _player_cues()
    tennis = _tennis_story(text)
    out = []
    for a, b in capital_runs(toks, text):
        if b - a == 2 and toks[a].text in _RUN_OPENERS and looks_foreign(toks[a + 1].text):
            a += 1  # "Dù Messi khẳng định ...": the clause's first word, capitalised, joined the run
        if b - a > 2 or any(k in taken for k in range(a, b)) or toks[a].text in _OPENERS:
            continue
        act = b + (b < len(keys) and keys[b] in _AUXILIARIES)  # "Black đã qua đời"
        if sports and _given_pair(toks, keys, a, b) and (after.match(toks, act, keys) is not None
                                                         or any(tuple(keys[a - n:a]) in before for n in (1, 2, 3, 4))):
            out.append(PersonMention(toks[a].start, toks[b - 1].end, text[toks[a].start:toks[b - 1].end], a, b,
                                     False, "list"))  # "Công Phượng ghi bàn": a short name, resolved to a full one
            continue
        if _given_pair(toks, keys, a, b) and (_person_acts().match(toks, act, keys) is not None
                                              or _says_at(keys, act) and not (a and toks[a - 1].text in _DASH)
                                              and text.count(text[toks[a].start:toks[b - 1].end]) >= 2
                                              and not _party_press(text)) \
                and " ".join(keys[a:b]) not in place_names() and lexicon.honorifics().match(toks, a, keys) is None \
                and (a == 0 or not toks[a - 1].text[:1].isalnum() or keys[a - 1] == "và"):  # opens its clause
            out.append(PersonMention(toks[a].start, toks[b - 1].end, text[toks[a].start:toks[b - 1].end], a, b,
                                     False, "list"))  # "Mỹ Linh tâm sự": a given name that lives a life
            continue
        if not (_foreign_item(toks, keys, a, b) or _rating_after(toks, keys, b) and _plain_name(keys, a, b)):
            continue
        cued = _person_acts().match(toks, act, keys) is not None or _rating_after(toks, keys, b) \
            or _profession_predicate(toks, keys, act) and not _blocked(text, toks[0].start, toks[a].start) \
            or sports and not _blocked_word(keys, a) and (  # not "tờ The Mirror khẳng định", "đài El Chiringuito"
            after.match(toks, act, keys) is not None or any(tuple(keys[a - n:a]) in before for n in (1, 2, 3, 4))) \
            or tennis and b - a == 1 and keys[a] not in countries() \
            and (any(tuple(keys[a - n:a]) in _tennis_cues() for n in (1, 2, 3)) or _pairing_at(toks, keys, a))
        if cued:
            out.append(PersonMention(toks[a].start, toks[b - 1].end, text[toks[a].start:toks[b - 1].end], a, b,
                                     b - a > 1, "list"))
    return out


def named_in_part(sentences: list[tuple[list[Token], list[PersonMention]]]) -> set[str]:
    """The resolved names the article never writes in full: one word ("Benzema", "Tuấn"; an initial and a family
    name, "A.A.Tatarinov", is a full name), or a Vietnamese given name with no family name written only after a form
    of address ("anh Tuấn Anh", "Chị Linh Chi ở chung cư"); a stage or pen name written bare ("Đan Trường", "Tố
    Hữu") is a full name."""
    addressed: set[str] = set()
    bare: set[str] = set()
    for toks, mentions in sentences:
        keys = [fold(t.text) for t in toks]
        for m in mentions:
            if m.canonical:
                (addressed if _cue_before(keys, m.tok_start) == "honorific" else bare).add(m.canonical)
    return {name for name in addressed | bare
            if len(name.split()) == 1 and "." not in name or name not in bare and _given_name_alone(name.split())}


def _given_name_alone(words: list[str]) -> bool:
    """Two Vietnamese syllables that open with no family name of any kind ("Tuấn Anh", "Linh Chi"; not "Hà Ban",
    "Siu Nghiệp", "Ken Hu")."""
    first = fold(words[0])
    return len(words) == 2 and all(is_syllable(w) for w in words) and words[0] not in lexicon.surname_set() \
        and first not in _middle_name_surnames() and (first,) not in _minority_surnames().entries \
        and words[0] not in _foreign_given()
