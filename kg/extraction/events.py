"""Event rules: an event is opened by a sentence with an event word (`hội nghị`, `tiếp`, `thăm`,
...) and grouped by its date key; chairs come from `chủ trì` clauses, attendees from participation
cues (`dự`, `phát biểu`, `tiếp`, ...); locations from `tại`/`ở`/`điểm cầu`/`thăm` + a place."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date as date_cls
from datetime import timedelta
from functools import cache

from kg.extraction import lexicon
from kg.extraction.dates import DateMention, event_cue, event_cue_words
from kg.extraction.gazetteer import district_provinces, provinces
from kg.extraction.mentions import PersonMention, PlaceMention
from kg.extraction.places import hamlet_units, unit_words
from kg.lexicons import mapping, phrase_pattern, word_list
from kg.model import Evidence
from kg.text.dictionary import is_word
from kg.text.normalize import fold
from kg.text.segment import Token, tokens

# "Tổng Bí thư A ... trao đổi với bà B": talks between the two named, not the reporter's interview
_TALKED_WITH = re.compile(r"(?:trao đổi|chia sẻ) với\b")
_VENUE_CUES = {"tại", "ở", "cầu"}  # "điểm cầu Lâm Đồng"
_MOVE_CUES = {"thăm", "đến", "sang", "tới", "rời"}
_VISIT_MOVES = {"đến", "tới", "về"}  # "đến làm việc với UBND tỉnh X": the one who goes there
_ONWARD = {"đi", "sang", "lên", "tới", "đến", "để"}  # "rời Hà Nội lên đường", "rời Hà Nội đi dự"
_PREPOSITIONS = {"đến", "tới", "sang"}  # also "to, about": a place right after them only ("đến thủ đô Viêng Chăn")
_CLAUSE_END = {";", ".", "!", "?"}
_SENTENCE_END = {".", "!", "?"}
_CLAUSE_MARKS = {",", ";", ".", "!", "?"}  # not ":": "tại hội thảo VN-châu Phi: Cơ hội hợp tác ... tại Hà Nội"
_AT = {"tại", "trong"}
_TOPIC = {"về", "quanh"}
_DISTRICT = re.compile(r"(?:huyện|quận|thị xã|thành phố|tp\.?)\s+(.+)$", re.IGNORECASE)
_POSTED = {"sứ", "diện", "trú", "biện"}  # syllables of "đại sứ", "đại diện", "thường trú", "đại biện"
_QUESTIONED = re.compile(r"(?:đến |)làm việc với (?:(?:cơ quan )?(?:công an|điều tra|cảnh sát|cqđt)|gia đình|hộ )")
# people the report names as suspects, defendants or victims take part in no meeting
# last syllables of body nouns before a country ("tòa án", "đại sứ quán", "chính phủ", "quốc hội", "quân đội")
_BODY_ENDS = {"án", "quán", "phủ", "viện", "hội", "đội", "ty", "đoàn"}
_DOCUMENT = re.compile(r"\b(?:văn bản|công văn|công điện|điện khẩn|thư(?! ký))\b[^,.;:]{0,60}?\s"
                       r"(?:chỉ đạo|yêu cầu|đề nghị|kết luận)\b|\bcó chỉ đạo\b")
_ACCUSED_AFTER = re.compile(r"[^,.;]{0,40}\b(?:bị (?:thanh tra|điều tra|tố cáo|xử lý|kỷ luật|bắt|khởi tố|truy tố)"
                            r"|thôi giữ chức|thôi chức|bị miễn nhiệm)")
_GENERIC = {"các", "những", "nhiều", "mọi"}
_NEGATION = {"chưa", "không", "chẳng"}
_LATER = re.compile(r"\b(?:(?:tháng|tuần|năm)(?: \S+)? tới|sắp tới|tới đây)\b")  # "vào tuần tới", "tháng 10 tới"
# "triển khai ý kiến chỉ đạo của Tổng Bí thư A và Thủ tướng B": the authors of a directive the event acts on
_DIRECTED_BY = re.compile(r"\b(?:chỉ đạo|chỉ thị|kết luận|quyết định|ý kiến) của ((?:[^,.;:()“”\"]){0,60})$",
                          re.IGNORECASE)
# said at an event right after the name, or after a title between commas ("ý kiến của ông Shigeru Komae, Thứ trưởng
# các vấn đề kỹ thuật Bộ Đất đai Nhật Bản, tại Hội nghị quốc tế ...")
_GIVEN_AT_EVENT = re.compile(r"(?:[^.;:]{0,50}?|\s*[,–-][^.;:]{0,100}?[,–-]\s*)\b(?:tại|trong) "
                             r"(?:buổi|cuộc|hội nghị|hội thảo|phiên|kỳ họp|lễ|diễn đàn)\b", re.IGNORECASE)
# answering reporters: at a press conference, taking part in it
_ANSWERING = re.compile(r"\btrả lời (?:các )?(?:câu hỏi (?:của )?)?(?:các )?"
                        r"(?:phóng viên|pv|báo chí|báo giới|nhà báo)\b", re.IGNORECASE)
_TITLE_GLUE = {"và", "đồng", "chí", "ông", "bà", "thường", "trực", "nước"}
_LATE = {"cố", "nguyên"}
_INVITATION = re.compile(r"\blời mời của\b", re.IGNORECASE)
# a speaker ("ông A cho biết") is reported at the event when the article opens with it (its first sentences) or
# the event was reported at most this many sentences before: "UEFA tổ chức cuộc họp khẩn" in the middle of an
# article does not draw in what Perez says two paragraphs later
_LEAD_SENTENCES = 2
_REPORT_REACH = 2
# a sitting opened by a deputy speaking ("ĐB Đặng Văn Khoa lưu ý: ...") takes the speakers told before him when they
# speak in this many sentences: the debate's earlier speakers ("Ông A - viện phó ... - khẳng định", "Ông B cho biết"),
# one saying enough ("Sáng nay, khi thông qua chương trình ..., Chủ tịch Quốc hội Nguyễn Văn An cho rằng")
_DEBATE_BEFORE_DEPUTY = 1
_DEBATES = {"conference", "session", "congress"}  # speakers follow one another: sentences naming nobody go on with one
_SPEAKING = _DEBATES | {"meeting"}  # events whose report is their speeches
# what a leader does in the report of a meeting ("Ông A - Phó Chủ tịch tỉnh - yêu cầu ..."), unlike a statement
_OF_ANOTHER = re.compile(r"\s*[–—-]\s*[^.;:,–—]*\bcủa\b[^.;:,]*$")
# right after an interview cue, the event it is given at ("trả lời báo chí bên lề hội nghị")
_AT_THE_EVENT = re.compile(r"(?:\s+\S+){0,3}?\s+(?:trong|tại|bên lề)\s+(?:các\s+)?(?:kỳ họp|phiên|hội nghị|hội thảo"
                           r"|buổi|cuộc|lễ|đại hội|diễn đàn)\b", re.IGNORECASE)
# a line of links to other articles, each headline after ">>" ("&gt;&gt;" as the page escaped it) or "»"
_LINK_LINE = re.compile(r"\s*(?:&gt;\s*&gt;|>>|»)")
_TODAY = re.compile(r"hôm nay\b", re.IGNORECASE)
_THIS_DAY = re.compile(r"\b(?:nay|cùng ngày)\b", re.IGNORECASE)  # "sáng nay", "chiều cùng ngày"
_YEAR = re.compile(r"\b(?:1[0-9]|20)[0-9]{2}\b")
# right after a visitor's name, the move to a next leg announced ("N. Bagabandi sẽ thăm Quảng Ninh"; not "sẽ là
# quan chức ... tới thăm Washington": what the visit, itself to come, will be)
_NEXT_LEG = re.compile(r"\s*(?:cũng\s+)?(?:sẽ|dự kiến)\s+(?:tiếp tục\s+)?(?:đi\s+)?(?:thăm|đến|tới|sang|ra|vào)\b",
                       re.IGNORECASE)
# a sentence opened by a month or year long past ("Tháng 10-1930, Hội nghị ... họp ở Hương Cảng", "Năm 1975, ...")
_PAST_OPENING = re.compile(r"\s*(?:(?:vào|từ|đầu|cuối|giữa|trong)\s+)?(?:tháng\s+\d{1,2}\s*[-/.]\s*|năm\s+)"
                           r"(?P<y>1[89]\d\d|20\d\d)\s*,", re.IGNORECASE)
_HISTORY_YEARS = 5  # that many years before the event at least: history told in its report, not last year's results
# invited, or accepting it (a "khách mời" is a guest: "Khách mời tham dự chương trình gồm: A, B")
_INVITED = re.compile(r"(?:(?<!lời )(?<!khách )\bmời\b(?! của)|\bnhận lời\b)[^,.;]*$")
# "chuyển lời thăm hỏi của A tới B", "gửi lời chúc mừng tới C": the people a message comes from or goes to are absent
# a spokesperson, or a press secretary ("Thư ký báo chí Nhà Trắng Jen Psaki cho hay"): a source quoted, not present
_SPOKESPERSON = re.compile(r"(?:phát ngôn viên|người phát ngôn|thư ký báo chí)(?:\s+[^\s,.;:()“”\"]+){0,6}\s*$",
                           re.IGNORECASE)
# "X - một nhà phân tích tại ...": someone new introduced as one of a kind, a source (not a named office holder)
_INDEFINITE_APPOSITION = re.compile(r"\s*(?:,|-|–)\s*(?:là\s+)?một\s", re.IGNORECASE)
# a sentence announcing those present and ending in a colon: the next one lists them (`_guest_list`)
_GUESTS_ANNOUNCED = re.compile(r"\b(?:tham dự|có mặt|hiện diện|khách mời)\b[^.;!?]*:\s*$", re.IGNORECASE)
_CALLING_WORDS = 4  # a calling before a name: "GS", "nhà báo", "nhà sử học", "Đại sứ Nhật Bản"
_LIST_MARKS = {",", ";"}
_LIST_END = re.compile(r"[\s.…;]*")
_MESSAGE = re.compile(r"\b(?:chuyển|gửi|gởi)(?: tới| đến)? (?:những |các )?lời\b(?:[^.;]|\.(?=\S))*$", re.IGNORECASE)


@cache
def _cue_set(kind: str) -> frozenset[str]:
    """The phrases of one kind of event_cues.tsv, as a set of folded keys."""
    return frozenset(event_cue_words(kind))


@cache
def _same_day_pattern() -> re.Pattern[str]:
    same = "|".join(re.escape(w) for w in event_cue_words("same_day"))
    return re.compile(rf"\s*(?:(?:đến|trong|vào)\s+)?(?:buổi\s+)?(?:(?:rạng sáng|sáng|trưa|chiều|tối|đêm)\s+"
                      rf"|\d{{1,2}}\s*(?:h|giờ)\s*\d{{0,2}}\s+)?(?:{same})\b", re.IGNORECASE)


def _tense_masked(keys: list[str]) -> list[str]:
    """The keys with a tense syllable that only begins a longer word ("sắp xếp", "sắp đặt": arrange) marked, so that
    "giao cho tổ sắp xếp ... kế hoạch" is no event to come."""
    pairs = _cue_keys("tense_compound")
    return [k + "~" if tuple(keys[i:i + 2]) in pairs else k for i, k in enumerate(keys)]


def _same_day(text: str) -> bool:
    """The sentence opens with "cùng ngày" ("Chiều cùng ngày, ...", "Đến 16h cùng ngày"): the day last told."""
    return bool(_same_day_pattern().match(text))


@cache
def _held_at() -> re.Pattern[str]:
    """A verb of holding and `tại`/`ở` just before a place ("diễn ra chiều 4-2 tại Hà Nội")."""
    held = "|".join(event_cue_words("held"))
    return re.compile(rf"\b(?:{held})\b[^.;]{{0,25}}\b(?:tại|ở)\s+(?:\S+\s+){{0,3}}$", re.IGNORECASE)


@dataclass
class SentenceInfo:
    start: int
    end: int
    text: str
    toks: list[Token]
    persons: list[PersonMention]
    places: list[PlaceMention]
    dates: list[DateMention]


@dataclass
class EventDraft:
    key: str | None
    name: str
    type: str
    locations: list[str] = field(default_factory=list)
    chairs: list[str] = field(default_factory=list)
    attendees: list[str] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)
    mourned: set[str] = field(default_factory=set)  # the dead a funeral of the event is held for


# why the rules leave a named person out of the event being reported (`Refusal.reason`)
REFUSALS = {
    "past": "a figure of the past, honoured or owning something there",
    "message": "the sender or addressee of a message of greetings",
    "question": "named in a reporter's question",
    "spokesperson": "a spokesperson quoted as a source",
    "title_of_another": "named in another person's title (the principal of an envoy, the employer of an adviser)",
    "late": "the late (cố ...)",
    "accused": "the accused, a suspect",
    "disciplined": "disciplined or judged at the meeting",
    "source": "the source who tells of the meeting",
    "inviter": "the one who invites",
    "mourned": "the dead at their own funeral",
    "directive": "the author of a directive carried out",
    "later": "one who acts only later",
    "planned": "one a planned meeting is with (\"Dự kiến, ... sẽ hội đàm với X\")",
    "spoken_of": "named after a speech verb that tells of the event (\"X cho biết ... cuộc gặp của Y\")",
    "aside": "named in an interview or a statement of another time told in the event's report",
    "invitee": "invited (after \"mời\"), not said to take part",
    "unchosen": "named in the event's report, not as one taking part (an object of the action, spoken of)",
}
SOFT_REFUSALS = frozenset({"spoken_of", "aside", "invitee", "unchosen"})  # not the rules' deliberate exclusions


@dataclass(frozen=True)
class Refusal:
    """A named person the rules deliberately make no participant of the event being reported (key: its day, None
    undated), and why (`REFUSALS`): what a learned component must not put back."""
    name: str
    key: str | None
    reason: str


def _new_occasion(keys: list[str], trig: tuple[int, int, str] | None) -> bool:
    """The event word comes as news of its own: with "một" ("tại một cuộc hội thảo") or after "vừa" ("vừa chủ trì hội
    nghị"), an event new to the report rather than the one it is of."""
    return bool(trig) and ("một" in keys[max(0, trig[0] - 2):trig[0]] or "vừa" in keys[max(0, trig[0] - 4):trig[0]])


def _outside_refusals(s: SentenceInfo) -> list[tuple[int, str]]:
    """(person index, reason) of the persons a sentence outside any event report names as no participant of one: a
    spokesperson quoted, the author of an act done by paper or message ("Phó thủ tướng A vừa có văn bản yêu cầu",
    "Chủ tịch nước B đã gửi điện tới ...", `remote_act` of event_cues.tsv), someone introduced as one of a kind
    ("C - một nhà phân tích tại ... - cho biết")."""
    out = []
    for n, p in enumerate(s.persons):
        at, end = p.start - s.start, p.end - s.start
        after = len(s.text) - len(s.text[end:].lstrip())  # the first word after the name
        if _SPOKESPERSON.search(s.text, 0, at):
            out.append((n, "spokesperson"))
        elif event_cue("remote_act", re.IGNORECASE).match(s.text, after):
            out.append((n, "directive"))
        elif _INDEFINITE_APPOSITION.match(s.text, end):
            out.append((n, "source"))
    return out


def _unchosen_why(spoken_of: bool, aside: bool, invitee: bool) -> str:
    """Why a person named in the event's report is no participant (`REFUSALS`)."""
    return "spoken_of" if spoken_of else "aside" if aside else "invitee" if invitee else "unchosen"


def _lived_on(name: str, published: date_cls | None) -> bool:
    """A figure of the past still alive when the article was written (lifespans.tsv): an undated article or one
    published before the year of death."""
    died = {fold(k): v for k, v in mapping("lifespans.tsv").items()}.get(fold(name))
    return died is not None and (published is None or published.year < int(died))


def _late(toks: list[Token], keys: list[str], start: int) -> bool:
    """ "cố Thủ tướng Phạm Văn Đồng", "cố Chủ tịch Lee Kun-hee": a title the deceased held, right before the name."""
    for k in range(max(0, start - 5), start):
        if keys[k] == "cố" and k + 1 < start and lexicon.roles().match(toks, k + 1, keys):
            return all(t.text[:1].isupper() or t.text.isalpha() for t in toks[k + 1:start])
    return False


def _part_of_longer_word(toks: list[Token], i: int, size: int) -> bool:
    """A one-syllable cue inside another word ("tiếp nhận", "dự án", "trao đổi", "giao tiếp", "nối tiếp"),
    or a cue whose later syllables open a name ("Bộ ... xã hội Đàm Hữu Đắc" is no "hội đàm")."""
    if toks[i].text.islower() and any(t.text[:1].isupper() for t in toks[i + 1:i + size]):
        return True
    if size != 1:  # a cue straddling two words, each end glued to its neighbour ("Quốc hội thảo luận" has no
        # "hội thảo": "Quốc hội" + "thảo luận")
        end = i + size
        return 0 < i and end < len(toks) and toks[end].text.islower() and is_word(toks[i - 1].text, toks[i].text) \
            and is_word(toks[end - 1].text, toks[end].text)
    if i + 1 < len(toks) and toks[i + 1].text.islower() and is_word(toks[i].text, toks[i + 1].text):
        return True
    if fold(toks[i].text) == "tiếp" and (i > 0 and fold(toks[i - 1].text) in _cue_set("goes_on")
                                         or i + 1 < len(toks) and fold(toks[i + 1].text) in _cue_set("next")
                                         or not _receives(toks, i)):
        return True  # "làm tiếp giai đoạn 2", "Tiếp đó, ...": "again, next", not receiving anyone
    return i > 0 and (toks[i - 1].text.islower() or i == 1) and toks[i].text.islower() \
        and is_word(toks[i - 1].text, toks[i].text) \
        and not (i > 1 and is_word(toks[i - 2].text, toks[i - 1].text))  # "Trực tiếp xử lý" opening a headline; but
    # "thân mật tiếp đoàn": the syllable before already ends a word ("thân mật"), so the cue stands alone


def _receives(toks: list[Token], i: int) -> bool:
    """Whether a bare "tiếp" at i receives someone: whom it receives follows it, a name or title ("tiếp Chủ tịch
    Quốc hội Bulgaria") or a word of `received` ("tiếp ông Mike Feldman", "tiếp thân mật", "tiếp và làm việc với");
    otherwise it is "on, further" ("hứng tiếp trận động đất", "đòi tiếp 270 USD", "cháy tiếp sang các căn nhà") or
    "serve" ("trên 20 trường hợp mà anh tiếp"). A capitalised "Tiếp" after a capitalised word is part of a name."""
    if i > 0 and toks[i].text[:1].isupper() and toks[i - 1].text[:1].isupper():
        return False  # "kênh Nguyễn Văn Tiếp", "báo Sài Gòn Tiếp Thị"
    after = toks[i + 1].text if i + 1 < len(toks) else ""
    return after[:1].isupper() or fold(after) in _cue_set("received")


def _opens_with_source(s: SentenceInfo, keys: list[str]) -> bool:
    """A sentence opening "Theo <title> <name>," ("Theo ông Lê Quán Tần, Vụ trưởng Vụ Giáo dục trung học, ...")."""
    if keys[:1] != ["theo"] or not s.persons:
        return False
    first = s.persons[0]
    return first.tok_start <= 4 and all(t.text[:1].isupper() or fold(t.text) in _ADDRESS_WORDS
                                        for t in s.toks[1:first.tok_start])


def _speech_frame(s: SentenceInfo, keys: list[str]) -> bool:
    """A sentence opening "Trong diễn văn <...>, <title> <name>" ("Trong diễn văn đáp từ, đồng chí Bun-Thon
    Xẻng-Khăm-Mi, Đại sứ ..., đã chân thành cảm ơn ..."): the first person gives the speech."""
    if not s.persons or not " ".join(keys[:4]).startswith(event_cue_words("speech_frame")):
        return False
    comma = next((k for k, t in enumerate(s.toks[:16]) if t.text == ","), None)
    first = s.persons[0]
    return comma is not None and comma < first.tok_start <= comma + 5 \
        and all(t.text[:1].isupper() or fold(t.text) in _ADDRESS_WORDS for t in s.toks[comma + 1:first.tok_start])


_SOURCE_OPENERS = {",", ":"}  # "Theo ...", "Tuy nhiên, theo ...", "Các ý kiến này, theo ..."
_APPOSITION_MARKS = {",", "(", "-", "–"}
# the events besides debates (_opens_with_source) whose report a "Theo ông A, ..." speaks in (a ceremony's or an
# unnamed event's tells its background: "Theo anh Tuấn, người chứng kiến sự việc, ...")
_SOURCE_EVENTS = {"meeting", "visit", "reception"}


def _ceremony_source(s: SentenceInfo, keys: list[str], told: tuple[SentenceInfo, tuple[int, int, str]],
                     si: int) -> bool:
    """A ceremony the lead tells but opens for nobody ("Lễ Công bố Trung tâm Phục vụ hành chính công ...") goes on
    with a source of its report right after it ("Theo ông Nguyễn Trường Giang - Giám đốc Viettel Hậu Giang, ...")."""
    ceremony = EventDraft(None, _name(*told), told[1][2])
    return si <= _LEAD_SENTENCES + _REPORT_REACH and _speech_ceremony(ceremony, told[0]) \
        and bool(_told_by_source(s, keys))


def _speech_ceremony(ev: EventDraft, told: SentenceInfo) -> bool:
    """A ceremony told as held ("Chiều nay, Báo Lao Động đã trao 15 giải thưởng ..."), where its report's sources
    speak: not a festival or fair, whose sources describe the show ("Theo ông A, ..., có hơn 50 loại hoa ... được
    trưng bày"), nor one its sentence tells to come ("Ngày mai diễn ra lễ tôn vinh ...")."""
    return ev.type == "ceremony" and not event_cue("show_event", re.IGNORECASE).match(ev.name) \
        and not event_cue("ceremony_later", re.IGNORECASE).search(told.text)


def _sourced_event(ev: EventDraft) -> bool:
    """A visit only when named as a session of work ("Buổi làm việc với Sở GD-ĐT ngày 24-3", "chuyến thăm"): a bare
    "thăm", "làm việc với" is often a private trip or an inquiry ("làm việc với Cục thuế để xác minh hợp đồng")."""
    words = ev.name.split()
    return ev.type in _SOURCE_EVENTS and (ev.type != "visit" or bool(words) and fold(words[0]) in _EVENT_CLASSIFIERS)


def _document(s: SentenceInfo) -> bool:
    """The sentence tells of a document that directs ("đã có văn bản chỉ đạo", "trong thư gửi UBND tỉnh, ... đề
    nghị"), not a named Party secretary speaking ("bí thư Tỉnh ủy Nghệ An Lê Doãn Hợp đề nghị", "Tổng bí thư Nông
    Đức Mạnh yêu cầu"): "thư" after "bí" with a name before the verb is the title of the one who speaks."""
    for m in _DOCUMENT.finditer(s.text):
        secretary = s.text[max(0, m.start() - 3):m.start()].lower() == "bí "
        if not (secretary and any(m.start() < p.start - s.start < m.end() for p in s.persons)):
            return True
    return False


def _early_speakers(s: SentenceInfo, keys: list[str], cues: list[tuple[int, int, str]]) -> set[int]:
    """Indexes of the persons a sentence reports speaking (the speaker before the verb: "..., ông A nhận xét",
    "Theo ông B, ..."), not to the press nor another day: the speakers of a debate whose report names it only
    after them ("Cuộc hội thảo ... tiếp tục diễn ra hết ngày hôm nay")."""
    if _interview(s) or event_cue("other_time").search(s.text) or _document(s) \
            or any(d.strong for d in s.dates):  # "Ngày 30/7, ông Hậu cho biết": said another day
        return set()
    said = [c[0] for c in cues if c[2] == "speak"]
    out = {n for n, p in enumerate(s.persons) if any(_speaks_next(s, p.tok_end, c) for c in said)}
    out |= _told_by_source(s, keys)
    return {n for n in out if not _SPOKESPERSON.search(s.text, 0, s.persons[n].start - s.start)}


def _early_winners(s: SentenceInfo, keys: list[str]) -> set[int]:
    """Indexes of the persons a sentence before any event tells winning a prize (`_winners`), not another day nor
    once ("từng đoạt giải"): the winners of a ceremony the report names after them."""
    if event_cue("other_time").search(s.text) or any(d.strong for d in s.dates) or "từng" in keys \
            or _to_come_in(keys):
        return set()
    return _winners(s, keys)


_CLOSING = {"(": ")", "-": "-", "–": "–", ",": ","}


def _titled_sayers(s: SentenceInfo, keys: list[str]) -> set[int]:
    """Indexes of the persons named with a post who speak with a plain verb of saying (event_cues.tsv
    `titled_saying`) right after the name or its apposition: "Bộ trưởng Giao thông vận tải A nhận xét", "Đại biểu B
    nhận xét", "Ông C, Phó bí thư thường trực Đảng ủy khối ... nhận xét:"; not "Bà D, 63 tuổi, nói" (no post)."""
    verbs = [k for k in range(len(keys)) if _titled_saying_at(keys, k)]
    out: set[int] = set()
    for n, p in enumerate(s.persons):
        verb = next((k for k in verbs if k >= p.tok_end), None)
        if verb is not None and (_posted_before(keys, p) and _speaks_next(s, p.tok_end, verb)
                                 or _posted_apposition(s, keys, p, verb)):
            out.add(n)
    return out


def _titled_saying_at(keys: list[str], k: int) -> bool:
    return any(tuple(keys[k:k + len(w)]) == w for w in _cue_keys("titled_saying")) \
        and keys[k + 1:k + 2] != ["với"]  # "nói với VnExpress": to the press


def _posted_before(keys: list[str], p: PersonMention) -> bool:
    """The name follows a post ("Bộ trưởng A") or the deputy's title ("Đại biểu A", "ĐB A")."""
    return p.cue == "role" or keys[max(0, p.tok_start - 2):p.tok_start] == ["đại", "biểu"] \
        or keys[p.tok_start - 1:p.tok_start] == ["đb"]


def _posted_apposition(s: SentenceInfo, keys: list[str], p: PersonMention, verb: int) -> bool:
    """ "Ông A, Phó bí thư thường trực ... nhận xét", "ông B - phó chủ tịch Hội ... - thông báo": a post opens the
    apposition between the name and the verb, which no mark but its closing one cuts (then two words at most)."""
    between = s.toks[p.tok_end:verb]
    if not 2 <= len(between) <= 16 or between[0].text not in _CLOSING \
            or not lexicon.roles().match(s.toks, p.tok_end + 1, keys):
        return False
    marks = [k for k, t in enumerate(between) if k and not any(ch.isalnum() for ch in t.text)]
    return not marks or len(marks) == 1 and between[marks[0]].text == _CLOSING[between[0].text] \
        and len(between) - marks[0] - 1 <= 2


def _speaks_next(s: SentenceInfo, end: int, cue: int) -> bool:
    """The verb of saying at `cue` follows the name ending at `end` at once, after an adverb or two ("cũng", "lại")
    or after the name's apposition ("bà A (trưởng Ban ...) nêu ý kiến", "- ông B - nhận xét"): its subject."""
    if cue < end:
        return False
    between = [t.text for t in s.toks[end:cue]]
    if len(between) <= 2 and all(w.isalpha() and w.islower() for w in between):
        return True
    if len(between) < 2 or between[0] not in _CLOSING:
        return False
    close = next((k for k in range(1, len(between)) if between[k] == _CLOSING[between[0]]), None)
    return close is not None and len(between) - close - 1 <= 2 and all(
        w.isalpha() and w.islower() for w in between[close + 1:])


_COLON_VERB_WORDS = 4  # lower-case words between a speaker (or his apposition) and the colon: "tự tin nói"
_APPOSITION_REACH = 16  # tokens of an open apposition between a name and its verb


def _colon_speakers(s: SentenceInfo, keys: list[str]) -> set[int]:
    """Indexes of the persons a sentence introduces as the speakers of what follows a colon: the name, perhaps its
    apposition ("ông A, Phó Chủ tịch HĐQT,", "TS B (Đại học Bách khoa TP.HCM)", an open one that starts with a post:
    "ông C - Phó chủ tịch UBND tỉnh Bình Định kiến nghị:"), a few lower-case words at most ("tự tin nói", "thông
    báo", "than phiền", or none), then a colon that opens a quotation ("Ông Đỗ Xuân Diễn, phó chủ tịch Hội ...
    thông báo: \"Vụ kiện ..."): in the report of an event, what they said there, as "ông A cho biết" tells it (a
    colon that ends the line heads an interview box more often: "Ông A, Thứ trưởng Bộ Xây dựng:" over its title).
    Not a name inside a quotation, nor one owned by a word before it ("Công trình của ông A gồm hai phần chính:"),
    nor one whose clause goes on before the colon with more than a few words."""
    toks = s.toks
    quoted = _quoted(toks)
    colons = [k for k, t in enumerate(toks[:-1]) if t.text == ":" and toks[k + 1].text in ("“", '"')]
    out: set[int] = set()
    for n, p in enumerate(s.persons):
        colon = next((k for k in colons if k >= p.tok_end), None)
        if colon is None or quoted[p.tok_start] or _OWNED_BEFORE & set(_words_before(s, keys, p.tok_start)):
            continue  # (not "Công trình của ông A gồm hai phần:": the name owns, it does not speak)
        verb = colon  # the lower-case words right before the colon
        while verb > p.tok_end and colon - verb < _COLON_VERB_WORDS and _lower_word(toks[verb - 1].text):
            verb -= 1
        if verb == p.tok_end or _speaks_next(s, p.tok_end, verb) or _posted_apposition(s, keys, p, verb) \
                or _open_apposition(s, keys, p, verb):
            out.add(n)
    return out


_OWNED_BEFORE = {"của", "về", "với", "cho", "do", "bởi", "tới", "đến", "gửi", "và", "cùng"}


def _words_before(s: SentenceInfo, keys: list[str], at: int) -> list[str]:
    """The words of the clause before token `at`, back to a mark."""
    k = at
    while k > 0 and any(ch.isalnum() for ch in s.toks[k - 1].text):
        k -= 1
    return keys[k:at]


def _lower_word(text: str) -> bool:
    return text.isalpha() and text.islower()


def _open_apposition(s: SentenceInfo, keys: list[str], p: PersonMention, verb: int) -> bool:
    """ "ông A, phó chủ tịch Hội ... thông báo", "ông B - Phó chủ tịch UBND tỉnh Bình Định kiến nghị": an apposition
    that a post opens and the verb closes, with no other mark in it than a slash or a hyphen of a name."""
    between = s.toks[p.tok_end:verb]
    return 2 <= len(between) <= _APPOSITION_REACH and between[0].text in (",", "-", "–") \
        and bool(lexicon.roles().match(s.toks, p.tok_end + 1, keys)) \
        and all(t.text.isalnum() or t.text in ("/", "-", "&", ".") for t in between[1:]) \
        and not _lower_word(between[-1].text)


def _headline(s: SentenceInfo) -> bool:
    return s.text.rstrip()[-1:] not in _SENTENCE_END | {"…", "\"", "”", ")"}


def _aside_report(sentences: list[SentenceInfo], opened_at: int, reported_at: int, si: int) -> bool:
    """Whether sentence si stands apart from the report of the event opened at opened_at: an event only the headline
    tells ("Lập đội xe đưa thân nhân thăm người cai nghiện") or one of another time ("Trước đó, Văn phòng Chính phủ
    đã có báo cáo ... về kết quả làm việc với UBND tỉnh Nam Định"), or an intertitle since its last report ("TP HCM
    đăng ký xe sẽ nhanh hơn"), which opens another part of the article."""
    opening = [fold(t.text) for t in sentences[opened_at].toks[:2]]
    return " ".join(opening) in _cue_set("another_time") \
        or any(_headline(sentences[k]) for k in (opened_at, *range(reported_at + 1, si)))


def _source_nouns() -> frozenset[str]:
    return lexicon.folded_words("source_nouns.txt")


def _familiar_address() -> frozenset[str]:
    return lexicon.folded_words("familiar_address.txt")


def _told_by_source(s: SentenceInfo, keys: list[str]) -> set[int]:
    """Indexes of the persons a clause opens with as its source, "theo" + their title + the name + a comma ("Theo
    Giám đốc Sở Y tế TPHCM Nguyễn Tấn Bỉnh, ...", "Tuy nhiên, theo ông Lê Ninh, Trưởng phòng ..., ...", "Theo báo
    cáo của Thứ trưởng Bộ Xây dựng Nguyễn Tấn Vạn, ..."): what they said, as "ông A cho biết" tells it. Not after a
    time ("Cho đến chiều 13/2, theo ông B, ...": said then), nor a familiar address ("theo anh C")."""
    out: set[int] = set()
    for n, p in enumerate(s.persons):
        at = next((k for k in range(p.tok_start - 1, max(-1, p.tok_start - 12), -1) if keys[k] == "theo"), None)
        if at is None or at > 0 and keys[at - 1] not in _SOURCE_OPENERS \
                or any(d.start < s.toks[at].start for d in s.dates):
            continue
        between = keys[at + 1:p.tok_start]
        if not all(k[:1].isalpha() or k == "." for k in between) or keys[p.tok_end:p.tok_end + 1] and \
                keys[p.tok_end] not in _APPOSITION_MARKS or _familiar_address() & set(between) or "từ" in between:
            continue
        if "của" in between and " ".join(between[:between.index("của")]) not in _source_nouns():
            continue
        out.add(n)
    return out


@cache
def _aide_of() -> re.Pattern[str]:
    """A comma and an aide's title owned by the next name ("ông Gerhard Schroeder, hiện là cố vấn đặc biệt của Chủ
    tịch Hội đồng Quản trị Tập đoàn ... - ông Michael Ringier"): the owner is named in the aide's title."""
    aides = "|".join(re.escape(w) for w in event_cue_words("aide"))
    return re.compile(rf"\s*,\s*(?:hiện là\s+)?(?:{aides})(?:\s+[^\s.;:,–—]+){{0,3}}\s+của\b[^.;:,]*$", re.IGNORECASE)


_PROPOSAL_GLUE = {"tiến", "hành", "tổ", "chức", "một", "cuộc", "có", "các", "những", "buổi"}  # "tiến hành một cuộc"


def _proposed_far(keys: list[str], i: int) -> bool:
    """A proposal further back whose object is the event ("kêu gọi tiến hành một cuộc hội đàm với ..."): the words
    between only make the event its object ("tiến hành", "tổ chức", "một", "cuộc"), no place or time of its own."""
    for k in range(max(0, i - 7), i - 4):
        size = next((n for n in (2, 1) if event_cue("proposed").fullmatch(" ".join(keys[k:k + n]))), 0)
        if size:
            return all(w in _PROPOSAL_GLUE for w in keys[k + size:i])
    return False


def _not_an_event(keys: list[str], i: int) -> bool:
    """Events in general ("tham dự các hội nghị, hội thảo"), denied ("chưa được vào thăm") or to come
    ("chuyến thăm Việt Nam của ... vào tháng 10 tới", "chuẩn bị cho đêm khai mạc")."""
    if i > 0 and keys[i - 1] in _GENERIC or _NEGATION & set(keys[max(0, i - 3):i]):
        return True
    if i > 1 and keys[i - 1] in (",", "và", "hoặc") and _GENERIC & set(keys[max(0, i - 5):i - 1]):
        return True  # "các hội nghị, hội thảo"
    if event_cue("proposed").search(" ".join(keys[max(0, i - 4):i])) or _proposed_far(keys, i):
        return True  # "đề xuất tổ chức hội đàm quân sự", "kêu gọi đối thoại": proposed, not held
    if _INVITED.search(" ".join(keys[max(0, i - 12):i])):
        return True  # "mời Tổng thống X sang thăm Việt Nam": an invitation (not "theo lời mời của X, Y sang thăm")
    if keys[max(0, i - 2):i] == ["biên", "bản"] or keys[i - 1:i] == ["lịch"]:
        return True  # "hoàn thành các biên bản làm việc với các bên": minutes; "lịch làm việc": a schedule
    if keys[i:i + 2] == ["làm", "việc"] and keys[i + 2:i + 3] in (["tại"], ["ở"], ["cho"]) and i > 0 \
            and any(tuple(keys[max(0, i - n):i]) in _cue_keys("employed") for n in (1, 2)):
        return True  # "Anh Quang Thanh, đang làm việc tại Trung tâm ...", "nhân công ... làm việc tại công ty": a job
    if keys[i:i + 2] == ["tham", "gia"] and any(" ".join(keys[i + 2:i + 2 + n]) in _cue_set("membership")
                                                for n in (1, 2, 3)):
        return True  # "tiếp tục tham gia danh sách bầu cử BCH T.Ư gồm: A, B": a seat or slate, no event
    if keys[i] == "thăm" and _kin_after(keys, i + 1):
        return True  # "về quê thăm ông bà", "thăm bố mẹ": a private visit to relatives, no event
    if keys[i] == "thăm" and keys[i + 1:i + 2] and keys[i + 1] in _cue_set("tended"):
        return True  # "đi ra thăm ao cá sau nhà", "thăm đồng thường xuyên": a farmer's own round, no visit
    if "chuẩn bị" in " ".join(keys[max(0, i - 5):i]):
        return True  # "chuẩn bị cho đêm khai mạc": the event is still to come
    if keys[max(0, i - 3):i] == ["ban", "tổ", "chức"]:
        return True  # "Trưởng Ban tổ chức Đại hội ...": a title, not the report of the event
    if _QUESTIONED.match(" ".join(keys[i:i + 8])):
        return True  # "làm việc với cơ quan công an": a suspect questioned; "với gia đình ông X": a household
    end = i
    while end < len(keys) and end - i < 20 and keys[end] not in _CLAUSE_END and keys[end] != ",":
        end += 1
    return bool(_LATER.search(" ".join(keys[i:end])))


def _kin() -> frozenset[tuple[str, ...]]:
    return lexicon.folded_phrases("kin_words.txt")


def _kin_after(keys: list[str], i: int) -> bool:
    return any(tuple(keys[i:i + n]) in _kin() for n in (1, 2, 3))


_PRESENT = {"dự", "tham dự", "có mặt"}  # cues of being there, which a contest or a scene after them belies


def _contests() -> frozenset[tuple[str, ...]]:
    return lexicon.folded_phrases("contest_words.txt")


def _contest(keys: list[str], i: int, size: int) -> bool:
    """ "tham dự kỳ thi TOEFL", "tham dự Euro 2016", "có mặt tại hiện trường": an exam, a tournament or the scene
    of an accident after a cue of being there, no event taken part in."""
    if " ".join(keys[i:i + size]) not in _PRESENT:
        return False
    k = i + size + (keys[i + size:i + size + 1] in (["tại"], ["ở"]))
    k += keys[k:k + 1] in (["các"], ["những"])
    return any(tuple(keys[k:k + n]) in _contests() for n in (1, 2, 3))


def _clause_opened_by(keys: list[str], i: int, openers: tuple[str, ...]) -> bool:
    """Whether the clause holding token i (back to a comma or the sentence start) opens with one of `openers`
    ("Trước khi rời Việt Nam sang Jakarta dự hội nghị, ...")."""
    k = i
    while k > 0 and keys[k - 1] not in (",", ";", ":", ".") and i - k < 15:
        k -= 1
    return bool(re.search(rf"\b(?:{'|'.join(openers)})\b", " ".join(keys[k:i])))




def _trigger(toks: list[Token], keys: list[str]) -> tuple[int, int, str] | None:
    words = lexicon.event_words()
    if any(tuple(keys[:n]) in _cue_keys("throughout") for n in (1, 2)):
        return None  # "Trong suốt thời gian làm việc ở VN, ông A đã tham gia đối thoại ...": a span summed up
    quoted = _quoted(toks)  # “... chúng tôi sẽ làm việc với hợp tác xã”: said, not an event reported
    for i in range(len(toks)):
        m = words.match(toks, i, keys) if not quoted[i] else None
        if m and toks[i].text[:1].isupper() and " ".join(keys[max(0, i - 2):i]).endswith(event_cue_words("venue_head")):
            continue  # "tại Trung tâm Hội nghị Quốc gia": a building
        if m and (_clause_opened_by(keys, i, ("sau khi", "trước khi"))
                  or {"từng", "người"} & set(keys[max(0, i - 3):i])):
            continue  # "sau khi tới thăm Bình Nhưỡng", "trước khi ... sang Jakarta dự hội nghị": another time; "người
            # đã làm việc với cố chủ tịch X", "từng dự": a past or habitual act
        if m and keys[i:i + 2] == ["ký", "kết"] and (keys[i - 1:i] in (["được"], ["đăng"])
                                                      or keys[i + 2:i + 3] == ["hôn"]):
            continue  # "chương trình ... được ký kết từ năm 1999": a document signed; "đăng ký kết hôn": marriage
        if m and keys[i:i + 2] == ["ký", "kết"] and keys[i - 1:i] == ["đã"] \
                and any(tuple(keys[max(0, i - 1 - n):i - 1]) in _cue_keys("signed_document") for n in (1, 2, 3)):
            continue  # "trên cơ sở Hợp đồng đã ký kết, Bộ ... có văn bản ...": the document signed before, no signing
        if m and any(tuple(keys[i + m[0]:i + m[0] + len(w)]) == w for w in _cue_keys("habitual")):
            continue  # "trao tặng hàng năm cho những doanh nghiệp ...": what is done every year
        if m and _holiday(toks, keys, i, m[0]):
            continue  # "dịp lễ 30/4", "nghỉ lễ": a public holiday
        if m and unframed(toks, keys, i, m[0]):
            continue  # "chương trình hành động", "tham gia chương trình học bổng": a plan or a scheme
        if m and not _part_of_longer_word(toks, i, m[0]) and not _not_an_event(keys, i) and keys[i - 1:i] != ["sự"]:
            return i, m[0], str(m[1])  # "sự đón tiếp nồng hậu" is no reception
    return _deliberation(toks, keys)


def unframed(toks: list[Token], keys: list[str], i: int, size: int) -> bool:
    """The event word at i names an event only in a frame (event_cues.tsv `framed_event`) and has none here."""
    return tuple(keys[i:i + size]) in _cue_keys("framed_event") and not _framed(toks, keys, i, size)


def _cue_ends_at(toks: list[Token], keys: list[str], at: int) -> bool:
    """A participation cue ends right before `at` ("phát biểu tại", "cho biết tại")."""
    part = lexicon.participation()
    return any((m := part.match(toks, k, keys)) and k + m[0] == at for k in range(max(0, at - 3), at))


def _framed(toks: list[Token], keys: list[str], i: int, size: int) -> bool:
    """A programme or a fair held or attended: "tham dự chương trình", "Tại ngày hội", "chương trình Tư vấn mùa thi
    2006 ... tiếp tục diễn ra tại ...", "chương trình ... do báo Thanh Niên tổ chức", but not a plan or a scheme named
    so ("chương trình mục tiêu quốc gia", "tổ chức thực hiện chương trình")."""
    after = i + size
    if any(" ".join(keys[after:after + n]) in _cue_set("frame_not") for n in (1, 2)):
        return False
    if any(" ".join(keys[max(0, i - n):i]) in _cue_set("frame_before") and i >= n for n in (1, 2, 3)):
        return True
    n = _placing_before(keys, i)
    if n and (i - n == 0 or keys[i - n - 1] in (",", "cũng") or _cue_ends_at(toks, keys, i - n)):
        return True  # "Tại ngày hội, ông A cho biết", "phát biểu tại chương trình" (not "dành tặng ... tại chương
        # trình giao lưu": what money is for)
    end = after
    while end < len(keys) and end - after < 40 and keys[end] not in _CLAUSE_END:
        end += 1
    clause = " ".join(keys[after:end])
    if any(re.search(rf"(?<!\S){re.escape(w)}(?!\S)", clause) for w in _cue_set("frame_series")):
        return False  # "do Báo Thanh Niên tổ chức lần lượt diễn ra tại các tỉnh": sessions in turn, no one event
    held = "|".join(map(re.escape, _cue_set("frame_held")))
    by = "|".join(map(re.escape, _cue_set("frame_by")))
    return bool(re.search(rf"(?<!\S)(?:{held}|(?:{by}) .*tổ chức)(?!\S)(?! thực hiện| triển khai)", clause))


_DONE = {"đã", "vừa", "tiếp"}  # "Quốc hội đã thảo luận", "tiếp tục thảo luận": a sitting held, dated or not


def _deputy_speaks(s: SentenceInfo, keys: list[str], cues: list[tuple[int, int, str]]) -> bool:
    """A person named as a deputy with the delegation's province in brackets and a speech cue after the name ("đại
    biểu Trương Thị Vân (Nghệ An) cho rằng", "ĐB Nguyễn Thị Loan (Vĩnh Phúc) không đồng tình, cho rằng"): a deputy
    speaking at a sitting."""
    for p in s.persons:
        titled = keys[max(0, p.tok_start - 2):p.tok_start] == ["đại", "biểu"] or keys[p.tok_start - 1:p.tok_start] \
            == ["đb"]
        bracket = s.toks[p.tok_end:p.tok_end + 2]
        delegation = len(bracket) == 2 and bracket[0].text == "(" and bracket[1].text[:1].isupper()
        if titled and (delegation and any(c[0] > p.tok_end for c in cues)
                       or any(p.tok_end <= c[0] <= p.tok_end + 1 and c[2] == "speak" for c in cues)
                       or _asks(keys, p.tok_end + (_bracket_end(keys, p.tok_end) if delegation else 0))):
            return True  # "đại biểu Nguyễn Thị Hồng Xinh đề nghị bãi bỏ ...": the deputy's speech right after
    return False


def _bracket_end(keys: list[str], i: int) -> int:
    """The length of the bracket opening at i ("(Hưng Yên)"), 0 when it does not close within a few words."""
    return next((n + 1 for n in range(1, 7) if i + n < len(keys) and keys[i + n] == ")"), 0)


def _askers(s: SentenceInfo, keys: list[str]) -> set[int]:
    """The people a question-time verb follows, past the delegation's brackets ("- phó chủ nhiệm ... Trương Thị Mai
    (Trà Vinh) hỏi.", "Bộ trưởng Võ Hồng Phúc đáp:"): at a sitting, who ask and who answer."""
    return {n for n, p in enumerate(s.persons) if _asks(keys, p.tok_end + _bracket_end(keys, p.tok_end)
                                                         if keys[p.tok_end:p.tok_end + 1] == ["("] else p.tok_end)}


def _asks(keys: list[str], i: int) -> bool:
    """A question-time verb at i ("ĐB Đoàn Thiện Các (Hưng Yên) hỏi", "ĐB Trương Thị Mai thắc mắc:")."""
    return any(tuple(keys[i:i + len(w)]) == w for w in _cue_keys("question_time"))


def _seated_deputies(s: SentenceInfo, keys: list[str]) -> set[int]:
    """Deputies named with their delegation in brackets ("các ĐB Bùi Văn Phong (Hòa Bình), Võ Minh Phương (Lâm
    Đồng)"): in the report of a sitting, its members."""
    out: set[int] = set()
    for n, p in enumerate(s.persons):
        bracket = s.toks[p.tok_end:p.tok_end + 2]
        if len(bracket) < 2 or bracket[0].text != "(" or not bracket[1].text[:1].isupper():
            continue
        k = p.tok_start
        titled = keys[max(0, k - 2):k] == ["đại", "biểu"] or keys[k - 1:k] == ["đb"]
        between = keys[s.persons[n - 1].tok_end:k] if n else []
        listed = n - 1 in out and between[:1] == ["("] and ")" in between and between[-1:] in ([","], ["và"]) \
            and len(between) <= 8
        if titled or listed:
            out.add(n)
    return out


def _deliberation(toks: list[Token], keys: list[str]) -> tuple[int, int, str] | None:
    """A deliberative body doing its business ("Sáng nay, Quốc hội đã thảo luận sôi nổi ...", "Ủy ban TVQH đã
    thảo luận dự án Luật nhà ở", "các đại biểu HĐND chất vấn"): a sitting, told as done; not a sitting only spoken
    of ("Khi Quốc hội thảo luận dự luật này, tôi sẽ phát biểu", "trình Ủy ban Thường vụ Quốc hội cho ý kiến",
    "sẽ được Quốc hội thảo luận vào ngày 7/6", "Ngày mai, Quốc hội tiếp tục thảo luận")."""
    bodies, verbs = _cue_keys("sitting_body"), _cue_keys("sitting_verb")
    quoted = _quoted(toks)
    for i in range(len(keys)):
        size = next((n for n in (5, 4, 3, 2, 1) if i + n <= len(keys) and tuple(keys[i:i + n]) in bodies), 0)
        if not size or quoted[i]:
            continue
        j = i + size
        local = keys[i + size - 1] in ("hđnd", "nhân", "dân")  # "HĐND TP Hà Nội": the council's place may follow
        while j < len(keys) and j - i < size + 6 and ((keys[j],) in _cue_keys("sitting_glue") or local and (
                toks[j].text[:1].isupper() or keys[j] in ("tỉnh", "thành", "phố", "tp", "quận", "huyện"))):
            j += 1
        verb = next((n for n in (3, 2, 1) if j + n <= len(keys) and tuple(keys[j:j + n]) in verbs), 0)
        if not verb:
            continue
        start = i
        while start > 0 and keys[start - 1] not in (",", ";", ":", ".", "?", "!", "“", "\""):
            start -= 1
        if event_cue("sitting_not").search(" ".join(keys[start:j])) or "?" in keys[j:] \
                or event_cue("sitting_later").search(" ".join(keys[:j])):
            continue
        return j, verb, "session"
    return None


_INSPECTION_GAP = 14  # tokens of an apposition between the inspecting person and the verb


def _inspection_verb(keys: list[str], v: int) -> int:
    """The size of an inspection verb at v (event_cues.tsv `inspection_verb`, or `inspection_moved_verb` after a word
    of going), 0 if none."""
    for kind in ("inspection_verb", "inspection_moved_verb"):
        size = next((n for n in (2, 1) if tuple(keys[v:v + n]) in _cue_keys(kind)), 0)
        if size and (kind == "inspection_verb" or (keys[v - 1],) in _cue_keys("inspection_move")):
            return size
    return 0


def _inspection(s: SentenceInfo, keys: list[str]) -> tuple[int, int, str] | None:
    """An official's field inspection told by its verb in a dated sentence with no event word: "Sáng 28/4, Phó Thủ
    tướng thường trực Trương Hòa Bình kiểm tra, giám sát công tác phòng, chống dịch Covid-19 trên địa bàn TPHCM",
    "Sáng nay, ông Phạm Hữu Mý, Trưởng ban khai quật cùng Ban chỉ đạo đã xuống xem xét, đo đạc ngôi mộ cổ": the
    sentence's first person, after its opening date, right before the verb (words of `inspection_way` and of going
    between) or with an apposition set off by a comma; not a request, a plan, a document or a source's telling
    ("Bộ trưởng A đã yêu cầu Tổng công ty 6 kiểm tra", "ông A cho biết ... đoàn sẽ kiểm tra")."""
    opening = [d for d in s.dates if d.strong and d.start - s.start < 25]
    if not opening or not s.persons:
        return None
    person = min(s.persons, key=lambda p: p.tok_start)
    if s.toks[person.tok_start].start < opening[0].end or person.tok_start > 14:
        return None  # the date opens the sentence, its subject follows
    quoted = _quoted(s.toks)
    way = _cue_keys("inspection_way") | _cue_keys("inspection_move")
    stops = "|".join(map(re.escape, _cue_set("inspection_not")))
    for v in range(person.tok_end, min(len(keys), person.tok_end + _INSPECTION_GAP + 4)):
        size = _inspection_verb(keys, v)
        if not size or quoted[v]:
            continue
        w = v
        while w > person.tok_end and ((keys[w - 1],) in way or tuple(keys[w - 2:w]) in way):
            w -= 2 if tuple(keys[w - 2:w]) in way and (keys[w - 1],) not in way else 1
        apposed = keys[person.tok_end:person.tok_end + 1] == [","] and w - person.tok_end <= _INSPECTION_GAP \
            and keys[w - 1] not in _CLAUSE_MARKS and not any(k in _CLAUSE_END for k in keys[person.tok_end:w])
        if w != person.tok_end and not apposed:
            return None
        if re.search(rf"(?<!\S)(?:{stops})(?!\S)", " ".join(keys[:v])):
            return None
        return v, size, "visit"
    return None


def _area_places(s: SentenceInfo, keys: list[str]) -> list[str]:
    """The places of a visit's sentence told as its area ("trên địa bàn TPHCM", "thị sát tình hình khai thác cát lậu
    trên địa bàn huyện Nhà Bè - Cần Giờ") and those listed right after them; not the area of what the visit is about
    ("làm việc về tình hình dịch bệnh trên địa bàn tỉnh")."""
    out: list[str] = []
    last_end = -10
    for place in s.places:
        k = place.tok_start
        while k > 0 and keys[k - 1] in ("tỉnh", "thành", "phố", "tp", "quận", "huyện", "thị", "xã"):
            k -= 1
        area = keys[max(0, k - 3):k] == ["trên", "địa", "bàn"] \
            and not (_TOPIC | {"liên", "quan"}) & set(keys[max(0, k - 11):k - 3])
        listed = 0 < k - last_end <= 1 and keys[last_end] in ("-", "–", ",", "và")
        if area or listed:
            last_end = place.tok_end
            if place.name not in out:
                out.append(place.name)
    return out


def _holiday(toks: list[Token], keys: list[str], i: int, size: int) -> bool:
    """ "Lễ 30/4-1/5", "dịp lễ 30/4", "nghỉ lễ", "dịp lễ này": a public holiday, no ceremony (but "dịp lễ kỷ niệm")."""
    if keys[i:i + size] != ["lễ"]:
        return False
    after = toks[i + 1].text if i + 1 < len(toks) else ""
    before = keys[i - 1] if i else ""
    return after[:1].isdigit() or before in _cue_set("days_off") or before in _cue_set("holiday_before") and (
        not after[:1].isalpha() or fold(after) in _cue_set("holiday_after"))


def _said_above(keys: list[str], i: int) -> bool:
    """ "Để đạt mục tiêu nêu trên, ông A ... khuyến khích ...": 'nêu trên' (mentioned above) is no one speaking."""
    return keys[i] == "nêu" and (keys[i + 1:i + 2] == ["trên"] or keys[i + 1:i + 3] == ["ở", "trên"])


def _cues(toks: list[Token], keys: list[str]) -> list[tuple[int, int, str]]:
    part = lexicon.participation()
    quoted = _quoted(toks)  # "“Trước khi qua Việt Nam, tôi đã có dịp gặp Tổng thống Mỹ George Bush”": said, not done
    out = []
    i = 0
    while i < len(toks):
        m = part.match(toks, i, keys)
        if m and not quoted[i] and not _part_of_longer_word(toks, i, m[0]) and not _not_an_event(keys, i) \
                and "từng" not in keys[max(0, i - 3):i] and not _contest(keys, i, m[0]) and not _said_above(keys, i) \
                and not (m[1] == "chair" and (_leads_work(keys, i + m[0], i) or _chairs_later(keys, i))) \
                and not _reporter_present(keys, i, m[0]):
            out.append((i, m[0], str(m[1])))
            i += m[0]
        else:
            i += 1
    return out


_ADDRESS_WORDS = {"ông", "bà", "ngài", "đồng", "chí"}


def _reporter_present(keys: list[str], i: int, size: int) -> bool:
    """The cue at i tells the reporter present (event_cues.tsv `reporter_presence` after a `reporter` word: "Ngày
    2-5, chúng tôi có mặt tại khu dân cư ...", or opening a clause whose subject after the comma is the reporter: "Có
    mặt tại khu vực này vào sáng 30-6, chúng tôi thấy ..."): no event."""
    if " ".join(keys[i:i + size]) not in _cue_set("reporter_presence"):
        return False
    reporter = _cue_keys("reporter")
    if any(tuple(keys[k:i]) in reporter for k in range(max(0, i - 3), i)):
        return True
    if i and keys[i - 1] not in _CLAUSE_MARKS:
        return False
    comma = next((j for j in range(i + size, len(keys)) if keys[j] in _CLAUSE_MARKS), None)
    return comma is not None and keys[comma] == "," \
        and any(tuple(keys[comma + 1:comma + 1 + len(w)]) == w for w in reporter)


def _met(s: SentenceInfo, keys: list[str], cues: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """ "đã gặp Thủ tướng Hungary Peter Medgyessy", "gặp bà Szili Katalin": meeting a named person is taking part
    in a meeting (a bare "gặp" is only speech: "gặp khó khăn", "gặp nhiều người")."""
    out = []
    for ci, size, rel in cues:
        reporter = {"tôi", "pv"} & set(keys[max(0, ci - 3):ci])  # "chúng tôi gặp ông A": the reporter's visit
        if rel == "speak" and " ".join(keys[ci:ci + size]) in _cue_set("meet") and not reporter:
            after = ci + size
            person = next((p for p in s.persons if p.tok_start >= after), None)
            between = s.toks[after:person.tok_start] if person else []
            if person and len(between) <= 6 and all(t.text.isalpha() for t in between) and \
                    (not between or between[0].text[:1].isupper() or fold(between[0].text) in _ADDRESS_WORDS):
                rel = "attend"
        out.append((ci, size, rel))
    return out


def _praise(keys: list[str], cue: tuple[int, int, str]) -> bool:
    """ "biểu dương", "cảm ơn", "ghi nhận ý kiến": words said to those present, naming their subject only."""
    return " ".join(keys[cue[0]:cue[0] + 2]) in _cue_set("praise")


def _acts(s: SentenceInfo, cues: list[tuple[int, int, str]]) -> bool:
    """A named person does the act of taking part ("Cùng ngày, Tổng bí thư A và Thủ tướng B đã tiếp ... đoàn
    Keidanren", "dưới sự chứng kiến của Thủ tướng C"): an event even late in an undated article."""
    keys = [fold(t.text) for t in s.toks]
    return any(rel == "attend" and " ".join(keys[ci:ci + size]) in _cue_set("meeting") and not _BACKGROUND & set(
        keys[max(0, ci - 3):ci]) and any(p.tok_start < ci or ci < p.tok_start <= ci + size + 8 for p in s.persons)
               for ci, size, rel in cues)


def _speaks_at(s: SentenceInfo, cues: list[tuple[int, int, str]], trig: tuple[int, int, str]) -> bool:
    """A sentence opened by speaking at the event ("Kết luận hội nghị, Chủ tịch UBND TP Lê Thanh Hải nhận xét",
    "Chỉ đạo tại buổi làm việc, ..."): the person named after it acts there, an event even late in the article."""
    keys = [fold(t.text) for t in s.toks]
    return any(ci == 0 and (ci + size == trig[0] or ci + size + 1 == trig[0] and keys[ci + size] in _AT)
               and any(p.tok_start > trig[0] for p in s.persons) for ci, size, _rel in cues)


def _placing_before(keys: list[str], at: int) -> int:
    """How many words before the event word place something at it ("tại", "bên lề một"), 0 if none."""
    return next((n for n in (3, 2, 1) if " ".join(keys[max(0, at - n):at]) in _cue_set("placing") and at >= n), 0)


def _placed_speaker(s: SentenceInfo, keys: list[str], cues: list[tuple[int, int, str]],
                    trig: tuple[int, int, str]) -> bool:
    """A named speaker the sentence places at the event: "Tại buổi làm việc, ông A cho biết" (the place phrase opens
    the sentence, the person and his saying after its comma), "Bộ trưởng B nói tại hội nghị" (a saying right
    before it, the person before the saying): an event even late in an undated article."""
    n = _placing_before(keys, trig[0])
    after = keys[trig[0] + trig[1]:trig[0] + trig[1] + 1]
    bare = not after or not after[0].isalpha() or after[0] in _cue_set("said_that")
    if not n or keys[trig[0] - 1] == "một" and bare:
        return False  # "cho biết tại một cuộc họp rằng": a meeting the sentence tells nothing of, not one reported
    start = trig[0] - n
    if start == 0:
        comma = next((k for k in range(trig[0] + trig[1], len(keys)) if keys[k] == ","), None)
        return comma is not None and any(
            p.tok_start > comma and any(c[0] >= p.tok_end and c[2] in ("speak", "attend") for c in cues)
            for p in s.persons)
    said = [(c[0], c[1]) for c in cues if c[2] in ("speak", "attend")]
    said += [(k, 1) for k in range(start) if keys[k] in _cue_set("said_at")]
    return any(k + size == start and any(p.tok_end <= k for p in s.persons) for k, size in said)


# cues of a meeting or ceremony itself (a visit, "thăm", or "làm việc với" may be a private trip or a job)
_BACKGROUND = {"khi", "từng", "người"}  # "sau khi tới thăm", "người đã từng dự": background




def _leads_work(keys: list[str], after: int, at: int | None = None) -> bool:
    """ "Sở X chủ trì, phối hợp ...": an office taking the lead on a task, not chairing a meeting; so is leading a
    piece of work ("chủ trì thực hiện đề tài", "một đề tài nghiên cứu ..., do giáo sư X chủ trì")."""
    if " ".join(keys[after:after + 3]).startswith((", phối hợp", "phối hợp", ", xây dựng", "soạn thảo")):
        return True
    work = _project_nouns()
    k = after + 2 if " ".join(keys[after:after + 2]) in _cue_set("work_verb") else after
    if work.match(" ".join(keys[k:k + 4])):
        return True  # the work right after the cue (maybe after "thực hiện", "xây dựng")
    if at is None or "do" not in keys[max(0, at - 15):at]:
        return False
    by = max(k for k in range(max(0, at - 15), at) if keys[k] == "do")
    return bool(work.search(" ".join(keys[max(0, by - 30):by])))  # "<work> ... do X chủ trì"


@cache
def _project_nouns() -> re.Pattern[str]:
    words = sorted((re.escape(fold(w)) for w in word_list("project_nouns.txt")), key=len, reverse=True)
    return re.compile(r"(?:^|(?<=\s))(?:" + "|".join(words) + r")(?:\s|$)")


def _announced(keys: list[str], trig: tuple[int, int, str], said: frozenset[int] = frozenset()) -> bool:
    """ "Lễ khai mạc ... sẽ diễn ra vào tối 20/4", "Tọa đàm sẽ có sự tham dự của ...": an event to come; not what
    is said at it ("trong buổi hội đàm với A, B cho biết, Bỉ sẽ hỗ trợ": `said` holds the speech cues)."""
    end = trig[0] + trig[1]
    while end < len(keys) and end - trig[0] < 25 and keys[end] not in _CLAUSE_END and end not in said \
            and keys[end] not in (":", "“"):
        if keys[end] in ("sẽ", "sắp") or keys[end:end + 2] == ["dự", "kiến"]:
            return True
        end += 1
    return False


def _chaired_done(keys: list[str], cues: list[tuple[int, int, str]]) -> bool:
    """ "Chiều 16/6, một cuộc họp khẩn cấp do chủ tịch UBND tỉnh Nguyễn Xuân Phúc chủ trì đã quyết định ...": a
    meeting told as chaired, in the past tense and with nothing to come, took place: a report, not a plan."""
    return any(rel == "chair" for _ci, _size, rel in cues) and bool({"đã", "vừa"} & set(keys)) \
        and not {"sẽ", "sắp"} & set(keys) and "dự kiến" not in " ".join(keys)


def _chairs(s: SentenceInfo, keys: list[str], cues: list[tuple[int, int, str]]) -> set[int]:
    """Indexes of persons said to chair in this sentence."""
    chairs: set[int] = set()
    for ci, size, rel in cues:
        if rel != "chair":
            continue
        after = keys[ci + size] if ci + size < len(keys) else ""
        before = set()
        if not (after in ("của", "có", ":") or keys[ci - 1:ci] == ["sự"]):
            start = 0
            for k in range(ci - 1, -1, -1):
                if s.toks[k].text in _CLAUSE_END or keys[k] in ("dự", "có") and k < ci - 1 or keys[k] == "do":
                    start = k
                    break
                if keys[k] == "giao" or " ".join(keys[k - 1:k + 1]) in _cue_set("directive") \
                        and s.toks[k - 1].text.islower() and keys[k - 2:k - 1] != ["ban"]:
                    # "A chỉ đạo Sở X chủ trì": X leads, A does not chair (not "Trưởng Ban Chỉ đạo X chủ trì": a body)
                    start = ci
                    break
            before = {n for n, p in enumerate(s.persons) if start <= p.tok_start < ci}
        if before:
            chairs |= before
            continue
        if "do" in keys[max(0, ci - 12):ci] and not (after in ("của", "có", ":") or keys[ci - 1:ci] == ["sự"]) \
                and all(t.text not in _CLAUSE_END for t in s.toks[keys.index("do", max(0, ci - 12)):ci]):
            continue  # "Tại cuộc họp ... do Sở GTCC chủ trì vừa diễn ra tuần qua, ông A dự báo": a body chairs
        # "dưới sự chủ trì của A", "chủ trì có A", "Chủ trì hội nghị có các đồng chí: A, B"
        stop = len(s.toks)
        later_cues = {c[0] for c in cues if c[0] > ci + size}
        for k in range(ci + size, len(s.toks)):
            if s.toks[k].text in _SENTENCE_END or k in later_cues or k > ci + size + 1 and \
                    keys[k] in ("cùng", "hội", "lễ") and s.toks[k - 1].text in (",", ";"):
                stop = k
                break
        chairs |= {n for n, p in enumerate(s.persons) if ci < p.tok_start < stop}
    return chairs


def _chairs_later(keys: list[str], i: int) -> bool:
    """ "Hôm nay, Bộ trưởng Lê Huy Ngọ sẽ chủ trì cuộc họp ...", "Theo dự kiến, vào 8h sáng 23/8, ... Phó Thủ tướng
    Nguyễn Tấn Dũng sẽ chủ trì buổi làm việc": the chair cue at i is told to come; nobody has chaired yet."""
    return bool({"sẽ", "sắp"} & set(keys[max(0, i - 3):i]))


def _chaired_meeting(s: SentenceInfo, keys: list[str], cues: list[tuple[int, int, str]]) -> bool:
    """A named person chairs in a sentence with no event noun ("Đầu tháng 4/2021, dưới sự chủ trì của Bí thư Thành ủy
    Hà Nội Đinh Tiến Dũng, Thường trực Thành ủy Hà Nội thống nhất ..."): chairing is itself a meeting held; not one
    to come ("sẽ chủ trì"). Only `dưới sự chủ trì`: a bare `chủ trì` is as often leading a piece of work ("ông Cua
    đã đầu tư, chủ trì lai tạo", "người chủ trì phần thiết kế")."""
    first = next((c[0] for c in cues if c[2] == "chair" and keys[c[0]:c[0] + 2] == ["dưới", "sự"]), None)
    return first is not None and not {"sẽ", "sắp"} & set(keys) and "dự kiến" not in " ".join(keys) \
        and bool(_chairs(s, keys, cues))


_TOPIC_REACH = 16  # words back from `tại` to the `về` that opens the topic it stands in


def _far_topic(s: SentenceInfo, keys: list[str], i: int) -> bool:
    """`tại`/`ở` at i ends a long topic opened by `về` in a clause whose venue the sentence has already given ("Ngày
    11-1 tại Hà Nội, ... tổ chức hội thảo Đối thoại Pháp - Á về các vấn đề và hướng đi cho giáo dục hướng nghiệp tại
    Việt Nam"): where the matter spoken of is, not a second venue. Not when a verb of holding or the event's time
    stands between ("hội nghị về ... sẽ được tổ chức ở Paris", "buổi thảo luận về ... sáng nay tại Hà Nội")."""
    if _dated_before(s, i) or keys[i - 1:i] and (keys[i - 1] in _cue_set("held_time") or keys[i - 1][:1].isdigit()):
        return False
    words = lexicon.event_words()
    for k in range(i - 1, max(-1, i - _TOPIC_REACH), -1):
        if s.toks[k].text in _CLAUSE_MARKS or s.toks[k].text in (":", "(", ")") \
                or any((" ".join(keys[k:i]) + " ").startswith(w + " ") for w in event_cue_words("held")) \
                or words.match(s.toks, k, keys):
            return False
        if keys[k] in _TOPIC:
            return any(p.tok_end <= k and keys[p.tok_start - 1:p.tok_start] in (["tại"], ["ở"]) for p in s.places)
    return False


def _venue_spans(s: SentenceInfo, keys: list[str]) -> list[tuple[int, int]]:
    """Token spans that say where something happens: from `tại`/`ở`/`điểm cầu` to the end of the
    clause (parentheses included: "tại Khu di tích Cố đô Hoa Lư (xã Trường Yên, huyện Hoa Lư)")."""
    spans = []
    named_until = noun_end = -1
    named_later = False
    quoted = _quoted(s.toks)
    for i, key in enumerate(keys):
        if quoted[i]:
            continue  # "Nếu bạn muốn du học ở Mỹ ...": said at the event, not where it is
        if key == "cầu" and keys[i - 1:i] not in (["điểm"], ["đầu"]):
            continue  # "cầu Ninh Kiều": a bridge; "điểm cầu Lâm Đồng", "đầu cầu TPHCM": a link of the conference
        if key not in _VENUE_CUES or _TOPIC & set(keys[max(0, i - 5):i]) or _far_topic(s, keys, i) \
                or keys[i + 1:i + 2] == ["ngoài"] \
                or "liên quan" in " ".join(keys[max(0, i - 8):i]):
            continue  # "trả lời về quy hoạch ở bán đảo Sơn Trà", "ở ngoài địa phận Hà Nội", "liên quan đến tình hình
            # dịch Covid-19 ở Hà Nam": the subject spoken of, not where it is
        if " ".join(keys[max(0, i - 3):i]).endswith(event_cue_words("address")):
            continue  # "công ty ... có địa chỉ ở quận 8", "có trụ sở tại phường X", "đóng tại": an address
        if "bị" in keys[max(0, i - 3):i] or _befell(s.toks, keys, i):
            continue  # "Kevin Garratt, bị bắt tại Trung Quốc": where something befell a person, not the event
        if _incident(keys, i):
            continue  # "trong đó có 1 vụ nghiêm trọng tại đèo Lò Xo (Kon Tum)", "vụ cháy xảy ra tại ...": an incident
        if _subject_clause(s.toks, keys, i):
            continue  # "gặp gỡ phóng viên để tố cáo việc ... căn nhà ... tại ... Phú Nhuận": where the matter is
        if any(_posted_at(keys, j) for j in range(max(0, i - 6), i)) or _posted_body(s.toks, keys, i):
            continue  # "Đại sứ Nhật Bản tại Việt Nam", "trưởng đại diện ... tại Hà Nội": where a post is, not the event
        if i < named_until and i != noun_end and not (_dated_before(s, i) and not named_later) \
                and not any(" ".join(keys[k:i]).startswith(event_cue_words("held")) for k in range(max(0, i - 4), i)) \
                and not _held_then_time(keys, i):
            continue  # "tại buổi gặp mặt những doanh nghiệp Bỉ quan tâm đến cơ hội làm ăn ở Việt Nam": part of the
            # event's name (but "tại hội nghị ... diễn ra sáng nay tại Vũng Tàu" says where it is held, and so do a
            # place right after the event noun, "tại buổi làm việc ở huyện Văn Chấn", and one right after the event's
            # date, "Tại cuộc họp báo chiều 17-3 ở Hà Nội", "Tại buổi tiếp Bộ trưởng ... hôm qua tại Hà Nội")
        j = _clause_end(s, i + 1)
        if _names_event(s.toks, keys, i + 1):
            named_later = bool({"sẽ", "sắp"} & set(keys[max(0, i - 4):i]))  # "sẽ được trình bày tại Hội nghị ..."
            named_until = j  # "tại hội nghị tổng kết ngành ... TPHCM", "tại buổi làm việc với lãnh đạo tỉnh X": the
            noun_end = _event_noun_end(s.toks, keys, i + 1)
            continue  # event's name and its subject or counterpart, not where it is held
        spans.append((i + 1, j))
    return spans


def _subject_clause(toks: list[Token], keys: list[str], i: int) -> bool:
    """`tại`/`ở` at i stands in a clause opened by words telling what the event is about or for (`để`, `liên quan
    đến`, `xung quanh`, ...), with no event word nor cue of taking part between them."""
    k = i - 1
    while k >= 0 and toks[k].text not in _CLAUSE_MARKS:
        size = next((n for n in (3, 2, 1) if k + n <= i and tuple(keys[k:k + n]) in _cue_keys("subject_clause")), 0)
        if size:
            between = slice(k + size, i)
            taking_part = any(tuple(keys[j:j + n]) in _cue_keys(kind) for j in range(between.start, i)
                              for n in (1, 2, 3) for kind in ("meeting", "meet"))
            return not taking_part and _trigger(toks[between], keys[between]) is None
        k -= 1
    return False


def _held_then_time(keys: list[str], i: int) -> bool:
    """A verb of holding and words of time only before `tại`/`ở` at i ("Tại hội nghị về cứu nạn ... tổ chức cuối
    tháng 8 ở Bình Thuận", "diễn ra vào sáng qua tại"): the place where the event named before is held."""
    k = i
    while k > 0 and i - k < 6 and (keys[k - 1] in _cue_set("held_time") or keys[k - 1][:1].isdigit()):
        k -= 1
    return k < i and any(" ".join(keys[max(0, k - 2):k]).endswith(w) for w in event_cue_words("held"))


def _dated_before(s: SentenceInfo, i: int) -> bool:
    """A date ends right before the `tại`/`ở` at i ("tại hội nghị bàn biện pháp ... sáng nay tại TP HCM"): the date
    and the place of the event named before them."""
    at = s.toks[i].start
    return any(d.end <= at and not s.text[d.end - s.start:at - s.start].strip() for d in s.dates)


def _befell(toks: list[Token], keys: list[str], i: int) -> bool:
    """ "các cựu chiến binh ..., bị tai nạn giao thông tại Kon Tum": `bị` and what befell them (a few words, no
    punctuation) right before `tại`/`ở` at i: where it befell them, not the event."""
    k = next((k for k in range(i - 1, max(-1, i - 7), -1) if keys[k] == "bị"), None)
    return k is not None and all(t.text.isalpha() for t in toks[k + 1:i])


def _incident(keys: list[str], i: int) -> bool:
    """The place after `tại`/`ở` at i is where an incident happened ("xảy ra tại", "1 vụ nghiêm trọng tại", "các vụ
    tai nạn ở"), spoken of at the event, not where the event is held."""
    before = keys[max(0, i - 4):i]
    if "xảy" in before and before[before.index("xảy") + 1:before.index("xảy") + 2] == ["ra"]:
        return True
    return any(keys[k] == "vụ" and k > 0 and (keys[k - 1].isdigit() or keys[k - 1] in _cue_set("count_word"))
               for k in range(max(1, i - 4), i))


@cache
def _envoy_roles() -> frozenset[tuple[str, ...]]:
    return lexicon.folded_phrases("envoy_roles.txt")


def _posted_at(keys: list[str], j: int) -> bool:
    """keys[j] ends a post held somewhere: "đại sứ", "đại diện", "thường trú", or an envoy's title ("Tổng lãnh sự
    quán Thái Lan tại TP.HCM": the mission's seat, not where its event is); but a mission the event opens stands
    where the event is ("khai trương Tổng lãnh sự quán Việt Nam tại Nam Ninh")."""
    starts = [j + 1 - len(role) for role in _envoy_roles()
              if j + 1 >= len(role) and tuple(keys[j + 1 - len(role):j + 1]) == role]
    if not starts and keys[j] not in _POSTED:
        return False
    start = min(starts, default=j - 1)
    return not " ".join(keys[max(0, start - 2):start]).endswith(event_cue_words("mission_opened"))


def _posted_body(toks: list[Token], keys: list[str], i: int) -> bool:
    """ "Trưởng đại diện Ngân hàng hợp tác Quốc tế Nhật Bản (JBIC) tại Việt Nam": a post's title and its body's
    capitalised name before `tại` at i, with no verb between; where the post is, not the event."""
    k = max((j for j in range(max(0, i - 14), i - 1) if _posted_at(keys, j)), default=None)
    return k is not None and toks[k + 1].text[:1].isupper() \
        and not any(t.text in (",", ";", ":") or keys[j] in _TENSE for j, t in enumerate(toks[k + 1:i], k + 1)) \
        and not _names_event(toks, keys, k + 1) and not any(_names_event(toks, keys, j) for j in range(k + 1, i))


def _event_noun_end(toks: list[Token], keys: list[str], i: int) -> int:
    """Where the event noun opening at i ends: "buổi làm việc", "cuộc họp", "buổi lễ khánh thành"."""
    words = lexicon.event_words()
    m = words.match(toks, i, keys)
    if m:
        i += m[0]
        m = words.match(toks, i, keys) if i < len(toks) else None  # "lễ khánh thành"
        return i + m[0] if m else i
    if keys[i] in _EVENT_CLASSIFIERS:
        m = words.match(toks, i + 1, keys) if i + 1 < len(toks) else None
        return i + 1 + (m[0] if m else 0)
    return i


def _clause_end(s: SentenceInfo, j: int) -> int:
    depth = 0
    while j < len(s.toks):
        t = s.toks[j].text
        if t == "(":
            depth += 1
        elif t == ")":
            depth -= 1
            if depth < 0:
                break
        elif depth == 0 and t in (",", ";", ".", ":") and not _next_is_place(s, j):
            break
        j += 1
    return j


_AFTER_CLOSING = {",", ".", ";", ":", ")", "!", "?", "…"}


_EVENT_CLASSIFIERS = {"buổi", "cuộc", "phiên", "chuyến"}


def _names_event(toks: list[Token], keys: list[str], i: int) -> bool:
    if i >= len(keys):
        return False
    if keys[i] in _EVENT_CLASSIFIERS:
        return True
    m = lexicon.event_words().match(toks, i, keys)
    return bool(m) and not _part_of_longer_word(toks, i, m[0])


@cache
def _saying_verbs() -> re.Pattern[str]:
    verbs = sorted((re.escape(w) for w in word_list("saying_verbs.txt")), key=len, reverse=True)
    return re.compile(r"\s*,?\s*(?:" + "|".join(verbs) + r")\b", re.IGNORECASE)


def _date_of_saying(after: str) -> bool:
    """The date is followed by a verb of saying ("hôm nay cho biết"): the day a statement was made."""
    return bool(_saying_verbs().match(after))


def _quoted(toks: list[Token]) -> list[bool]:
    """Whether each token stands inside quotation marks. A quote opened in an earlier sentence closes in this one
    (`... dân tộc", Thủ tướng phát biểu tại ...`): what comes before the closing mark is the quotation."""
    out, inside, title = [], False, False
    texts = _double_marks(toks)
    for k in range(len(toks)):
        if not texts[k]:
            out.append(False)  # the second mark of a doubled one
        elif texts[k] in ("“", "”", '"'):
            nxt = next((x for x in texts[k + 1:] if x), ".")
            closing = texts[k] == "”" or texts[k] == '"' and (inside or title or nxt in _AFTER_CLOSING)
            if not closing and _cites_document(toks, k):
                out.append(False)
                continue
            if not closing and _organised(toks, k):
                title = True  # 'đã phối hợp tổ chức "Đêm hội tình thương"': the name of the event held, not speech
                out.append(False)
                continue
            if closing and title:
                title = False
                out.append(False)
                continue
            if closing and not inside:
                out = [True] * len(out)
            inside = not closing
            out.append(False)
        else:
            out.append(inside)
    return out




def _double_marks(toks: list[Token]) -> list[str]:
    """Token texts with a doubled single quote written for a double one ("về ‘’chữ ký điện tử” an toàn", "tội
    ‘’lợi dụng chức vụ’’") read as one '"'; its second mark is left empty."""
    texts = [t.text for t in toks]
    for k in range(len(toks) - 1):
        if texts[k] in _SINGLE_MARKS and texts[k + 1] in _SINGLE_MARKS and toks[k].end == toks[k + 1].start:
            texts[k], texts[k + 1] = '"', ""
    return texts


_SINGLE_MARKS = ("‘", "’")


def _organised(toks: list[Token], k: int) -> bool:
    """The quotation mark at k opens the name of what is organised ("tổ chức “Đêm hội tình thương”") or of the event
    something happens at ('tại "Hội nghị tổng kết 5 năm thực hiện Nghị định 58 ..." do Bộ Y tế ... tổ chức')."""
    if k >= 2 and [fold(t.text) for t in toks[k - 2:k]] == ["tổ", "chức"]:
        return True
    return k >= 1 and fold(toks[k - 1].text) in _AT | {"dự"} and _named_event(toks, k + 1)


def _named_event(toks: list[Token], i: int) -> bool:
    """A capitalised event word opens the words at i ("Hội nghị tổng kết ...", "Lễ ký kết ...")."""
    keys = [fold(t.text) for t in toks[i:i + 4]]
    m = lexicon.event_words().match(toks[i:i + 4], 0, keys) if keys else None
    return bool(m) and toks[i].text[:1].isupper()


def _cites_document(toks: list[Token], k: int) -> bool:
    """ "Sau đây là thông báo hội nghị: “Trong hai ngày ...": a document the report cites, not speech."""
    if k == 0 or toks[k - 1].text != ":":
        return False
    before = " ".join(fold(t.text) for t in toks[max(0, k - 6):k - 1])
    # a document named and qualified ("thông báo hội nghị:", "thông báo, toàn văn như sau:"), not a verb of saying
    # right before the colon ("ông A thông báo: “...")
    return "toàn văn" in before or any(d in before and not before.endswith(d) for d in event_cue_words("document"))


def _next_is_place(s: SentenceInfo, j: int) -> bool:
    return any(p.tok_start == j + 1 for p in s.places)


_BODY_VENUES = {"bộ", "ban", "sở", "cục", "viện", "tòa", "toà"}


@cache
def _cue_keys(kind: str) -> frozenset[tuple[str, ...]]:
    return frozenset(tuple(fold(w).split()) for w in event_cue_words(kind))


def _body_office(keys: list[str], i: int) -> bool:
    """The place at i names the local body whose office is the venue ("tại trụ sở UBND TPHCM", "tại Văn phòng UBND TP
    Đà Nẵng", "tại trụ sở Thành ủy Cần Thơ", "tại hội trường UBND xã Kim Nỗ"): the event is held in that place."""
    k = i
    level = next((n for n in (2, 1) if k >= n and tuple(keys[k - n:k]) in _cue_keys("place_level")), 0)
    k -= level
    body = next((n for n in (4, 2, 1) if k >= n and tuple(keys[k - n:k]) in _cue_keys("local_body")), 0)
    if not body:
        return False
    k -= body
    office = next((n for n in (2, 1) if k >= n and tuple(keys[k - n:k]) in _cue_keys("office")), 0)
    if not office:
        return False
    k -= office
    k -= next((n for n in (2, 1) if k >= n and tuple(keys[k - n:k]) in _cue_keys("office")), 0)  # "trụ sở văn phòng"
    k -= next((n for n in (2, 1) if k >= n and tuple(keys[k - n:k]) in _cue_keys("grounds")), 0)
    return k >= 1 and keys[k - 1] in _VENUE_CUES  # "tại khuôn viên Văn phòng Tỉnh ủy Gia Lai": its grounds


def _visited_body(s: SentenceInfo, keys: list[str], place: PlaceMention) -> bool:
    """The place ends the name of a body someone goes to visit or work with ("đến thăm và làm việc với Sở Khoa học và
    Công nghệ TP Cần Thơ", "đến thăm cán bộ, chiến sĩ Bộ đội Biên phòng An Giang"): the visit is in that place. The
    place is a province or written with its level (not "Bệnh viện Việt Đức"), the body's name runs up to it unbroken."""
    i = place.tok_start
    leveled = i > 0 and (keys[i - 1],) in _cue_keys("place_level")
    if i == 0 or place.level == "country" or not (place.level == "province" or leveled):
        return False
    for k in range(max(1, i - 16), i):
        n = next((n for n in (5, 3, 1) if tuple(keys[k:k + n]) in _cue_keys("visited_body")), 0)
        if not n or keys[k] != "thăm" and keys[k - 1] not in _VISIT_MOVES:
            continue
        j = k + n
        while j < i and j - k - n < 6 and (s.toks[j].text == "," or s.toks[j].text[:1].islower()):
            j += 1  # "cán bộ, chiến sĩ": the people of the body
        return j < i and s.toks[j].text[:1].isupper() and i - j <= 10 and _one_name(s.toks[j:i]) \
            and not any(t.text in _CLAUSE_MARKS or t.text in ("(", ")", "-", "–") for t in s.toks[j:i]) \
            and not any(p.tok_start < place.tok_end and p.tok_end > k for p in s.persons) \
            and not any(q.tok_end > k + n and q.tok_start < i for q in s.places) \
            and not (place.tok_end < len(s.toks) and s.toks[place.tok_end].text[:1].isupper())
    return False


def _one_name(toks: list[Token]) -> bool:
    """The tokens run as one proper name: a lowercase syllable follows a capitalised one ("Sở Khoa học và Công nghệ",
    "Bộ đội Biên phòng"), not a new clause ("Tết và chúc mừng Thường trực Thành ủy")."""
    return all(t.text[:1].isupper() or t.text == "và" or toks[k].text[:1].isupper()
               for k, t in enumerate(toks[1:]))


def _ends_venue_name(toks: list[Token], keys: list[str], i: int, buildings: bool = False) -> bool:
    """The country at i ends the name of an institution named right after `tại`/`ở` ("tại Bảo tàng Mỹ thuật Việt
    Nam", "tại Trung tâm Triển lãm Văn hóa - Nghệ thuật Việt Nam"), with no punctuation but a dash between; with
    `buildings`, also a building's ("tại Quảng trường Hồ Chí Minh")."""
    for k in range(i - 1, max(0, i - 12), -1):
        if keys[k] in ("tại", "ở"):
            head = next((n for n in (3, 2, 1) if tuple(keys[k + 1:k + 1 + n]) in _cue_keys("named_venue")
                         or buildings and tuple(keys[k + 1:k + 1 + n]) in _building_heads()), 0)
            return bool(head) and toks[k + 1].text[:1].isupper() and k + 1 + head < i + buildings  # a name after it
        if not (toks[k].text.isalpha() or toks[k].text in ("-", "–")):
            return False
    return False


def _street(keys: list[str], i: int) -> bool:
    """The place at i names a road or street: right after `đường`, `phố` (not `thành phố`), `đại lộ`."""
    return any(i >= n and tuple(keys[i - n:i]) in _cue_keys("street") for n in (1, 2)) \
        and keys[max(0, i - 2):i] != ["thành", "phố"]


def _placed_after(s: SentenceInfo, place: PlaceMention) -> bool:
    """Another place follows the place in brackets or after a dash ("Hồ Chí Minh (Hà Nội)")."""
    k = place.tok_end
    return k < len(s.toks) and s.toks[k].text in ("(", "-", "–") and any(q.tok_start == k + 1 for q in s.places)


def _in_building_name(s: SentenceInfo, keys: list[str], i: int) -> bool:
    """The place ends the name of a building ("tại Bệnh viện Phổi Đà Nẵng"): the city is the venue."""
    k = i - 1
    while k > 0 and s.toks[k - 1].text[:1].isupper():
        k -= 1
    head = " ".join(keys[max(0, k - 3):k + 1])
    return any(b in head for b in event_cue_words("building"))


def _building_heads() -> frozenset[tuple[str, ...]]:
    return lexicon.folded_phrases("building_heads.txt")


def _building_names(s: SentenceInfo) -> set[str]:
    """Bare districts or communes right after a building's head noun ("tại hội trường Ba Đình (Hà Nội)", "quảng
    trường Ba Đình"): the building's own name; the event is in its province (added from the district) only."""
    keys = [fold(t.text) for t in s.toks]
    return {p.name for p in s.places if p.level in ("district", "commune") and p.name[:1].isupper()
            and any(tuple(keys[p.tok_start - n:p.tok_start]) in _building_heads() for n in (1, 2, 3)
                    if p.tok_start >= n)}


def _hamlet_names(s: SentenceInfo) -> set[str]:
    """Names the article gives to a unit below a commune ("thôn Tân Hiệp", "ấp Phú Hòa"): the hamlet's, also where
    the text later names it bare ("sụt đất ở Tân Hiệp"), not the district of that name."""
    keys = [fold(t.text) for t in s.toks]
    return {p.name for p in s.places if p.level in ("district", "commune") and p.name[:1].isupper() and p.tok_start > 0
            and s.toks[p.tok_start - 1].text.islower() and _hamlet_named(keys, p.tok_start)
            and keys[max(0, p.tok_start - 2):p.tok_start] != ["nông", "thôn"]}  # "nông thôn Củ Chi": the countryside


def _within_thuoc(toks: list[Token], a: int, i: int) -> bool:
    """Token i stands in brackets opened after `a` by `thuộc`, which tell where the venue lies however long its
    name ("tại kỳ đài Hiền Lương (thuộc Khu di tích Quốc gia đặc biệt Đôi bờ Hiền Lương - Bến Hải, tỉnh Quảng Trị)")."""
    opened = max((k for k in range(a, i) if toks[k].text == "("), default=None)
    return opened is not None and fold(toks[opened + 1].text) == "thuộc" \
        and not any(t.text == ")" for t in toks[opened:i])


def _in_brackets(toks: list[Token], i: int) -> bool:
    """Token i stands inside brackets opened before it in the sentence: an address, whose parts a dash may part
    as a comma does ("tại Văn phòng Đại diện Bộ VHTT (170 Nguyễn Đình Chiểu, Q.3 - TPHCM)")."""
    depth = 0
    for t in toks[:i]:
        depth += (t.text == "(") - (t.text == ")")
    return depth > 0


def _range_from(s: SentenceInfo, keys: list[str], k: int) -> bool:
    """`đến`/`tới` at k closes a range opened by `từ` and a place ("các tỉnh từ Quảng Ninh đến Quảng Trị"): the
    places span an area, nobody goes there."""
    return any(q.tok_end == k and "từ" in keys[max(0, q.tok_start - 2):q.tok_start] for q in s.places)


def _moved_to(s: SentenceInfo, keys: list[str], place: PlaceMention) -> bool:
    """The place is where someone goes, visits or leaves ("thăm thành phố Quảng Châu", "đến Hà Nội")."""
    i = place.tok_start
    return any(keys[k] in _MOVE_CUES and all(t.text.islower() or t.text in (":",) or t.text.isdigit()
                                                for t in s.toks[k + 1:i])
                and (keys[k] not in _PREPOSITIONS or i - k <= 3)  # "quan tâm đến cơ hội làm ăn ở Việt Nam"
                and not (keys[k] in _PREPOSITIONS and _range_from(s, keys, k))  # "12 tỉnh từ Bến Tre đến Lâm Đồng"
                and not _INVITED.search(" ".join(keys[max(0, k - 12):k]))  # "mời tổng thống sang thăm Việt Nam"
                and not (keys[k] == "rời" and _ONWARD & set(keys[place.tok_end:place.tok_end + 3]))
                and not (keys[k] in ("tới", "đến") and keys[k - 1:k] == ["về"])  # "đã về tới Hà Nội": home
                and not (keys[k] in ("tới", "đến") and keys[k + 1:k + 2] == ["từ"])  # "đến từ nước Anh": origin
                and not (keys[k] in ("tới", "đến") and " ".join(keys[k + 1:k + 2]) in _cue_set("until"))
                # "đã đến lúc Hà Nội phải vượt qua ...": a time, not a move
                and not _clause_opened_by(keys, k, ("kể từ",) if keys[k] == "rời" else ("trước khi", "kể từ"))
                # "trước khi rời VN sang Jakarta dự ...", "kể từ chuyến thăm Việt Nam của ... tháng 10/2004" (but
                # "Trước khi rời thủ đô London (Anh), Chủ tịch ...": the place visited, left at the end)
                for k in range(max(0, i - 9), i))  # "rời Hà Nội đi dự hội nghị ở New York": the home left


def _hamlet_named(keys: list[str], i: int) -> bool:
    """The place at i is the name of a unit below a commune ("thôn Tân Hiệp", "ấp Phú Hòa", "khu phố Bình Minh"); a
    place with its own unit word is not ("ở khu vực quận 1")."""
    return any(i >= n and " ".join(keys[i - n:i]) in hamlet_units() for n in (1, 2))


def _unit_named(s: SentenceInfo, keys: list[str], place: PlaceMention) -> bool:
    """The place opens with its unit word in lower case ("tại Trung tâm văn hóa - thông tin tỉnh Quảng Nam", "tại
    Nhà văn hóa Lao động tỉnh Quảng Ngãi"): a long venue name that ends its clause ends with where the venue stands
    (not "tại Indonesia hay tin các cựu chiến binh phường Kim Liên tử nạn")."""
    i = place.tok_start
    return s.toks[i].text.islower() and any(" ".join(keys[i:i + n]) in unit_words("province", "city", "district",
                                                                                    "commune") for n in (1, 2))


def _ends_clause(s: SentenceInfo, k: int, end: int) -> bool:
    """Token k closes the clause that ends at `end` or opens brackets after it ("... tỉnh Quảng Nam, báo ...")."""
    return k >= end or s.toks[k].text in ("(", ")", ",", ";", ".", ":")


def _headline_glued(s: SentenceInfo, keys: list[str]) -> int:
    """Where the lead starts after a headline glued to it by an outlet's dateline, when the headline tells no event
    nor visit ("Số hộ nghèo ở VN chiếm tỉ lệ 22% (NLĐ) - Hội thảo ... tại Hà Nội": a finding, its place no venue; but
    "Kỷ niệm Quốc khánh Ấn Độ tại TPHCM (NLĐ)- Ngày 25-1, ..." names the event and its place); 0 otherwise."""
    lede = _dateline_end(keys)
    head = " ".join(keys[:lede])
    if not lede or _trigger(s.toks[:lede], keys[:lede]) or _MOVE_CUES & set(keys[:lede]) \
            or any(re.search(rf"\b{re.escape(w)}\b", head) for w in event_cue_words("headline_event")):
        return 0
    return lede


def _locations(s: SentenceInfo, keys: list[str], keep: Callable[[PlaceMention], bool] | None = None) -> list[str]:
    """The venues the sentence states; with `keep`, only the places it admits and those listed right after them."""
    spans = _venue_spans(s, keys)
    out = []
    last_end = -10
    lede = _headline_glued(s, keys)
    for place in s.places:
        i = place.tok_start
        if i < lede:
            continue  # "Số hộ nghèo ở VN chiếm tỉ lệ 22% (NLĐ) - Hội thảo ...": a headline glued to the lead
        prev = s.toks[i - 1].text if i > 0 else ""
        visited = _visited_body(s, keys, place)
        if (prev[:1].isupper() and fold(prev) not in _VENUE_CUES and not _in_building_name(s, keys, i)
                or fold(prev) in ("ủy", "uỷ")) and not _body_office(keys, i) and not visited:
            continue  # a body's jurisdiction ("UBND TP.HCM", "Quận ủy quận 5"), not the venue
        if prev.islower() and s.toks[i].text[:1].isupper() and _hamlet_named(keys, i):
            continue  # "sụt đất ở thôn Tân Hiệp (xã Cam Tuyền, ...)": a hamlet of that name, not the district
        if prev.islower() and _street(keys, i):
            continue  # "đi xuyên qua đường Hồ Chí Minh huyền thoại", "tại đường Trần Phú": a road's or street's name
        moved = _moved_to(s, keys, place) or visited
        number = i - 1 if prev[:1].isdigit() else i - 2 if prev in ("-", "–", "/") and i > 1 else -1
        if number >= 0 and s.toks[number].text[-1:].isdigit() and place.level in ("district", "commune") \
                and place.name[:1].isupper() and not any(p.tok_end == number + 1 for p in s.places):
            continue  # "(1- Hai Bà Trưng - TP Pleiku)", "số 35 Hai Bà Trưng": a street after a house number
        if place.level == "country" and fold(prev) in _BODY_ENDS:
            continue  # "tại tòa án Mỹ", "thăm đại sứ quán Việt Nam tại Budapest": a body of that country
        if place.level == "country" and _ends_venue_name(s.toks, keys, i):
            last_end = place.tok_end  # "tại Bảo tàng Dân tộc học VN - Hà Nội": the venue's name, then its city
            continue
        if _placed_after(s, place) and _ends_venue_name(s.toks, keys, i, buildings=True):
            last_end = place.tok_end  # "tại Bảo tàng Hồ Chí Minh (Hà Nội)", "tại Quảng trường Hồ Chí Minh (TP Vinh,
            continue  # tỉnh Nghệ An)": a place in the venue's name, where it stands is said after it
        if any(a <= i < b and s.toks[a].text[:1].isupper() and fold(s.toks[a].text) in _BODY_VENUES
               and not any(t.text in (",", "(", ";") for t in s.toks[a:i]) for a, b in spans):
            continue  # "họp báo tại Bộ Giao thông Nhật Bản": the body's country, the venue is the body (a building)
        parted = ("(", ",", "-", "–") if _in_brackets(s.toks, i) else ("(", ",")  # "(1- Hai Bà Trưng - TP Pleiku)"
        near = any(a <= i < b and (i - a <= 6 or i - last_end <= 2 or prev in parted and i - a <= 16
                                   or _within_thuoc(s.toks, a, i)
                                   or _unit_named(s, keys, place) and i - a <= 16 and _ends_clause(s, place.tok_end, b))
                   for a, b in spans)  # "tại công viên văn hóa Lê Thị Riêng, quận 10": a venue, then where it is
        listed = last_end >= 0 and 0 < i - last_end <= 2 and all(t.text in (",", "và", ":") + parted
                                                                 for t in s.toks[last_end:i])  # "Vân Nam (Trung Quốc)"
        if (moved or near or listed) and (keep is None or listed or keep(place)):
            last_end = place.tok_end
            if place.name not in out:
                out.append(place.name)
    for name in _foreign_towns(s, keys) if keep is None else []:
        if name not in out:
            out.insert(0, name)
    return out


def _foreign_towns(s: SentenceInfo, keys: list[str]) -> list[str]:
    """A town the gazetteer does not know, named right after `tại`/`ở` in Latin letters and placed by a known
    foreign place after it: "ở Tampa, Florida (Mỹ)", "tại Brno (Séc)"."""
    out = []
    starts = {p.tok_start: p for p in s.places}
    for i, key in enumerate(keys):
        if key not in ("tại", "ở") or any(tuple(keys[i + 1:i + 1 + n]) in _cue_keys("named_venue")
                                          for n in (1, 2, 3)):
            continue  # "tổ chức tại Trung tâm Hội nghị ...", "ở Cung Văn hóa ...": a venue's name, no foreign town
        k = i + 1
        while k < len(keys) and k - i <= 3 and s.toks[k].text[:1].isupper() and s.toks[k].text.isascii() \
                and s.toks[k].text.isalpha() and k not in starts:
            k += 1
        held = any(" ".join(keys[j:i]).startswith(event_cue_words("held")) for j in range(max(0, i - 3), i))
        if k > i + 1 and held and not any(p.tok_start <= i + 1 < p.tok_end for p in s.persons) \
                and (k >= len(keys) or not s.toks[k].text[:1].isupper()):
            out.append(" ".join(t.text for t in s.toks[i + 1:k]))  # "một hội nghị tổ chức ở Tampa hôm 26.5"
            continue
        if k == i + 1 or k + 1 >= len(keys) or s.toks[k].text not in (",", "("):
            continue
        after = starts.get(k + 1)
        if after and after.level in ("country", "province") and fold(after.name) not in provinces() \
                and not any(p.tok_start <= i + 1 < p.tok_end for p in s.persons):
            out.append(" ".join(t.text for t in s.toks[i + 1:k]))
    return out


_TALKS = {("hội", "đàm"), ("hội", "kiến"), ("điện", "đàm"), ("cuộc", "gặp")}


# a reporter's name and their outlet in brackets ("PV Thái Bình (báo Tuổi Trẻ)"), not the outlet itself ("Báo NLĐ (")
_NAMED_REPORTER = re.compile(r"\s+(?![Bb]áo\b)[A-ZĐ]\w*(?:\s+[A-ZĐ]\w*){0,3}\s*\(")


def _interview(s: SentenceInfo) -> bool:
    """The sentence reports the reporter's interview ("trả lời phỏng vấn", "Trao đổi với ông A, ...") rather than the
    event; but a named person who "trao đổi với bà B" holds talks."""
    for m in event_cue("interview").finditer(s.text):
        at, end = s.start + m.start(), s.start + m.end()
        if m.group(0) in event_cue_words("reporter_title") and _NAMED_REPORTER.match(s.text, m.end()):
            continue  # "PV Thái Bình (báo Tuổi Trẻ)": a reporter named, taking part
        if _AT_THE_EVENT.match(s.text, m.end()):
            continue  # "Trả lời báo chí trong kỳ họp Quốc hội, ông A ...": answering the press there, taking part
        partner = any(0 < p.start - end <= 40 and not re.search(r"[,;:.()]", s.text[m.end():p.start - s.start])
                      for p in s.persons)  # "trao đổi với bà Marie George Buffet": a named partner right after
        if not (_TALKED_WITH.match(s.text, m.start()) and partner and any(p.end <= at for p in s.persons)):
            return True
    return False


_DIRECTING = {"yêu cầu", "chỉ đạo", "đề nghị"}  # verbs that hand a task to a body, with "giao"
_GIVE_COMPOUNDS = {"ngoại", "bàn", "trao", "chuyển", "được", "bị", "tiếp", "giao"}  # "Ngoại giao Mỹ", "được giao"
_TENSE = {"đã", "đang", "sẽ", "vừa", "mới", "được", "bị", "cũng", "không", "chưa"}


def _saying() -> frozenset[tuple[str, ...]]:
    return lexicon.folded_phrases("saying_verbs.txt")


def _reported(s: SentenceInfo, keys: list[str], trig: tuple[int, int, str] | None) -> int | None:
    """Where the verb of saying stands when a named source tells of a meeting of others: "Ngoại trưởng A cho hay
    trợ lý B đã thông báo với ông C ... trong cuộc gặp tại thủ đô Nga" (a person before the verb, another one between
    it and the event word). The source takes part in nothing, and a date before the verb is the day of saying."""
    if not trig:
        return None
    for v in range(1, trig[0]):
        size = next((n for n in (2, 1, 3) if tuple(keys[v:v + n]) in _saying()), 0)
        if not size or keys[v - 1] in _cue_set("speech_noun"):
            continue  # "câu nói dí dỏm": a saying, no verb
        subject = next((p for p in s.persons if v + size <= p.tok_start < trig[0]), None)
        if any(p.tok_end <= v for p in s.persons) and subject and keys[v + size:v + size + 1] != [":"] \
                and subject.tok_start - v <= 10 and not _TENSE & set(keys[v + size:subject.tok_start]):
            return v  # the clause told has its own subject ("cho hay trợ lý Yuri Ushakov đã ..."), not the
            # speaker's own act ("Ông Vỵ cho biết đã nhắc nhở ông Dũng trong buổi họp báo")
        return None  # the first verb of saying decides
    return None


def _said_by(s: SentenceInfo, keys: list[str]) -> frozenset[int]:
    """Where a named person's verb of saying stands ("Tại cuộc họp báo ngày 16/4, Ngoại trưởng Nga Sergey Lavrov
    tuyên bố Moscow sẽ trục xuất ..."): what follows is said, not an event to come."""
    return frozenset(k for k in range(len(keys)) if any(tuple(keys[k:k + n]) in _saying() for n in (1, 2))
                     and any(p.tok_end <= k for p in s.persons))


def _told_content(s: SentenceInfo, keys: list[str], trig: tuple[int, int, str] | None, d: DateMention) -> bool:
    """The date stands after the verb of saying of a speaker named after the event word ("Tại cuộc họp, báo cáo
    với Thủ tướng, Bộ trưởng A cho biết, ..., ngày 29/4/2021, hệ thống giám sát ... đã ghi nhận ..."): the day of
    what is told, not of the meeting it is told at."""
    if not trig:
        return False
    said = [k for k in _said_by(s, keys) if any(trig[0] + trig[1] <= p.tok_start and p.tok_end <= k for p in s.persons)]
    return bool(said) and s.toks[min(said)].end <= d.start  # (not "X cho biết tại cuộc họp báo công bố ... ngày 27/4")


def _content_verbs() -> frozenset[tuple[str, ...]]:
    return lexicon.folded_phrases("content_verbs.txt")


def _venues(s: SentenceInfo, keys: list[str], trig: tuple[int, int, str] | None,
            keep: Callable[[PlaceMention], bool] | None = None) -> list[str]:
    """The places of a sentence that tell where its event is: not those a speaker names in what they say ("bà A đề
    nghị ... truy vết 2 ca mắc ở huyện Đông Anh", "kết luận cuộc họp, ông B nhấn mạnh ... chính quyền đô thị tại
    TPHCM"), after a verb of saying with its speaker before it and no event word between."""
    found = _locations(s, keys, keep)
    start = next((v for v in range(1, len(keys)) for n in (2, 1) if tuple(keys[v:v + n]) in _content_verbs()
                  and any(p.tok_end <= v for p in s.persons) and not (trig and trig[0] > v)), None)
    before_after = _before_or_after(s, keys)
    if before_after:
        found = [loc for loc in found if loc not in before_after]
    directed = _directed_from(s, keys, trig)
    if directed is not None:  # the task handed to another body and its places, event word or not
        gone = {p.name for p in s.places if p.tok_start > directed} - {p.name for p in s.places
                                                                        if p.tok_start < directed}
        found = [loc for loc in found if loc not in gone]
    if start is None:
        return found
    said = {p.name for p in s.places if p.tok_start > start and not _trigger(s.toks[start:p.tok_start],
                                                                              keys[start:p.tok_start])}
    said -= {p.name for p in s.places if p.tok_start < start}  # "khẳng định, diễn đàn ... tại Huế": an event there
    return [loc for loc in found if loc not in said]


def _before_or_after(s: SentenceInfo, keys: list[str]) -> set[str]:
    """Places named only inside a clause of an earlier act ("... hôm 19/4 sau khi các phần tử nổi dậy trú ẩn tại Libya
    giáp biên giới tiến sâu ..."): where that act was, not the event (whose word such a clause never holds: see
    _trigger), when the clause has a subject of its own ("sau khi Tổng thống Mỹ Barack Obama thông báo ..."); a
    clause that goes on with the sentence's subject tells its own earlier leg ("Sau khi rời Hà Nội, Tổng thống ... sẽ
    tiếp tục thăm ... TP HCM"), and so does a place left or reached; "trước khi kết thúc hai ngày làm việc tại Hà
    Nội" tells the event's own end."""
    inside: set[str] = set()
    spans = []
    for k in range(len(keys) - 2):
        if keys[k:k + 2] == ["sau", "khi"] and (s.toks[k + 2].text[:1].isupper() or keys[k + 2] in _GENERIC | {"một"}
                                               or any(k + 2 <= p.tok_start <= k + 4 for p in s.persons)):
            end = next((j for j in range(k + 2, len(keys)) if s.toks[j].text in _CLAUSE_MARKS), len(keys))
            spans.append((k, end))
    for place in s.places:
        if any(a < place.tok_start < b for a, b in spans) and not _moved_to(s, keys, place):
            inside.add(place.name)
    return inside - {p.name for p in s.places if not any(a < p.tok_start < b for a, b in spans)}


def _directed_from(s: SentenceInfo, keys: list[str], trig: tuple[int, int, str] | None) -> int | None:
    """Where a directive to another body opens, before the event word it names: "Bộ Trưởng Bộ Y tế cũng giao Viện
    Pasteur, TPHCM làm việc với địa phương để ... thiết lập các labo ... tại Hà Tiên" (the task given, to come, and
    its place; not the event reported)."""
    for v in range(1, len(keys) - 2):
        size = 1 if keys[v] == "giao" and keys[v - 1] not in _GIVE_COMPOUNDS else \
            2 if " ".join(keys[v:v + 2]) in _DIRECTING else 0
        if size and s.toks[v].text.islower() and s.toks[v + size].text[:1].isupper() \
                and trig is not None and trig[0] > v + size and not any(p.tok_start == v + size for p in s.persons):
            return v  # the object is a body ("giao Viện Pasteur", "yêu cầu Sở Y tế"), not a person asked
    return None


def _reported_venues(s: SentenceInfo, keys: list[str], trig: tuple[int, int, str] | None) -> list[str]:
    """The venues of a sentence that goes on with an event's report: a place that frames the sentence before its
    first person ("Trong ngày 19-5 tại Brussels (Bỉ), các ngoại trưởng ..."), where a person goes ("Chủ tịch nước
    ... đã thăm thành phố Quảng Châu") or after an event noun in its clause ("cũng đã có buổi làm việc tại Quảng
    Ninh"); one after the person is what they speak of or do ("Theo ông A, tình hình dịch bệnh tại Việt Nam ...",
    "Cuối buổi hội nghị, ông Tiệm nêu lên ví dụ về vụ tai nạn ... ở Đồng Nai")."""
    first = min((p.tok_start for p in s.persons), default=len(s.toks))
    words = lexicon.event_words()
    nouns = [i + m[0] for i in range(len(s.toks)) if (m := words.match(s.toks, i, keys))] if trig else []

    def keep(place: PlaceMention) -> bool:
        return place.tok_start < first or _moved_to(s, keys, place) or any(
            end <= place.tok_start and not any(t.text in _CLAUSE_MARKS for t in s.toks[end:place.tok_start])
            and not any(end <= q.tok_start < place.tok_start for q in s.persons) for end in nouns)
    return _venues(s, keys, trig, keep)


def _counterparts(s: SentenceInfo, keys: list[str]) -> set[int]:
    """The person a talk is held with ("kết quả tốt đẹp của cuộc hội đàm với Tổng thống Pháp Jacques Chirac"): both
    sides take part; not in talks still to come ("sẽ hội đàm với"), proposed or denied."""
    out: set[int] = set()
    for k in range(len(keys) - 2):
        if (keys[k], keys[k + 1]) not in _TALKS or keys[k + 2] != "với" or _not_an_event(keys, k) \
                or {"sẽ", "sắp"} & set(keys[max(0, k - 4):k]) or "dự kiến" in " ".join(keys[max(0, k - 5):k]):
            continue
        person = next(((n, p) for n, p in enumerate(s.persons) if p.tok_start > k + 2), None)
        if person and person[1].tok_start - (k + 3) <= 10 \
                and all(t.text.isalpha() for t in s.toks[k + 3:person[1].tok_start]):
            out.add(person[0])
    return out


def _recipients(s: SentenceInfo, keys: list[str]) -> set[int]:
    """ "đã trao tặng huy hiệu ... cho 3 đội viên gồm: Em A, B, C", "trao học bổng cho cầu thủ D": those given an
    award at the event are received at it (attendees); not a household or the dead it is given for ("cho gia đình
    liệt sĩ E", "truy tặng")."""
    out: set[int] = set()
    for k in range(len(keys)):
        size = next((n for n in (2, 1) if " ".join(keys[k:k + n]) in _cue_set("award")), 0)
        if not size or " ".join(keys[k - 1:k]) in _cue_set("award_not") \
                or keys[k + size:k + size + 1] in (["đổi"], ["trả"]):
            continue
        to = next((j for j in range(k + size, min(len(keys), k + size + 16)) if keys[j] == "cho"), None)
        if to is None or any(keys[j] in _CLAUSE_END for j in range(k, to)):
            continue
        end = next((j for j in range(to, len(keys)) if keys[j] in _CLAUSE_END), len(keys))
        for n, p in enumerate(s.persons):
            before = f" {' '.join(keys[max(to, p.tok_start - 4):p.tok_start])} "
            if to < p.tok_start < end and not any(f" {w} " in before for w in _cue_set("award_kin")):
                out.add(n)
    return out


def _a_prize(keys: list[str], k: int) -> bool:
    """`giải` at k names a prize ("giải nhất", "giải thưởng", "giải Bông sen vàng"), not a word it begins ("giải
    pháp", "giải quyết")."""
    after = keys[k + 1:k + 2]
    return keys[k:k + 1] == ["giải"] and (not after or after[0] == "thưởng" or after[0] in _cue_set("prize_rank")
                                          or not is_word("giải", after[0]))


def _winners(s: SentenceInfo, keys: list[str]) -> set[int]:
    """Indexes of the persons a clause tells winning a prize: the subject of a verb of winning ("Cây bút Trọng Đạt
    (tỉnh Bình Dương) đoạt giải nhất", "Hai tác giả A (Đà Nẵng), B (Hà Nội) được Ban tổ chức trao giải nhì") or the
    list a prize's rank opens ("Bốn nhà giáo đoạt giải nhất gồm: A, B", "Bốn giải nhì gồm: C, D", "giải nhất thuộc
    về E"). In the report of a ceremony they are received at it; not those the prize goes to on behalf of ("gia đình
    liệt sĩ A")."""
    bounds = [-1] + [j for j, key in enumerate(keys) if key in _CLAUSE_END] + [len(keys)]
    out: set[int] = set()
    for k in range(len(keys)):
        if not _a_prize(keys, k):
            continue
        won = any(" ".join(keys[k - n:k]) in _cue_set("prize_won") for n in (2, 1) if k >= n)
        given = next((j for j in range(max(0, k - 7), k) if keys[j] == "được"), None)
        if given is not None and not any(" ".join(keys[k - n:k]) in _cue_set("prize_given") for n in (2, 1)):
            given = None
        rank = k + 1 + next((n for n in (2, 1) if " ".join(keys[k + 1:k + 1 + n]) in _cue_set("prize_rank")), 0)
        listed = next((j for j in range(rank, min(len(keys), rank + 3)) for n in (2, 1)
                       if rank > k + 1 and " ".join(keys[j:j + n]) in _cue_set("prize_list")), None)
        if not (won or given is not None or listed is not None):
            continue
        start = max(b for b in bounds if b < k)
        end = min(b for b in bounds if b > k)
        if "từng" in keys[start + 1:k]:
            continue  # "A từng đạt giải nhất kỳ thi ... 2004": won once, not at this event
        verb = given if given is not None else k - 1
        subject = False  # the persons before the verb: its subject, alone or listed ("A (Đà Nẵng), B (Hà Nội)")
        for n in range(len(s.persons) - 1, -1, -1):
            p = s.persons[n]
            if not start < p.tok_start < end:
                continue
            before = f" {' '.join(keys[max(start + 1, p.tok_start - 4):p.tok_start])} "
            if any(f" {w} " in before for w in _cue_set("award_kin")):
                continue
            if p.tok_start < k:
                nxt = next((q for q in s.persons[n + 1:] if q.tok_start < verb), None)
                subject = (won or given is not None) and (
                    _winner_next(s, keys, p.tok_end, verb) if nxt is None
                    else subject and _listed_next(s, p.tok_end, nxt.tok_start))
                if subject:
                    out.add(n)
            elif listed is not None and p.tok_start > listed:
                out.add(n)
    return out - _told_by_source(s, keys)


def _bracket_skip(s: SentenceInfo, j: int, end: int) -> int:
    """The token after a bracketed group opening at j ("(tỉnh Bình Dương)"), or j when none opens there."""
    if j < end and s.toks[j].text == "(":
        close = next((m for m in range(j + 1, end) if s.toks[m].text == ")"), None)
        if close is not None:
            return close + 1
    return j


def _listed_next(s: SentenceInfo, end: int, nxt: int) -> bool:
    """Only a bracket, a comma or "và" stands between a name ending at end and the next one ("A (Đà Nẵng), B")."""
    j = _bracket_skip(s, end, nxt)
    return all(t.text in (",", "và", "cùng") for t in s.toks[j:nxt])


def _winner_next(s: SentenceInfo, keys: list[str], end: int, verb: int) -> bool:
    """The name ending at end is the subject of the verb at `verb`: a bracket, the owner ("của Sai Gon Ford") and an
    adverb or two ("đã", "cũng") at most between ("Kỹ thuật viên A của Sai Gon Ford đã đoạt giải nhất"), not a noun
    phrase of its own ("xếp sau huyền thoại A về số lần giành giải")."""
    j = _bracket_skip(s, end, verb)
    if keys[j:j + 1] == ["của"]:
        j += 1
        while j < verb and s.toks[j].text[:1].isupper():
            j += 1
    between = s.toks[j:verb]
    return len(between) <= 2 and all(t.text.isalpha() and t.text.islower() for t in between)


def _subjects_at_event(s: SentenceInfo, keys: list[str], trig: tuple[int, int, str]) -> set[int]:
    """ "Tại buổi lễ, Bí thư Tỉnh đoàn Nguyễn Văn Nhuận (và ...) đã biểu dương ...": the people who act at the
    named event, i.e. the first person after it and those listed with that one (not the objects further on)."""
    if trig[0] == 0 or keys[trig[0] - 1] not in _AT:
        return set()
    out: set[int] = set()
    prev_end = -1
    for n, p in enumerate(s.persons):
        if p.tok_start < trig[0] + trig[1]:
            continue
        if prev_end >= 0 and not all(t.text in (",", "và", "cùng", "-", "(", ")") or t.text[:1].isupper()
                                     for t in s.toks[prev_end:p.tok_start]):
            break
        out.add(n)
        prev_end = p.tok_end
    return out


def _presidium(s: SentenceInfo, keys: list[str], trig: tuple[int, int, str]) -> set[int]:
    """ "Đoàn Chủ tịch của Đại hội lần này gồm 24 người: A, B, ...": the members of the body presiding over the named
    event sit at it (attendees: presiding is not `chủ trì`); the body right before the event noun, so that a title
    ("Chủ tịch Đoàn Chủ tịch Ủy ban Trung ương MTTQ") is no lineup."""
    before = " ".join(keys[max(0, trig[0] - 5):trig[0]])
    m = event_cue("presidium").search(before)
    if not m or before[m.end():].strip() not in ("", "của", "điều hành"):
        return set()
    listed = next((k for k in range(trig[0] + trig[1], len(keys)) if keys[k] in ("gồm", ":")), None)
    if listed is None or any(keys[k] in _CLAUSE_END for k in range(trig[0], listed)):
        return set()
    return {n for n, p in enumerate(s.persons) if p.tok_start > listed}


def _name(s: SentenceInfo, trig: tuple[int, int, str]) -> str:
    i = trig[0]
    start = s.toks[i].start - s.start
    m = re.search(r"[,;.(]", s.text[start:])
    end = start + m.start() if m else len(s.text)
    name = s.text[start:end].strip()
    return name[:1].upper() + name[1:]


def _add_provinces(ev: EventDraft, named: set[str]) -> None:
    """`huyện Hoa Lư` in an article that names Ninh Bình: the event is also in Ninh Bình (the province the text
    names that has a district of that name; none when the text names none or several of them)."""
    for loc in list(ev.locations):
        m = _DISTRICT.match(loc)
        if m:
            found = district_provinces().get(fold(m.group(1)), frozenset()) & named
        else:  # a district named bare in a list ("tại các huyện miền núi Đakrông, Hướng Hóa")
            bare = frozenset() if fold(loc) in provinces() else district_provinces().get(fold(loc), frozenset())
            found = bare & named
        if len(found) == 1 and (province := next(iter(found))) not in ev.locations:
            ev.locations.append(province)


def _venue_sentence(keys: list[str], trig: tuple[int, int, str]) -> bool:
    """A sentence that opens with the event noun and says where it is held: "Hội nghị diễn ra tại Hà Nội",
    "Lễ ký kết được tổ chức tại ..."."""
    if trig[0] - _dateline_end(keys) > 1 or _announced(keys, trig):
        return False
    end = trig[0] + trig[1]
    stop = next((k for k in range(end, min(len(keys), end + 25)) if keys[k] in (",", ";", ".", ":")), end + 25)
    clause = " ".join(keys[end:min(stop, end + 25)])  # "Hội nghị toàn quốc kiểm điểm ... khóa VIII diễn ra tại Hà Nội"
    manner = "|".join(re.escape(w) for w in event_cue_words("held_manner"))
    return any(re.search(rf"\b{re.escape(verb)} (?:(?:{manner}) )?(?:tại|ở)\b", clause)
               for verb in event_cue_words("held"))  # "diễn ra trang trọng tại ...", "khai mạc sáng nay tại ..."


def _dateline_end(keys: list[str]) -> int:
    """Where the lead starts after an outlet's dateline that the headline is glued to ("6 giải pháp chống quan liêu
    ... (NLĐ) - Hội nghị toàn quốc ... diễn ra tại Hà Nội"); 0 without one."""
    for k in range(2, min(len(keys) - 1, 60)):
        if keys[k] == ")" and keys[k + 1] in ("-", "–") and "(" in keys[max(0, k - 4):k]:
            return k + 2
    return 0


def _opening_frame(s: SentenceInfo, keys: list[str]) -> list[str]:
    """The places of the clause that opens the sentence, `tại`/`ở` (`điểm cầu`) and places alone up to a comma ("Tại
    điểm cầu Lâm Đồng, ...", "Tại Hà Nội và TP.HCM, ..."); none when anything else follows the place ("Ở Hà Nam có 5
    người ...": what is said of it)."""
    if keys[:1] not in (["tại"], ["ở"]):
        return []
    k = 3 if keys[1:3] == ["điểm", "cầu"] else 1
    out = []
    for place in sorted(s.places, key=lambda p: p.tok_start):
        if place.tok_start != k:
            break
        out.append(place.name)
        k = place.tok_end + 1 if keys[place.tok_end:place.tok_end + 1] == ["và"] else place.tok_end
    return out if out and keys[k:k + 1] == [","] else []


def _framing_places(s: SentenceInfo) -> list[str]:
    """The venue of a lead sentence that frames what follows ("Ngày 7-6, tại Paris, A và B ..."): a place before the
    sentence's first person or after a verb of holding ("... tại buổi gặp ... diễn ra chiều 4-2 tại Hà Nội"); one
    after a person belongs to that person's act ("bé A ... dạo chơi ở xã Tam Thanh")."""
    first = min((p.tok_start for p in s.persons), default=len(s.toks))
    places = {p.name for p in s.places if p.tok_start < first or _held_at().search(s.text, 0, p.start - s.start)}
    return [loc for loc in _locations(s, [fold(t.text) for t in s.toks]) if loc in places]


def _to_come(keys: list[str], i: int) -> bool:
    """ "Tập đoàn X sẽ tổ chức đại hội cổ đông vào hôm nay": an event the report announces (not "sẽ tiếp tục")."""
    before = keys[max(0, i - 4):i]
    return bool({"sẽ", "sắp"} & set(before)) and "tiếp" not in before


def _of_the_past(text: str, key: str | None) -> bool:
    """The sentence opens with a month or year at least _HISTORY_YEARS before the year of the event `key`."""
    m = _PAST_OPENING.match(text)
    return bool(m and key and int(m.group("y")) <= int(key[:4]) - _HISTORY_YEARS)


def _to_come_in(keys: list[str]) -> bool:
    return bool({"sẽ", "sắp", "dự kiến"} & set(keys))


def _future_at(keys: list[str], j: int) -> bool:
    """A future marker opens the verb at `j`: "sẽ", "dự kiến", "sắp" (not "sắp xếp")."""
    return keys[j:j + 1] == ["sẽ"] or keys[j:j + 2] == ["dự", "kiến"] or keys[j:j + 1] == ["sắp"] \
        and keys[j + 1:j + 2] != ["xếp"]


_GLUED_OPENERS = {"tại", "trong", "ngày", "hôm", "sáng", "chiều", "tối"}  # capitalised mid-sentence: a new sentence


def _met_later(toks: list[Token], keys: list[str], at: int) -> bool:
    """The name at `at` is the one a planned meeting is with: "dự kiến", then a word of meeting, then the name, with
    no clause end nor a past marker between ("Dự kiến, ... Quốc vương Sihamoni sẽ có cuộc hội đàm với Chủ tịch nước
    A, hội kiến với Tổng Bí thư B", "Dự kiến, chuyến thăm ... sẽ kéo dài đến 29.4, trong đó có các buổi gặp Thủ
    tướng C"). A bare "sẽ" is not enough: the talks a visit under way announces firmly are part of it ("Tổng thống
    D ... bắt đầu chuyến thăm Việt Nam 5 ngày. D sẽ có cuộc hội đàm, hội kiến với Tổng bí thư E", as the gold has
    it)."""
    future = None
    for j in range(at):
        if keys[j] in _CLAUSE_END or keys[j] in ("đã", "vừa", "từng", "sau", "trước") \
                or j and keys[j] in _GLUED_OPENERS and toks[j].text[:1].isupper():
            future = None  # (nor a visit made, "... sau chuyến thăm Việt Nam của Tổng thống A", nor a lead glued to
            # a headline: "Peru dự kiến mở sứ quán tại Hà Nội Tại buổi tiếp Bộ trưởng ... B hôm qua")
        elif keys[j:j + 2] == ["dự", "kiến"]:
            future = j + 1
    if future is None:
        return False
    meeting = _cue_keys("met_later")
    return any(tuple(keys[k:k + len(w)]) in meeting for k in range(future + 1, at) for w in meeting)


def _acts_later(s: SentenceInfo, keys: list[str], n: int, debate: bool) -> bool:
    """The person's own act is still to come ("Phó Thủ tướng Nguyễn Tấn Dũng sẽ chủ trì buổi làm việc", "Bộ trưởng
    A và Bộ trưởng Y tế B sẽ là những thành viên đầu tiên trả lời chất vấn", "Danh sách 10 bộ trưởng dự kiến trả lời
    chất vấn: Bộ trưởng A, ..."): announced, not taking part in the event reported. In a debate only the announced
    list counts: the gold takes the session's agenda ("Bộ trưởng A sẽ trả lời chất vấn") as taking part."""
    spans = {p.tok_start: p.tok_end for p in s.persons}
    j = s.persons[n].tok_end
    while not debate and j < len(keys):  # past a bracket, a co-subject and its title
        if j in spans:
            j = spans[j]
        elif keys[j] == "(" and ")" in keys[j:]:
            j = keys.index(")", j) + 1
        elif keys[j] in (",", "và", "cũng"):
            j += 1
        else:
            nxt = min((k for k in spans if k > j), default=None)
            if nxt is None or not _titles_only([t.text for t in s.toks[j:nxt]]):
                break
            j = nxt
    if not debate and _future_at(keys, j):
        return True
    colon = keys.index(":") if ":" in keys else len(keys)  # a list the sentence announces after a colon
    return s.persons[n].tok_start > colon and not any(p.tok_start < colon for p in s.persons) \
        and any(_future_at(keys, k) for k in range(colon))


def _plus_days(iso: str, days: int) -> str:
    return (date_cls.fromisoformat(iso) + timedelta(days=days)).isoformat()


def _titles_only(words: list[str]) -> bool:
    """Only a title's words ("Tổng Bí thư", "Thủ tướng thường trực", "cố Tổng bí thư"): lower-case words only
    after a capitalised one or as glue."""
    return all(w[:1].isupper() or w in _TITLE_GLUE or k > 0 and (words[k - 1][:1].isupper() or words[k - 1] in
                                                                 _TITLE_GLUE - {"và"}) for k, w in enumerate(words))


def _inviter(text: str, at: int) -> bool:
    """The person at `at` sent the invitation ("Nhận lời mời của Tổng thống Mỹ Joe Biden, ... phát biểu tại Hội
    nghị", "theo lời mời của Thủ tướng X, Y thăm ..."): the guest goes; the host takes part only where the text says
    so."""
    m = _INVITATION.search(text, max(0, at - 90), at)  # only the inviter's title between
    return bool(m) and not re.search(r"[,;:()]", text[m.end():at]) and len(text[m.end():at].split()) <= 12


def _mourned(text: str, at: int) -> bool:
    """The person at `at` is the one a funeral is held for ("Lễ viếng PGS.TS Lưu Văn An", "lễ tang ông Vũ Kỳ",
    "thi hài ông X được an táng"): the dead take part in nothing."""
    cues = list(event_cue("mourned", re.IGNORECASE).finditer(text, max(0, at - 80), at))
    if not cues:
        return False
    between = text[cues[-1].end():at]
    words = [w for w in between.split() if w not in _LATE]
    words = words[1:] if words[:1] == ["của"] else words  # "linh cữu của ông X", "khu mộ của Giáo sĩ X"
    return not re.search(r"[,;:()]", between) and len(words) <= 8 and _titles_only(words)


def _owner(text: str, at: int) -> bool:
    """The person at `at` follows `của` with only titles between ("bức thư của Chủ tịch Hồ Chí Minh")."""
    m = re.search(r"\bcủa((?:\s+\S+){0,4})\s*$", text[max(0, at - 60):at])
    return bool(m) and _titles_only(m.group(1).split())


def _directed_by(text: str, at: int) -> bool:
    """The person at `at` is named as the author of a directive ("ý kiến chỉ đạo của Tổng Bí thư A và Thủ tướng
    B"), with only titles between: not "Quyết định của Bộ Chính trị chấp thuận cho đồng chí C"."""
    m = _DIRECTED_BY.search(text, max(0, at - 90), at)
    if not m:
        return False
    return _titles_only(m.group(1).split())  # lower-case words only inside a title ("Thủ tướng thường trực")


def title_event(title: str, places: list[PlaceMention]) -> tuple[str, str] | None:
    """(province, event type) of a headline that opens with a province and a colon and names an event ("Gia Lai: Đại
    hội đại đoàn kết các dân tộc Tây nguyên"): the dateline of the event the article reports."""
    m = re.match(r"\s*([^:]{2,30}):\s", title)
    head = next((p for p in places if p.level == "province" and p.end <= m.end(1)), None) if m else None
    if head is None or title[head.end:m.end(1)].strip() or title[:head.start].strip().lower() not in ("", "tp", "tp."):
        return None
    toks = tokens(title, m.end(), len(title))
    keys = [fold(t.text) for t in toks]
    lede = _dateline_end(keys)  # "TPHCM: Đề nghị tăng giá cước ... (NLĐ)- Sáng 23-9, Sở GTCC TPHCM đã chủ trì cuộc
    if lede:  # họp ...": the headline ends at the outlet's tag; an event of the lead glued to it is not the headline's
        toks, keys = toks[:lede], keys[:lede]
    trig = _trigger(toks, keys)
    return (head.name, trig[2]) if trig else None


def build_events(sentences: list[SentenceInfo], canonical: list[list[str]],
                 published: date_cls | None = None, dateline: tuple[str, str] | None = None,
                 refused: list[Refusal] | None = None) -> list[EventDraft]:
    """canonical[i][n]: the resolved name of persons[n] of sentence i; published: the article's date (a day before
    it is reported, never planned); dateline: (province, event type) of a headline 'Province: <event>'; refused: if
    given, gets a `Refusal` for each person the rules deliberately leave out of the event being reported."""
    events: dict[str | None, EventDraft] = {}
    current: EventDraft | None = None

    def refuse(name: str, reason: str) -> None:
        if refused is not None and name:
            refused.append(Refusal(name, current.key if current else None, reason))
    opened_at = -10
    reported_at = -10  # the last sentence that reports the current event
    named: list[int] = []  # the sentences that name a person
    first_date: str | None = None
    today: str | None = None  # "Hôm nay 28-11": the day an undated report is written
    lead_told: tuple[SentenceInfo, tuple[int, int, str]] | None = None  # an event the headline or lead reports
    told_venue: tuple[int, list[str]] | None = None  # a venue sentence before any event: the caption of the report
    # "Tổng thống X đang có chuyến thăm chính thức Việt Nam" before any event: the visit the next report is part of
    told_visit: tuple[int, set[str], list[str]] | None = None
    early: list[str] = []  # speakers before any event is opened
    early_winners: list[str] = []  # prize winners before any event is opened
    recent: tuple[int, DateMention] | None = None  # the last date cue, for "Ngày 1/6, ... họp. Tham dự Hội nghị có"
    closing = False  # the event was opened by a lone placed speaker: it ends with his sentence
    joined_early: list[tuple[EventDraft, list[str], int]] = []  # a known event, the sayings before it, how many
    interviewed: set[str] = set()
    told_ceremony: EventDraft | None = None  # a ceremony the lead reports: its report's sources speak there
    refused = refused if refused is not None else []
    prior: list[tuple[int, str]] = []  # (sentence, person) named while no event is being reported
    resumed: tuple[EventDraft, int, int] | None = None  # the event reported, while a sentence tells of the past
    for si, s in enumerate(sentences):
        if resumed is not None:
            current, opened_at, reported_at = resumed
            resumed = None
        if closing:
            current, closing = None, False  # the speakers after a lone placed speaker are not at his event
        past = current is not None and _of_the_past(s.text, current.key)
        if past:
            # "Tháng 10-1930, Hội nghị lần thứ I Ban Chấp hành Trung ương Đảng họp ở Hương Cảng (Trung Quốc)" in the
            # report of a ceremony of 2005: another time, whose event, people and places are not the ceremony's
            resumed, current = (current, opened_at, reported_at), None
        if _LINK_LINE.match(s.text):
            continue  # "&gt;&gt; Đại tướng Võ Nguyên Giáp: Kiểm điểm vụ PMU18 ...": headlines of other articles
        keys = _tense_masked([fold(t.text) for t in s.toks])
        carried: int | None = None  # where the date comes from: "Ngày 7-6, tại Paris, A và B ... Tại cuộc hội đàm"
        trig = _trigger(s.toks, keys)
        if trig is None and current is None and si <= _LEAD_SENTENCES:
            trig = _inspection(s, keys)
        sitting = bool(trig) and tuple(keys[trig[0]:trig[0] + trig[1]]) in _cue_keys("sitting_verb")
        if sitting and current is not None:
            trig = None  # a body's business told after an event is opened goes on with its report ("Trước đó, sáng
            # nay, Ủy ban thường vụ Quốc hội đã thảo luận ..."), as the speakers of a debate do
        cues = _met(s, keys, _cues(s.toks, keys))
        strong = [d for d in s.dates if d.strong and not _told_content(s, keys, trig, d)]
        resolved = [d for d in strong if d.iso]
        date = resolved[0] if resolved else strong[0] if strong else None
        if not strong and trig and s.persons and _same_day(s.text):
            # "Chiều cùng ngày, làm việc với ..., Bộ trưởng X nói": a named person's event of the day last told
            date = recent[1] if recent else DateMention(s.start, s.start, None, True)
        if trig and len({d.iso for d in resolved}) > 1:  # "phát biểu ... ngày 27/4, ... khi tham gia một cuộc họp ...
            at = s.toks[trig[0]].start  # hôm 7/4": the date nearest the event word
            # but "X hôm nay cho biết, ông đã tới thăm ... hôm 19/4": a date of saying is not the event's
            told = [d for d in resolved if not _date_of_saying(s.text[d.end - s.start:])] or resolved
            date = min(told, key=lambda d: min(abs(d.start - at), abs(d.end - at)))
        for d in resolved:
            if today is None and _TODAY.match(s.text, d.start - s.start):
                today = d.iso
        said_at = _reported(s, keys, trig)
        if said_at is not None and date and date.start < s.toks[said_at].start:
            date = None  # "Hôm 16/4, Ngoại trưởng A cho hay B đã thông báo với C ... trong cuộc gặp": said that day
        announced = bool(date and date.iso and (
            first_date and date.iso > _plus_days(first_date, 3)  # well after the first event: a plan
            and not (published and date.iso <= published.isoformat()) and not _chaired_done(keys, cues)
            and not (published is None and trig and s.toks[trig[0]].start < date.start and not _to_come_in(keys)
                     and _YEAR.search(s.text, date.start - s.start, date.end - s.start))
            or today and date.iso > today))  # after the day of writing ("Phiên bế mạc diễn ra chiều 30-11")
        if announced:
            date = None
        if date:
            recent = (si, date)
            first_date = first_date or date.iso
        elif " ".join(keys[:2]) in _cue_set("another_time"):
            recent = None  # "Trước đó, hội đồng đã tổ chức hội nghị bầu ...": the day told before is not this one's
        elif trig and current is None and recent and si - recent[0] <= 2 and not announced and not past:
            date = recent[1]
            carried = recent[0]
        chaired = any(c[2] == "chair" for c in cues)
        opens = (trig and date or date and any(c[2] in ("chair", "attend") for c in cues) or trig and current is None
                 and (si < 4 and cues or chaired or bool(_subjects_at_event(s, keys, trig) or _presidium(s, keys, trig))
                 or _acts(s, cues) or _speaks_at(s, cues, trig)
                 or sitting and (bool(s.dates) or bool(_DONE & set(keys[max(0, trig[0] - 4):trig[0]])))))  \
            and not (trig and _announced(keys, trig, frozenset(c[0] for c in cues if c[2] == "speak")
                                         | _said_by(s, keys))) \
            and not (trig and not any(c[2] in ("attend", "chair") for c in cues) and _to_come(keys, trig[0]))
        placed = not opens and bool(trig) and current is None and not announced and not _to_come(keys, trig[0]) \
            and not _announced(keys, trig) and _placed_speaker(s, keys, cues, trig)
        if placed:  # "Bộ trưởng A cho biết tại một cuộc họp": the event of this sentence only
            opens = closing = True
        if not opens and not trig and current is None and not announced and _chaired_meeting(s, keys, cues):
            opens = True  # a person chairs: a meeting held, dated by the sentence or '?'
        deputy = not opens and not trig and current is None and lead_told is None and not announced \
            and _deputy_speaks(s, keys, cues)  # (an event the lead told goes on with its speakers)
        if deputy:
            opens = True  # "ĐB Huỳnh Thị Nga (Đồng Nai) phân tích: ...": a deputy speaking in the chamber
        if not opens and trig and current is None and si <= 1 and not announced and not _to_come(keys, trig[0]) \
                and not _announced(keys, trig):
            lead_told = (s, trig)  # "UBND tỉnh Quảng Nam vừa tổ chức hội nghị ...": the article reports this event
        speaker = lead_told is not None and current is None and not trig and not announced and (any(
            " ".join(keys[c[0]:c[0] + c[1]]) in _cue_set("directing") and any(p.tok_start < c[0] for p in s.persons)
            for c in cues) or _ceremony_source(s, keys, lead_told, si))
        if speaker and lead_told:  # "Ông A - Phó Chủ tịch tỉnh - yêu cầu ...": directing in the report of the event
            opens, date, trig = True, None, None
            events.setdefault(None, EventDraft(None, _name(*lead_told), lead_told[1][2]))
        if not events and not opens and s.persons and not _headline(s):
            early.extend(dict.fromkeys(canonical[si][n] for n in sorted(_early_speakers(s, keys, cues))
                                       if canonical[si][n]))  # (once a sentence)
            if _interview(s) or phrase_pattern("press_outlets.tsv", "press").search(s.text):
                # "ông Văn khẳng định với VnExpress": who speaks to the press before any event
                interviewed.update(c for c in canonical[si] if c)
        if not events and not opens and s.persons and (not _headline(s) or s.text.rstrip().endswith(";")):
            early_winners.extend(canonical[si][n] for n in sorted(_early_winners(s, keys)) if canonical[si][n])
        if opens and not announced:  # an announced event opens none: nobody has taken part yet
            key = date.iso if date else None
            if key is None and date and current is not None and current.key is not None and trig \
                    and trig[2] == current.type and _THIS_DAY.search(s.text, date.start - s.start, date.end - s.start):
                key = current.key  # "Kết thúc phiên họp sáng nay, ..." in an undated report of "Sáng 12/4/2005, ...
                # phiên họp": the day told, the event named again
            if key is not None and key not in events and opened_at == 0 and si <= 2 and current is events.get(None) \
                    and (not trig or trig[2] == current.type):  # not a lead telling another kind of event
                current.key = key  # the headline ("Thủ tướng Phan Văn Khải thăm Canada") told the event the lead dates
                events[key] = events.pop(None)
            if key not in events:
                first = not events
                events[key] = EventDraft(key, _name(s, trig) if trig else "", trig[2] if trig else "event")
                if first and trig and trig[2] in _DEBATES and not s.persons and len(set(early)) >= 2:
                    # "Cuộc hội thảo ... tiếp tục diễn ra" after the speakers of its report (an event whose sentence
                    # names its own speaker is another story told late, and one speaker may speak to the press)
                    events[key].attendees.extend(dict.fromkeys(early))
                elif first and trig and early and (need := _frames_known_event(s, keys, cues, trig)):
                    joined_early.append((events[key], list(early), need))  # its report's speakers told before it
                elif first and deputy and early:
                    joined_early.append((events[key], list(early), _DEBATE_BEFORE_DEPUTY))
                if first and trig and trig[2] == "ceremony" and early_winners:
                    joined_early.append((events[key], list(early_winners), 1))  # "Bốn nhà giáo đoạt giải nhất gồm:
                    # A, B" before "Phát biểu bế mạc Hội giảng, ông C ...": the winners of the ceremony reported
                if told_visit and si - told_visit[0] == 1 and told_visit[1] & set(canonical[si]):
                    events[key].locations.extend(told_visit[2])  # the same person's visit told just before
                if told_venue and si - told_venue[0] <= 3:  # "Đại hội ... tổ chức tại TP.HCM (Ảnh: ...)" just before
                    events[key].locations.extend(told_venue[1])
            current = events[key]
            opened_at = si
            reported_at = si
            if (si <= _LEAD_SENTENCES or speaker) and _speech_ceremony(current, lead_told[0] if speaker and lead_told
                                                                         else s):
                told_ceremony = current
            if not current.name and trig:
                current.name, current.type = _name(s, trig), trig[2]
            if deputy and not current.name:
                current.type = "session"  # the deputies speak one after another
        if current is not None and carried is not None and opens and current.key == (date.iso if date else None):
            lead = sentences[carried]
            for loc in _framing_places(lead):
                if loc not in current.locations:
                    current.locations.append(loc)
        if current is not None and trig and (date or opened_at == si) and not _to_come(keys, trig[0]) \
                and not _announced(keys, trig):  # the sentence that opens the event (not "... cũng sẽ diễn ra lễ X")
            for loc in _venues(s, keys, trig) + (_area_places(s, keys) if trig[2] == "visit" else []):
                if loc not in current.locations:
                    current.locations.append(loc)
        if current is None and s.persons and trig and trig[2] == "visit" and not announced \
                and not _to_come(keys, trig[0]) and not _announced(keys, trig):
            told_visit = (si, {c for c in canonical[si] if c}, _locations(s, keys))
        if current is None and not s.persons and trig and (
                _venue_sentence(keys, trig) or si <= 1 and s.text.rstrip().endswith(".") and not announced
                and not _to_come(keys, trig[0]) and not _announced(keys, trig)):
            # "Vietjet tưng bừng khai trương đường bay ... tại thủ đô Kuala Lumpur (Malaysia).": the lead (not a
            # headline, which has no full stop and may name the country loosely: "... của Việt Nam tại Nga")
            told_venue = (si, _locations(s, keys))
        if current is not None and not s.persons and trig and si - opened_at <= 3 and _venue_sentence(keys, trig) \
                and (date is None or date.iso == current.key):
            for loc in _locations(s, keys):  # "Hội nghị diễn ra tại Hà Nội": the venue of the event reported
                if loc not in current.locations:
                    current.locations.append(loc)
        if current is not None and current.type == "visit" and si - reported_at <= 2 * _REPORT_REACH \
                and keys[:1] in (["tại"], ["ở"]) and s.places and s.places[0].tok_start == 1 \
                and s.toks[s.places[0].tok_end:s.places[0].tok_end + 1] and s.toks[s.places[0].tok_end].text == "," \
                and s.places[0].name not in current.locations \
                and any(p.name == s.places[0].name for t in sentences[opened_at:si] for p in t.places):
            # "Tại Algeria, hai nước cũng đã ký ...": a leg of the visit, a place its report has named ("... 3 nước
            # châu Phi là Maroc; Algeria và Nam Phi"); not a place new to it ("Tại Ấn Độ, trong ngày 29/4, nước này
            # ghi nhận thêm 386.888 ca mắc" after a working visit to Hưng Yên: another story)
            current.locations.append(s.places[0].name)
        if refused is not None and opens and si == opened_at and si > _LEAD_SENTENCES and _new_occasion(keys, trig):
            for name in dict.fromkeys(n for _, n in prior if n not in canonical[si]):
                refuse(name, "aside")  # "Tại một hội nghị ..., ông A giải trình", "B vừa chủ trì hội nghị ...":
                # an occasion new to the report; the people quoted before it spoke elsewhere
        if refused is not None and current is None and s.persons and not trig \
                and not any(c[2] in ("attend", "chair") for c in cues):
            for n, why in _outside_refusals(s):
                refuse(canonical[si][n], why)
        if current is None and s.persons:
            prior.extend((si, c) for c in canonical[si] if c)
        if current is not None and not opens and not announced and _names_event_again(s, keys, trig, current):
            reported_at = si  # "Dự hội nghị có đại diện ...": the report goes on, its next speaker speaks there
        if current is None or not s.persons or announced and trig and _announced(keys, trig):
            continue  # (a sentence telling an event to come, "Phiên bế mạc diễn ra chiều 30-11, Chủ tịch Quốc hội A
            # sẽ phát biểu", names nobody at the event reported)
        named.append(si)
        chair_idx = _chairs(s, keys, cues)
        # the reporter, another day (but answering reporters at a press conference is taking part in it, and the
        # people the question is about are not: "trả lời câu hỏi của phóng viên về việc ông A ..., ông B cho biết")
        asked = _ANSWERING.search(s.text) if "họp báo" in current.name.lower() else None
        question = (asked.start(), next((k for k in range(asked.end(), len(s.text)) if s.text[k] in ",;:"),
                                        len(s.text))) if asked else None
        aside = _interview(s) and not asked or bool(event_cue("other_time").search(s.text))
        if aside:
            cues = [c for c in cues if c[2] == "chair"]
        invited = [k for k, key in enumerate(keys) if key == "mời" and keys[k - 1:k] != ["khách"]]
        if invited:  # "mời ... tham dự": invited, not said to take part
            cues = [c for c in cues if c[2] == "chair" or c[0] < invited[0]]
        if _document(s):  # "đã có văn bản chỉ đạo": a document, nobody speaking at a meeting
            cues = [c for c in cues if c[2] != "speak"]
        subjects: set[int] = set()
        # a speech cue before the event word says what is spoken of ("X cho biết cả hai hào hứng về cuộc gặp ... của
        # Tổng thống Y"): only the speaker takes part (below), not everyone the sentence names
        told = bool(trig) and bool(cues) and all(c[2] == "speak" for c in cues) \
            and cues[0][0] + cues[0][1] + 1 < trig[0] and keys[trig[0] - 1] not in _AT  # not "Kết luận cuộc họp"
        attend = any(c[2] in ("attend", "chair") for c in cues) or bool(trig) and (
            any(not _praise(keys, c) for c in cues) or si == opened_at and not aside)
        near = si - reported_at <= _REPORT_REACH or current.type in _DEBATES \
            and 3 * opened_at <= len(sentences) and sum(reported_at < k < si for k in named) < _REPORT_REACH
        in_report = opened_at <= _LEAD_SENTENCES or near
        if not attend and cues and si >= opened_at and in_report:
            # speaking in the report of the event: the speaker comes before the verb ("ông A cho biết", "..., ông A
            # nhấn mạnh"), not the people spoken of after it ("kết luận ... cấp đất cho hộ ông B")
            said = [c for c in cues if not _praise(keys, c)] or cues  # (not "..., do Chủ tịch A dày công vun đắp;
            # cảm ơn về lời mời": the speaker's thanks after what he says name no other speaker)
            subjects = {n for n, p in enumerate(s.persons) if p.tok_start < said[-1][0]}
            after = [c[0] for c in cues if " ".join(keys[c[0]:c[0] + c[1]]) in _cue_set("list")]
            if after:  # "tham gia gồm A, B", "đã nghe luật sư A tóm tắt": the people after the cue
                subjects |= {n for n, p in enumerate(s.persons) if p.tok_start > after[0]}
        if not attend and trig and not aside:
            subjects |= _subjects_at_event(s, keys, trig) | _presidium(s, keys, trig)
        if not attend and not aside and si > opened_at and in_report and current.type in _DEBATES \
                and _opens_with_source(s, keys):
            subjects.add(0)  # "Theo ông Hoàng Tuấn Anh, Chủ tịch UBND TP Đà Nẵng, thời gian qua, ...": a speaker in
            # the report of a conference, as "ông A cho biết"
        if not attend and not aside and si >= opened_at and in_report and (
                current.type in _SPEAKING or near and current.type == "ceremony"):  # (not a visit's hosts)
            subjects |= _colon_speakers(s, keys)  # "Ông A, Phó chủ tịch Hội ..., thông báo: \"...\"": speaking there
        if not attend and si == reported_at + 1 and _guest_list(sentences[si - 1], s):
            subjects |= set(range(len(s.persons)))  # the guests a sentence ending in a colon announces
        if not attend and not aside and si > opened_at and near:  # (not anywhere after an event the lead opens)
            subjects |= _titled_sayers(s, keys)  # "Bộ trưởng Giao thông vận tải A nhận xét, ..."
        if not attend and not aside and si > opened_at and in_report and _speech_frame(s, keys):
            subjects.add(0)  # "Trong diễn văn đáp từ, đồng chí A, ..., đã cảm ơn ...": the speech given there
        if not attend and not aside and si > opened_at and in_report and _sourced_event(current) \
                and not _aside_report(sentences, opened_at, reported_at, si):
            subjects |= _told_by_source(s, keys)
        elif not attend and not aside and current is told_ceremony and si - opened_at <= 2 * _REPORT_REACH \
                and not _aside_report(sentences, opened_at, reported_at, si):
            subjects |= _told_by_source(s, keys)  # "Theo ông A, Trưởng ban giám khảo, ..." after "Chiều nay, Báo Lao
            # Động đã trao 15 giải thưởng ...": a speech at the ceremony the lead reports
        if not aside and current.type == "session":
            subjects |= _seated_deputies(s, keys) | _askers(s, keys)
        received: set[int] = set()  # given an award there: taking part, but not telling where the event is
        if not aside:
            subjects |= _counterparts(s, keys)
            if trig or in_report:
                received = _recipients(s, keys) - subjects
                subjects |= received
            if current.type == "ceremony" and in_report and not _to_come_in(keys):
                won = _winners(s, keys) - subjects  # "Cây bút A đoạt giải nhất" in the report of the award ceremony
                received |= won
                subjects |= won
        touched = False
        present = False  # someone of the sentence takes part (perhaps named at the event before)
        for n, _p in enumerate(s.persons):
            name = canonical[si][n]
            if not name or fold(name) in lexicon.historical_persons() and (  # named at events, never taking part
                    event_cue("memorial").search(s.text, 0, _p.start - s.start) or _owner(s.text, _p.start - s.start)
                    or not _YEAR.search(s.text) and not _lived_on(name, published)):
                refuse(name, "past")
                continue  # a figure of the past takes part only in an event of a dated past ("tháng 10-1930"), not
                # where only something of theirs is ("bản sao bức thư của Chủ tịch Hồ Chí Minh gửi Tổng thống ...")
            if n not in chair_idx and _MESSAGE.search(s.text, 0, _p.start - s.start):
                refuse(name, "message")
                continue
            if question and question[0] <= _p.start - s.start < question[1]:
                refuse(name, "question")
                continue  # named in the reporter's question
            if not attend and n not in chair_idx and _SPOKESPERSON.search(s.text, 0, _p.start - s.start):
                refuse(name, "spokesperson")
                continue  # "Phát ngôn viên quân đội Azem Bermendao Agouna cho biết ...": a source quoted, not present
            if n not in chair_idx and n > 0 \
                    and (_OF_ANOTHER.match(s.text[s.persons[n - 1].end - s.start:_p.start - s.start])
                         or _aide_of().match(s.text[s.persons[n - 1].end - s.start:_p.start - s.start])):
                refuse(name, "title_of_another")
                continue  # "ông Piere Schori – Đặc phái viên cao cấp của Thủ tướng Thụy Điển Stefan Lofven", "ông
                # Pierre Schori, đặc phái viên cao cấp của Thụy Điển Stefan Lofven": named in another person's title
            if _late(s.toks, keys, _p.tok_start):
                refuse(name, "late")
                continue  # "chuyến thăm Algeria của cố thủ tướng Phạm Văn Đồng năm 1974": the late take part in nothing
            if " ".join(keys[max(0, _p.tok_start - 2):_p.tok_start]) in _cue_set("accused") or \
                    " ".join(keys[max(0, _p.tok_start - 3):_p.tok_start - 1]) in _cue_set("accused"):
                refuse(name, "accused")
                continue
            if n not in chair_idx and (event_cue("disciplined", re.IGNORECASE).search(s.text, 0, _p.start - s.start)
                                       or _ACCUSED_AFTER.match(s.text, _p.end - s.start)):
                refuse(name, "disciplined")
                continue  # "thi hành kỷ luật ... đối với ông X": judged at the meeting, not taking part
            if said_at is not None and _p.tok_end <= said_at and n not in chair_idx:
                refuse(name, "source")
                continue  # the source who tells of the meeting
            if n not in chair_idx and _inviter(s.text, _p.start - s.start):
                refuse(name, "inviter")
                continue
            if _mourned(s.text, _p.start - s.start):
                current.mourned.add(name)  # "Lễ viếng PGS.TS Lưu Văn An": the dead take part in no funeral of
                refuse(name, "mourned")
                continue  # theirs, also where the eulogy tells their life ("chặng đường ... của ông Vũ Kỳ")
            if n not in chair_idx and _directed_by(s.text, _p.start - s.start) \
                    and not _GIVEN_AT_EVENT.match(s.text, _p.end - s.start):
                refuse(name, "directive")
                continue  # "triển khai ý kiến chỉ đạo của Thủ tướng X": the author of a directive, not present
                # (but "kết luận của Phó Thủ tướng X tại buổi làm việc với ...": given there)
            if current.type not in _DEBATES and _met_later(s.toks, keys, _p.tok_start):
                refuse(name, "planned")
                present = True  # (the sentence still tells the event's place: "trong thời gian ở thăm VN")
                continue
            if _acts_later(s, keys, n, current.type in _DEBATES):
                refuse(name, "later")
                # a visitor of the visit under way announces its next legs ("Ngoài Hà Nội, Tổng thống Mông Cổ N.
                # Bagabandi sẽ thăm Quảng Ninh và TP HCM"): still the visit reported, the sentence tells its places
                present = present or current.type == "visit" and name in current.chairs + current.attendees \
                    and bool(_NEXT_LEG.match(s.text, _p.end - s.start))
                continue
            if name in current.chairs or name in current.attendees:
                present = True  # "Thứ trưởng A cùng đoàn công tác kiểm tra ... tại X": a participant goes on
            if n in chair_idx:
                if name not in current.chairs:
                    current.chairs.append(name)
                touched = present = True
            elif attend and not (told and _p.tok_start > trig[0]) or n in subjects:
                present = present or attend or n not in received
                if name not in current.attendees:
                    current.attendees.append(name)
                    touched = True
            else:  # named in the event's report, not as one taking part
                refuse(name, _unchosen_why(told and trig is not None and _p.tok_start > trig[0], aside,
                                           bool(invited) and _p.tok_start > invited[0]))
        if touched or trig or attend or any(n in chair_idx or n in subjects for n in range(len(s.persons))) \
                or present and in_report and not aside:
            reported_at = si  # (or a participant named again in its report, "..., ông Hồng nói.": it goes on)
        before = set(keys[max(0, trig[0] - 4):trig[0]]) if trig else set()
        planned = bool(trig) and not touched and (_announced(keys, trig) or bool({"sẽ", "sắp"} & before)) \
            and "tiếp tục" not in " ".join(keys[max(0, trig[0] - 4):trig[0]]) \
            and not (present and trig[2] == "visit" == current.type and not s.dates)  # not a new, dated trip
        # "hội sẽ tổ chức một cuộc hội thảo ... tại TP Hồ Chí Minh": another event, to come (but "sẽ tiếp tục thăm
        # và làm việc tại TP HCM" goes on with this one, and so does a visitor's next leg: "Ngoài Hà Nội, Tổng thống
        # Mông Cổ N. Bagabandi sẽ thăm Quảng Ninh và TP HCM")
        if touched or trig:
            for loc in [] if told or planned or not (present or si == opened_at) or not (trig or attend) \
                    else _venues(s, keys, trig) if si == opened_at else _reported_venues(s, keys, trig):
                # a sentence of speech alone tells what is said, not where; a later one only frames, moves or follows
                # an event noun
                if loc not in current.locations:
                    current.locations.append(loc)
            current.evidence.append(Evidence(s.text, s.start, s.end, 0.6))
        if present and not trig and not attend and not aside:
            for loc in _opening_frame(s, keys):  # "Tại điểm cầu Lâm Đồng, Chủ tịch UBND tỉnh A cho biết ...", "Tại
                if loc not in current.locations:  # TP.HCM, chánh văn phòng UBND TP.HCM B đã đề nghị ...": where the
                    current.locations.append(loc)  # one who speaks in the report takes part in the event
    _join_early(joined_early, refused, interviewed)
    _merge_undated(events)
    named = {p.name for s in sentences for p in s.places if p.level == "province"}
    buildings = set().union(*(_building_names(s) for s in sentences if s.places))
    buildings |= set().union(*(_hamlet_names(s) for s in sentences if s.places))
    out = []
    for ev in events.values():
        opening = ev.evidence[0].sentence if ev.evidence else ""  # as the report opens
        funeral = bool(event_cue("mourned", re.IGNORECASE).search(opening))
        gone = ev.mourned if funeral else set()  # a funeral: its dead take part in none of it
        ev.attendees = [a for a in ev.attendees if a not in ev.chairs and a not in gone]
        _add_provinces(ev, named)
        ev.locations = [loc for loc in ev.locations if loc not in buildings]
        if ev.chairs or ev.attendees:
            out.append(ev)
    if dateline and len(out) == 1 and not out[0].locations and out[0].type == dateline[1]:
        out[0].locations.append(dateline[0])  # the one event, of the headline's kind, placed nowhere else
    return out


def _guest_list(announcing: SentenceInfo, s: SentenceInfo) -> bool:
    """A sentence that only lists people with their callings ("GS Hoàng Tụy, nhà báo Phan Quang, ..., TS Lê Đăng
    Doanh...") after one announcing those present that ends in a colon ("... với sự tham dự của đông đảo các cây bút
    ... như:"): the guests of the event."""
    if not s.persons or not _GUESTS_ANNOUNCED.search(announcing.text):
        return False
    at = [(p.start - s.start, p.end - s.start) for p in s.persons]
    lead = s.text[:at[0][0]]
    gaps = [s.text[a[1]:b[0]] for a, b in zip(at, at[1:], strict=False)]
    return len(lead.split()) <= _CALLING_WORDS and not _LIST_MARKS & set(lead) \
        and all(_LIST_MARKS & set(g) and len(g.split()) <= _CALLING_WORDS + 1 for g in gaps) \
        and bool(_LIST_END.fullmatch(s.text[at[-1][1]:]))


def _names_event_again(s: SentenceInfo, keys: list[str], trig: tuple[int, int, str] | None,
                       current: EventDraft) -> bool:
    """A sentence naming nobody names the event reported again by the word its name has ("Dự hội nghị có đại diện
    Ban thư ký ASEAN ..." in the report of "Hội nghị mạng ASEAN ...", "Hầu hết các đại biểu có mặt tại hội thảo đều
    cho rằng ..."): its report goes on. Not another word of its kind ("Tại phiên họp, ..." after "Cuộc họp báo Chính
    phủ ...": the body's sitting the briefing tells of), nor an event of another time ("Trước đó, hội nghị ...")."""
    return not s.persons and trig is not None and trig[2] == current.type \
        and " ".join(keys[:2]) not in _cue_set("another_time") \
        and " ".join(keys[trig[0]:trig[0] + trig[1]]) in fold(current.name)


def _frames_known_event(s: SentenceInfo, keys: list[str], cues: list[tuple[int, int, str]],
                        trig: tuple[int, int, str]) -> int:
    """How many sayings told before it the sentence's event needs to take their speakers in, 0 when it is no event
    the article is already telling. The sentence opens at the event named bare or with its day only: led by a verb
    of taking part or speaking, one more speaker of it ("Phát biểu tại buổi lễ, Chủ tịch A cũng cho biết", "Kết
    luận hội nghị, ...", "Tham dự phiên họp, ..."): 1; only placed there ("Tại buổi làm việc, ...", "Trong phiên
    họp ngày 23/2, ..."): 2. Not an event described anew ("Tại cuộc họp với Quận ủy quận 5 ngày 20/5", "Tại cuộc họp
    báo mới đây", "Tại buổi làm việc với đoàn kiểm tra"), an indefinite one ("Tại một hội nghị") nor one of another
    time ("Trước đó, tại ...")."""
    lead = next((c for c in cues if c[0] == 0), None)
    k = lead[1] if lead else 0
    if keys[k:k + 1] and keys[k] in _AT:
        k += 1
    if k < trig[0] and keys[k] in _EVENT_CLASSIFIERS:
        k += 1
    if not 0 < k == trig[0]:
        return 0
    end = trig[0] + trig[1]
    comma = next((j for j in range(end, len(keys)) if keys[j] == ","), None)
    bare = comma is not None and all(any(d.start <= t.start and t.end <= d.end for d in s.dates)
                                     for t in s.toks[end:comma])
    return 0 if not bare else 1 if lead else 2


def _join_early(joined: list[tuple[EventDraft, list[str], int]], refused: list[Refusal], interviewed: set[str]) -> None:
    """The speakers told before the article names the event it reports (once for each sentence they speak in) join
    it when they speak in as many sentences as its opening needs (`_frames_known_event`: a lone saying before a
    meeting only placed may be another occasion's, "Phó Chủ tịch A vừa yêu cầu ..." before "Tại cuộc họp, Bí thư B
    ..."), and only an event the rules report with people of its own; one who spoke to the press there stays out, and
    so does a speaker the rules refuse anywhere in the article for a reason of the language (not merely named in a
    report, `unchosen`)."""
    kept_out = interviewed | {r.name for r in refused if r.reason != "unchosen"}
    for ev, said, need in joined:
        kept = [name for name in said if name not in kept_out]
        if len(kept) >= need and (ev.attendees or ev.chairs):  # (an event the rules report with its own people)
            ev.attendees.extend(name for name in dict.fromkeys(kept) if name not in ev.attendees + ev.chairs)


def _merge_undated(events: dict[str | None, EventDraft]) -> None:
    """An undated record whose people all take part, in the same parts, in the article's one dated event is that
    event told without its date ("Trong hai ngày 10 - 11/4/2021, đoàn ... làm việc tại X" and "... phát biểu tại
    buổi làm việc ở X ngày 10/4/2021"); with other people it is another event ("Trước đó, ..."), kept apart."""
    undated = events.get(None)
    dated = [e for k, e in events.items() if k is not None and (e.chairs or e.attendees)]
    if undated is None or len(dated) != 1:
        return
    into = dated[0]  # the same people in the same parts: a chair of one and only a guest of the other is no match
    if not undated.chairs + undated.attendees or not set(undated.chairs) <= set(into.chairs) \
            or not set(undated.attendees) <= set(into.attendees):
        return
    for loc in undated.locations:
        if loc not in into.locations:
            into.locations.append(loc)
    into.evidence = undated.evidence + into.evidence
    del events[None]
