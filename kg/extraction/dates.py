"""Date expressions of events, resolved against the publication date.

`Sáng 13/1` in an article of 13/01/2022 is 2022-01-13; a day and month take the publication year
(the year before when the month is well after the publication month: January articles about
December); `hôm qua`, `chiều nay`, weekday names count back from the publication date; with no
publication date only an explicit or same-sentence year resolves, else the key is None.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import cache

from kg.lexicons import mapping, phrase_pattern, table
from kg.text.normalize import fold

_PART = r"(?:rạng sáng|sáng sớm|sáng|trưa|chiều|tối|đêm|khuya)"
_DM = re.compile(
    rf"(?:(?P<part>{_PART})\s+(?:(?:thứ\s+\w+|chủ nhật)\s*,?\s*)?(?:ngày\s+|hôm\s+)?"
    r"|(?P<ngay>\b(?:[Nn]gày|[Hh]ôm(?:\s+(?:nay|qua|kia))?)\s+)|(?P<bare>))"
    r"(?<![\d/.\-])(?P<d>\d{1,2})\s*(?P<sep>[/.\-])\s*(?P<m>\d{1,2})(?:\s*(?P=sep)\s*(?P<y>(?:19|20)\d\d))?"
    r"(?![\d/]|\.\d|-[A-Za-zĐ])",
    re.IGNORECASE)
# a range of days in one month is keyed by its first day: "diễn ra từ ngày 12-14/4", "ngày 12 - 14/4", "từ 12
# đến 14/4", "ngày 14 và 15/4", "trong 2 ngày 26-27/5"; a slash or dot after the second day marks the month ("Sáng
# 25-1" is a day and month), and so does a hyphen after a word-joined range ("Trong hai ngày 15 và 16-2-2005"); a
# word-joined range needs a date word before it, which may stand outside brackets ("trong 2 ngày (27 và 28-2-2006)")
_RANGE = re.compile(
    rf"(?:(?P<part>{_PART})\s+(?:ngày\s+)?|(?P<ngay>\b(?:(?:[Tt]ừ\s+|[Tt]rong\s+(?:\d|hai|ba|bốn)\s+)?[Nn]gày|[Tt]ừ)\s+(?:\(\s*)?)"
    r"|(?P<bare>))(?<![\d/.\-])(?P<d>\d{1,2})\s*(?:(?P<dash>[-–])|(?(bare)(?!)|(?:đến|tới|và)))\s*(?P<d2>\d{1,2})\s*"
    r"(?P<sep>[/.]|(?(dash)(?!)|-))"
    r"\s*(?P<m>\d{1,2})(?:\s*(?P=sep)\s*(?P<y>(?:19|20)\d\d))?(?![\d/]|\.\d)",
    re.IGNORECASE)
_DMY_WORDS = re.compile(
    r"\b(?:(?P<part>" + _PART + r")\s+)?ngày\s+(?P<d>\d{1,2})\s+tháng\s+(?P<m>\d{1,2})"
    r"(?:\s+năm\s+(?P<y>(?:19|20)\d\d))?",
    re.IGNORECASE)
_RELATIVE = re.compile(r"\b(?:(?:sáng|trưa|chiều|tối|đêm)\s+(?P<rel1>nay|qua)|hôm\s+(?P<rel2>nay|qua|kia)|"
                       r"(?P<rel3>ngày mai))\b", re.IGNORECASE)
# "hôm qua (28-4)", "sáng nay (7-1)": the day and month in brackets right after a relative day
_AFTER_RELATIVE = re.compile(r"\b(?:sáng|trưa|chiều|tối|đêm|hôm)\s+(?:nay|qua|kia)\s*[(]\s*$", re.IGNORECASE)
_WEEKDAYS = {"thứ hai": 0, "thứ ba": 1, "thứ tư": 2, "thứ năm": 3, "thứ sáu": 4, "thứ bảy": 5, "chủ nhật": 6}
# a weekday only with a part of day or `vào`/`hôm`/`ngày` before it, or opening the sentence: "buổi học thứ
# hai", "lần thứ ba", "nghỉ thứ bảy, chủ nhật" are no dates
_WEEKDAY = re.compile(rf"(?:^\s*|\b(?:{_PART}|vào|hôm|ngày)\s+)(?P<wd>thứ\s+(?:hai|ba|tư|năm|sáu|bảy)|chủ\s+nhật)\b"
                      r"(?!\s*[,]?\s*\d)", re.IGNORECASE)
_YEAR = re.compile(r"(?<![\d/–\-])\b(?:năm\s+)?(?P<y>(?:19|20)\d\d)\b(?!\s*[–\-]\s*(?:19|20)\d\d)")
_YEAR_ANY = re.compile(r"(?<![\d–\-])(?P<y>(?:19[5-9]|20[0-3])\d)\b(?!\s*[–\-]\s*(?:19|20)\d\d)")
_TERM_BEFORE = re.compile(r"(?:kỳ|khóa|khoá|–|-)\s*$")
# a dash ends a span only after a number ("2006 - 2015"), not after a name ("Tư vấn mùa thi - 2006")
_SPAN_END_BEFORE = re.compile(r"(?:kỳ|khóa|khoá|\d\s*[–-]|\bđến|\btới)\s*$", re.IGNORECASE)
_FUTURE = re.compile(r"\b(?:sẽ|dự kiến|đến năm|tới năm|mục tiêu|tầm nhìn)\b|\b(?:tới|đến|trước)\s*$|\bsau năm\s*$",
                     re.IGNORECASE)  # "Sau năm 2010 sẽ quyết định ...": a bound, not the report's year
# "nhiệm vụ năm 2006", "kế hoạch và ngân sách năm 2005", "dự toán ngân sách nhà nước 2006": a plan or budget estimate
# of a year is made in the year before (not "quyết toán ngân sách năm 2004", "thực hiện ngân sách năm 2005": accounts)
_PLAN = re.compile(r"\b(?:(?:nhiệm vụ|kế hoạch)(?:,? (?:và )?ngân sách)?|dự toán(?: (?:thu chi )?ngân sách)?"
                   r"(?: nhà nước)?)\s+(?:năm\s+)?$", re.IGNORECASE)
# no Vietnamese news site published before 1995: an earlier year is history, never the report's own
_FIRST_NEWS_YEAR = 1995
_BACKGROUND_BEFORE = re.compile(r"(?:sinh|sinh năm|sinh ngày|những năm|thập niên|từ năm|từ|kể từ|"
                                r"trước năm|hồi|mất|qua đời|hy sinh|thành lập|ra đời)\s*(?:năm\s*)?"
                                r"(?:\d{1,2}[/.-]\d{1,2}[/.-])?$", re.IGNORECASE)
_BACKGROUND_SENTENCE = re.compile(r"\b(?:kỷ niệm|thành lập|ngày sinh|lịch sử|năm xưa|trước đó|trước đây|cách đây|"
                                  r"từng|lần đầu tiên|về thăm|đã qua|năm ngoái)\b", re.IGNORECASE)
_DM_LEAD = re.compile(rf"^\s*(?:\([^)]{{1,30}}\)\s*[-–]\s*)?(?:{_PART}\s+|[Nn]gày\s+)(?:nay\s+)?"
                      r"(?P<d>\d{1,2})\s*[/.-]\s*(?P<m>\d{1,2})(?![\d/.-])", re.IGNORECASE)
_DOC_YEAR = re.compile(r"(?:Quyết định|Nghị định|Nghị quyết|Thông tư|Chỉ thị|Luật|quyết định|nghị định|ban hành)"
                       r"[^.;:]{0,30}$")
# "Năm 2004, quan hệ thương mại ... đạt 400 triệu USD, đang tiếp tục gia tăng trong năm nay", "Cuối 2003 ... nhưng
# đến nay": the year named is set against the present one, so it is not the report's year
_SINCE_THEN = re.compile(r"\b(?:trong năm nay|đến nay|tới nay|nay đã|nhưng nay)\b", re.IGNORECASE)
_PRESENT = re.compile(r"\b(?:đang|hiện nay|hiện tại|năm nay|đến nay|tính đến nay)\b", re.IGNORECASE)
_COMING = re.compile(r"\s*(?:sắp tới|tới đây|tới(?!\s+(?:ngày|nay|hôm|tháng|\d)))\b", re.IGNORECASE)
_SINCE = re.compile(r"\b(?:kể từ|từ khi|sau khi|trước khi)\b[^,.;:]*$", re.IGNORECASE)
# "gặp ... nhân chuyến công du của Tổng thống Obama đến Việt Nam từ 23 - 25.5": the span dates the occasion
_OCCASION = re.compile(r"\bnhân(?: dịp)? chuyến\b[^,.;:]*$", re.IGNORECASE)
_YEARLY = re.compile(r"\s*,?\s*(?:hằng|hàng)\s+năm\b", re.IGNORECASE)
_UNTIL = re.compile(r"\b(?:đến|tới)(?:\s+hết)?\s*$", re.IGNORECASE)
_REVIEW = re.compile(r"tổng kết", re.IGNORECASE)
# "hội nghị tổng kết năm 2005", "tổng kết 5 năm (2001-2005)", "tổng kết công tác nhiệm kỳ 2001-2005": the year or span
# reviewed is over, so a day of the first half-year is of the year after it
_REVIEWED = re.compile(r"\btổng kết\b[^.;:\n]{0,50}?(?:\bnăm\s+|(?:19|20)\d\d\s*[-–]\s*)"
                       r"(?P<y>(?:19|20)\d\d)\b(?![/.\-]\d)", re.IGNORECASE)
_REVIEW_SEASON_END = 6  # reviews of a year are held from its last weeks to the middle of the next
# whole words: "đời sống (NLĐ)- Ngày 30-3" names no document; "ký kết ngày 24/4/2021 tại TP Cần Thơ" is a signing
_DOC = re.compile(r"\b(?:số|Nghị quyết|Quyết định|Chỉ thị|Kết luận|Thông tư|Nghị định|Công văn|Luật|ký(?! kết)|"
                  r"ban hành)\b[^,.;]{0,40}$", re.IGNORECASE)


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    iso: str | None  # None when the year (or the whole date) cannot be worked out
    strong: bool  # with a part of day or at the start of the sentence


def _year_for(day: int, month: int, published: date | None, sentence: str, text_year: int | None) -> int | None:
    if published:
        year = published.year
        if month - published.month > 6:
            year -= 1
        elif published.month - month > 9:
            year += 1
        return year
    # a plan's year ("nghị quyết về nhiệm vụ năm 2006") is the year after the one it is made in
    years = {_plan_year(int(m.group("y")), month) if _PLAN.search(sentence, max(0, m.start() - 45), m.start())
             else int(m.group("y")) for m in _YEAR.finditer(sentence)
             if not _background(sentence, m) and not _period_of_results(sentence, m)
             and not _DOC_YEAR.search(sentence, max(0, m.start() - 45), m.start())
             and not _SPAN_END_BEFORE.search(sentence, max(0, m.start() - 12), m.start())
             and not _target(sentence, m) and not _coming_year(sentence, m)}  # to come: the text's years settle it
    # the end of a span or a target ("(giai đoạn 2006 - 2015)", "ổn định dân số đến năm 2010") is no event's year
    if len(years) == 1:
        year = years.pop()
        # a review of the year just ended, held early in the next one ("tổng kết năm 2005", 17-1)
        return year + 1 if month <= _REVIEW_SEASON_END and _REVIEW.search(sentence) else year
    return text_year


def _target(text: str, m: re.Match[str]) -> bool:
    """A year the clause sets as a target or plan ("đã đặt ra mục tiêu như vậy vào năm 2020 tại hội thảo ... diễn ra
    ngày 14-3"): no year of the sentence's day."""
    if _DAY_MONTH_BEFORE.search(text, max(0, m.start() - 16), m.start()):
        return False  # "sẽ được tổ chức vào lúc 18h ngày 7/7 năm 2005": the year of the day written
    return _FUTURE.search(text, max(m.start() - _TARGET_REACH, _clause_start(text, m.start())), m.start()) is not None


_DAY_MONTH_BEFORE = re.compile(r"\d{1,2}\s*[/.\-]\s*\d{1,2}\s+năm\s+$", re.IGNORECASE)
# the words of a target stand close before its year in the clause; a 'sẽ' further back may be a headline's run into
# the lede ("Chính phủ sẽ ban hành nghị định ... (NLĐ)- Tham dự hội nghị cử tuyển 2006 ... ngày 20-1")
_TARGET_REACH = 30


def _background(text: str, m: re.Match[str]) -> bool:
    """A year of the past the article looks back on (a birth, a founding, a former visit), not its own."""
    if int(m.group("y")) < _FIRST_NEWS_YEAR or _BACKGROUND_BEFORE.search(text, max(0, m.start() - 25), m.start()):
        return True
    if text[m.start() - 1:m.start()] == "(" and text[m.end():m.end() + 1] == ")":
        return True  # "Nguyễn Mạnh Hùng (1986)": a birth year
    start = max(text.rfind(c, 0, m.start()) for c in ".!?\n")
    return bool(_BACKGROUND_SENTENCE.search(text, start + 1, m.start()))


# ", trong năm 2005, đã thực hiện duy tu cầu đường 127 tỉ đồng", "Trong 2 năm 2003 và 2004, ... đã tài trợ", "mức thu
# nhập 290 USD/người ở thời điểm năm 2005": a clause framed by the period a figure is counted over tells results, not a
# year the text ties to its event (but "làm việc về tình hình hoạt động ... trong năm 2005" is the meeting's subject)
_RESULTS_PERIOD = re.compile(r"(?:(?:^|[.,;:\n\-–]\s*)(?:trong|suốt)\s+(?:(?:\d+|hai|ba|bốn|năm)\s+)?năm\s+"
                             r"(?:(?:19|20)\d\d\s*(?:và|,)\s*)?|\bthời điểm\s+(?:năm\s+)?)$", re.IGNORECASE)
_FRAME_END = re.compile(r"\s*(?:(?:và|,)\s*(?:19|20)\d\d\s*)?,")


def _period_of_results(text: str, m: re.Match[str]) -> bool:
    before = _RESULTS_PERIOD.search(text, max(0, m.start("y") - 30), m.start("y"))
    return before is not None and ("thời điểm" in before.group(0).lower() or bool(_FRAME_END.match(text, m.end("y"))))


def is_digest(text: str) -> bool:
    """Several items, each a paragraph opened by its own date ("Sáng 2/6, ..."; "Ngày 5/6, ...")."""
    seen = set()
    for para in text.split("\n"):
        m = _DM_LEAD.search(para[:60])
        if m:
            seen.add((int(m.group("d")), int(m.group("m"))))
    return len(seen) >= 2


@dataclass
class _Years:
    own: list[int]  # years the text names for its own time
    current: list[int]  # of those, the ones of sentences in the present tense ("đầu năm 2016 có ... và đang")
    plans: list[int]  # years of plans ("nhiệm vụ năm 2006"): made late in the year before or early in that year
    planned: list[int]  # years of planned full dates ("dự kiến ... từ ngày 24/9/2016")
    coming: list[int]  # years to come or to achieve ("năm 2006 sẽ là", "phấn đấu để năm 2006"): now or next year


def _sentence(text: str, m: re.Match[str]) -> tuple[int, int]:
    start = max(text.rfind(c, 0, m.start()) for c in ".!?\n") + 1
    ends = [e for e in (text.find(c, m.end()) for c in ".!?\n") if e >= 0]
    return start, min(ends) if ends else len(text)


def _years(text: str, start: int, end: int) -> _Years:
    out = _Years([], [], [], [], [])
    for m in _YEAR_ANY.finditer(text, start, end):
        if _TERM_BEFORE.search(text, max(0, m.start() - 12), m.start()) or _background(text, m) \
                or _DOC_YEAR.search(text, max(0, m.start() - 45), m.start()):
            continue
        year = int(m.group("y"))
        if _PLAN.search(text, max(0, m.start() - 45), m.start()):
            out.plans.append(year)
        elif _FUTURE.search(text, max(0, min(m.start() - 80, _clause_start(text, m.start()))), m.start()):
            if text[m.start() - 1:m.start()] in ("/", "."):
                out.planned.append(year)
        elif _coming_year(text, m):
            if not _deadline(text, m):
                out.coming.append(year)
        elif not _period_of_results(text, m):
            out.own.append(year)
            a, b = _sentence(text, m)
            if _PRESENT.search(text, a, b) and not _SINCE_THEN.search(text, a, b):
                out.current.append(year)
    return out


@cache
def _year_cue(kind: str) -> str:
    return "|".join(re.escape(row[1]) for row in table("year_cues.tsv") if row[0] == kind and len(row) > 1)


@cache
def _coming_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    return (re.compile(rf"\s*,?\s*(?:{_year_cue('coming_after')})\b", re.IGNORECASE),
            re.compile(rf"\b(?:{_year_cue('coming_before')})\s+(?:năm\s+)?$", re.IGNORECASE))


def _coming_year(text: str, m: re.Match[str]) -> bool:
    """ "năm 2006 sẽ là ...", "Năm 2006 không để xảy ra dịch", "phấn đấu để năm 2006, ...": a year to come."""
    after, before = _coming_patterns()
    at, end = m.start("y"), m.end("y")
    # "năm 2006 sẽ", not "30/4/2008 phải" nor a quantity of the year ("từ 7,2 tỉ USD năm 2004 sẽ tăng lên")
    named = re.search(r"\bnăm\s+$", text[max(0, at - 6):at], re.IGNORECASE) \
        and not re.search(r"\d", text[max(0, at - 25, _clause_start(text, at)):at])
    return bool(named and after.match(text, end) or before.search(text, max(0, at - 30), at))


def _deadline(text: str, m: re.Match[str]) -> bool:
    ends = [e for e in (text.find(c, m.end()) for c in ",;.!?\n") if e >= 0]
    clause = text[_clause_start(text, m.start()):min(ends) if ends else len(text)]
    return re.search(rf"\b(?:{_year_cue('deadline')})\b", clause, re.IGNORECASE) is not None


_LATE_MONTH = 10  # from October a year to come is the next one ("Ngày 28-12, ... năm 2006 sẽ là")


def _settle(known: list[int], coming: list[int] | tuple[int, ...], month: int | None) -> int | None:
    """The article's year from the years it names as its own or past (known) and as to come: a coming year is
    this year, or the next one late in a year; a coming year beyond the next is a target that says nothing."""
    late = month is not None and month >= _LATE_MONTH
    if not known:
        return (min(coming) - late) if coming else None
    year = max(known)
    ahead = [y for y in coming if y > year]
    return year + 1 if ahead and min(ahead) == year + 1 and not late else year


def _clause_start(text: str, at: int) -> int:
    """Where the clause holding `at` begins: "đề ra mục tiêu nâng kim ngạch ... lên 10 tỷ USD vào năm 2010" is a
    target however long the clause."""
    return max(text.rfind(c, 0, at) for c in ",;:.!?\n") + 1


def _plan_year(plan: int, month: int | None) -> int:
    """`nhiệm vụ năm 2006` is discussed late in 2005 or early in 2006."""
    return plan - 1 if month is None or month >= 7 else plan


def text_year(text: str) -> int | None:
    """The latest year an undated article names for its own time (outside plans, terms, background
    and history); None if it names none, or when the article is a digest of items of several days:
    one item's year is no other item's."""
    if is_digest(text):
        return None
    found = _years(text, 0, len(text))
    years = found.own + [_plan_year(p, None) for p in found.plans]
    if years or found.coming:
        return _settle(years, found.coming, None)
    return min(found.planned) if found.planned else None  # only planned dates named: the nearest one is this year


_FOLLOW_DAYS = 14  # a report follows the incident it tells of within days; an older full date is background
_DOCUMENT_DAYS = 60  # a decree or directive is carried out at meetings held in the weeks after it is issued


@dataclass(frozen=True)
class TextYears:
    """The years an undated article lends to a day and month: the year of the date's own paragraph;
    else the year its plans imply or a year of a sentence in the present tense. A year in another
    paragraph (another item, the history of the story) is not the event's."""
    # start, end, own years, plans, years to come
    paragraphs: tuple[tuple[int, int, tuple[int, ...], tuple[int, ...], tuple[int, ...]], ...]
    current: tuple[int, ...]
    plans: tuple[int, ...]
    planned: int | None
    coming: tuple[int, ...] = ()
    full_dates: tuple[tuple[int, int, int], ...] = ()  # (day, month, year) the text writes in full
    anniversary: int | None = None  # "kỷ niệm 31 năm ngày giải phóng miền Nam": 1975 + 31
    reported_dates: tuple[tuple[int, int, int], ...] = ()  # full dates not of a plan or deadline ("đến ngày 30/4/2008")
    months: tuple[tuple[int, int], ...] = ()  # (month, year) printed, not of a plan or deadline ("tháng 3/2005")
    lunar: tuple[tuple[int, bool], ...] = ()  # lunar years named ("Tết Bính Tuất": 2006), True for a Tết or spring
    reviewed: int | None = None  # the latest year a review ("tổng kết năm 2005") tells as over
    # (day, month, year) of anniversaries held on their day: "kỷ niệm lần thứ 74 ngày mất" of one who died "ngày
    # 6-9-1931" is held on 6-9-2005
    anniversary_days: tuple[tuple[int, int, int], ...] = ()
    school_years: tuple[int, ...] = ()  # years of the school years named, from August ("năm học 2005-2006": 2005)
    tet_days: tuple[tuple[int, int, int], ...] = ()  # (day, month, year) written with their place in Tết
    festive: int | None = None  # the year of a Tết season the text is set in ("chúc Tết" + "năm 2005 đã ...": 2006)
    documents: tuple[tuple[int, int, int], ...] = ()  # (day, month, year) of documents ("Nghị định ... ngày 27-1-2006")

    def tet_at(self, month: int, day: int) -> int | None:
        """The year of "29/1 (tức mùng 1 Tết)": the calendar settles it, before any year the sentence names."""
        years = {y for d, m, y in self.tet_days if (d, m) == (day, month)}
        return years.pop() if len(years) == 1 else None

    def after_review(self, month: int, year: int | None) -> int | None:
        """A day of the first half-year in a text that reviews a year just ended ("tổng kết hoạt động năm 2004") is of
        the year after it, whatever year over its sentence names ("mít tinh sáng 3-2 ... hoàn thành xuất sắc nhiệm vụ
        trong năm 2004")."""
        if self.reviewed is None or month > _REVIEW_SEASON_END or year is None or year > self.reviewed:
            return year
        return self.reviewed + 1

    def festive_at(self, month: int) -> int | None:
        """The year of a day of the Tết season the text is set in, before any year the sentence names: "Chiều 4-2,
        ... chúc Tết 5 hộ gia đình tiêu biểu trong phong trào hiến đất ... năm 2004" is of 2005."""
        return self.festive if month <= _FESTIVE_LAST_MONTH else None

    def lunar_at(self, month: int) -> int | None:
        """The year a lunar year's name gives a day of `month`: "Tết Bính Tuất" (2006) is prepared for late in
        2005 and held early in 2006; "năm Bính Thân" is 2016. None unless the names agree."""
        years = {year - (festive and month >= _TET_SEASON_START) for year, festive in self.lunar}
        return years.pop() if len(years) == 1 else None

    def at(self, offset: int, month: int | None = None, day: int | None = None) -> int | None:
        same = {y for d, m, y in self.full_dates if (d, m) == (day, month)}
        if len(same) == 1:  # "Sáng 21/4" where the text also writes "21/4/2006": that day
            return same.pop()
        same = {y for d, m, y in self.anniversary_days if _near_day(d, m, day, month)}
        if len(same) == 1:  # the anniversary's day, or a day of the weeks around it ("Ngày 15/8, tại lễ mít tinh")
            return same.pop()
        year = self._told(offset, month, day)
        if self.reviewed is None or month is None or month > _REVIEW_SEASON_END:
            return year
        return self.reviewed + 1 if year is None or year <= self.reviewed else year

    def _told(self, offset: int, month: int | None, day: int | None) -> int | None:
        for start, end, own, plans, coming in self.paragraphs:
            if start <= offset < end and (own or plans or coming):
                return _settle(list(own) + [_plan_year(p, month) for p in plans], coming, month)
        if self.school_years and month is not None and month >= _SCHOOL_YEAR_START:
            return max(self.school_years)  # "ngày 4-9" when the text opens "năm học mới 2005-2006": 2005
        years = list(self.current) + [_plan_year(p, month) for p in self.plans]
        if years:
            return _settle(years, self.coming, month)
        near = {y for y in {y for _, _, y in self.reported_dates} if self._follows(y, month, day)}
        near |= {y for m, y in self.months if m == month}  # "Sáng 12/3" in a text of "từ tháng 3 đến 12/2005"
        if len(near) == 1:  # "sáng 27/5" in a text that tells of "ngày 21/5/2016" six days before: that year
            return near.pop()
        issued = self._after_documents(month, day)
        if len(issued) == 1:  # "Ngày 14-2, ... hội nghị triển khai thực hiện Nghị định 17/2006/NĐ-CP ngày 27-1-2006"
            return issued.pop()
        if self.planned is not None:
            return self.planned
        return self.anniversary if self.anniversary is not None else _settle([], self.coming, month)

    def _after_documents(self, month: int | None, day: int | None) -> set[int]:
        """The years in which (day, month) falls within _DOCUMENT_DAYS after a document the text dates in full: a
        meeting that carries out a decree is held after it is issued."""
        if month is None or day is None:
            return set()
        out = set()
        for d, m, y in self.documents:
            for year in (y, y + 1):
                when = _iso(year, month, day)
                issued = _iso(y, m, d)
                if when and issued and 0 <= (date.fromisoformat(when) - date.fromisoformat(issued)).days \
                        <= _DOCUMENT_DAYS:
                    out.add(year)
        return out

    def tied(self, month: int, day: int) -> int | None:
        """The one year a full date the text writes ties (day, month) to: the same day written in full, a document
        issued in the weeks before it ("Nghị định 03/2006/NĐ-CP ..., ban hành ngày 6-1-2006" for "sáng nay (7-1)"), a
        full date of the days before; None when none or several. Plans, targets and anniversaries do not count."""
        years = {y for d, m, y in self.full_dates if (d, m) == (day, month)} | self._after_documents(month, day)
        years |= {y for y in {y for _, _, y in self.reported_dates} if self._follows(y, month, day)}
        return years.pop() if len(years) == 1 else None

    def _follows(self, year: int, month: int | None, day: int | None) -> bool:
        """(day, month) of `year` falls within _FOLLOW_DAYS after a full date of that year the text writes."""
        if month is None or day is None:
            return False
        try:
            when = date(year, month, day)
        except ValueError:
            return False
        return any(y == year and 0 <= (when - date(y, m, d)).days <= _FOLLOW_DAYS
                   for d, m, y in self.reported_dates if _iso(y, m, d))


# "Thêm nhiều điểm bùng phát dịch cúm gia cầm(08/11/2005)": a line linking a related article by its own date (VnExpress)
_LINK_LINE = re.compile(r"^[^\n]{1,200}\(\s*\d{1,2}/\d{1,2}/(?:19|20)\d\d\s*\)[ \t]*$", re.MULTILINE)


def _without_links(text: str) -> str:
    """The text with its related-article lines blanked (offsets kept): the date of another article is none of this
    one's years."""
    return _LINK_LINE.sub(lambda m: " " * len(m.group(0)), text)


def year_context(text: str) -> TextYears | None:
    if is_digest(text):
        return None
    text = _without_links(text)
    paragraphs = []
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        found = _years(text, start, end)
        paragraphs.append((start, end + 1, tuple(found.own), tuple(found.plans), tuple(found.coming)))
        start = end + 1
    found = _years(text, 0, len(text))
    full: list[tuple[int, int, int]] = []
    reported: list[tuple[int, int, int]] = []
    documents: list[tuple[int, int, int]] = []
    for rx in (_RANGE, _DMY_WORDS, _DM):
        for m in rx.finditer(text):
            lead = _opening(text, m)
            if m.group("y") and int(m.group("y")) >= _FIRST_NEWS_YEAR \
                    and _DOC.search(text, max(lead, m.start() - 60), m.start()):
                documents.append((int(m.group("d")), int(m.group("m")), int(m.group("y"))))
            if m.group("y") and not _DOC.search(text, max(lead, m.start() - 60), m.start()) \
                    and not _background(text, m):
                full.append((int(m.group("d")), int(m.group("m")), int(m.group("y"))))
                if not _FUTURE.search(text, max(lead, m.start() - 25), m.start()):
                    reported.append(full[-1])
    tet = tet_dates(text)
    reported.extend(tet)
    return TextYears(tuple(paragraphs), tuple(found.current), tuple(found.plans),
                     min(found.planned) if found.planned else None, tuple(found.coming), tuple(full),
                     anniversary_year(text), tuple(reported), _printed_months(text), lunar_years(text),
                     max((int(m.group("y")) for m in _REVIEWED.finditer(text)), default=None),
                     anniversary_days(text), school_years(text), tet, festive_year(text), tuple(documents))


# a month with its year ("tháng 3/2005", "tháng 3 năm 2005", "3/2005") or a month range starting at it ("từ tháng 3
# đến 12/2005"): a day of that month the text tells without its year is of that year
_MONTH_YEAR = re.compile(
    r"\btừ\s+tháng\s+(?P<m0>\d{1,2})\s*(?:đến|tới|-|–)\s*(?:tháng\s*)?\d{1,2}\s*[/.\-]\s*(?P<y0>(?:19|20)\d\d)"
    r"|\btháng\s+(?P<m1>\d{1,2})\s*(?:[/.\-]|\s+năm\s+)\s*(?P<y1>(?:19|20)\d\d)"
    r"|(?<![\d/.\-])(?P<m2>\d{1,2})/(?P<y2>(?:19|20)\d\d)(?![\d/])",
    re.IGNORECASE)




def event_cue(kind: str, flags: int = 0) -> re.Pattern[str]:
    """Cue phrases of events and dates (event_cues.tsv) of one kind."""
    return phrase_pattern("event_cues.tsv", kind, flags)


@cache
def event_cue_words(kind: str) -> tuple[str, ...]:
    """The phrases of one kind of event_cues.tsv, as written, in their order."""
    return tuple(row[1] for row in table("event_cues.tsv") if row[0] == kind and len(row) > 1)


def _printed_months(text: str) -> tuple[tuple[int, int], ...]:
    out = []
    for m in _MONTH_YEAR.finditer(text):
        k = next(i for i in "012" if m.group("m" + i))
        month, year = int(m.group("m" + k)), int(m.group("y" + k))
        at = m.start("y" + k)
        if not 1 <= month <= 12 or year < _FIRST_NEWS_YEAR or _DOC.search(text, max(0, m.start() - 60), m.start()) \
                or _FUTURE.search(text, max(0, m.start() - 25), m.start()) \
                or event_cue("target", re.IGNORECASE).search(text, _clause_start(text, m.start()), m.start()) \
                or _BACKGROUND_BEFORE.search(text, max(0, m.start() - 25), m.start()) \
                or _BACKGROUND_SENTENCE.search(text, max(text.rfind(c, 0, at) for c in ".!?\n") + 1, at):
            continue
        out.append((month, year))
    return tuple(out)


# "Đại hội Đảng bộ quận 5 - TPHCM, nhiệm kỳ 2005-2010 chính thức khai mạc", "Đại hội ... lần thứ VIII (nhiệm kỳ
# 2006-2010)": the term a congress opens
_TERM_OPENED = re.compile(r"(?<!\w)[Đđ]ại hội(?!\w)(?P<between>[^.;:\n]{0,120}?)\bnhiệm kỳ\s*"
                          r"(?P<a>(?:19|20)\d\d)\s*[-–]\s*(?P<b>(?:19|20)\d\d)(?!\d)", re.IGNORECASE)
_TERM_LATE_MONTH = 7  # a term counted from the year after ("2006-2010") is opened in the last months before it


@cache
def _term_review() -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{_year_cue('term_review')})(?!\w)", re.IGNORECASE)


def term_year(sentence: str, month: int) -> int | None:
    """The year of a congress the sentence opens a term at, in an undated text: a term of five years counted from
    its congress ("nhiệm kỳ 2005-2010", "2006-2011") is opened in its first year; one counted from the year after
    ("nhiệm kỳ 2006-2010") in the second half of the year before ("Sáng qua, 27-12, ... khai mạc Đại hội Đại biểu
    Quân đội lần thứ VIII (nhiệm kỳ 2006-2010)": 2005) or early in its first. None when none is opened or the terms
    disagree."""
    years = set()
    for m in _TERM_OPENED.finditer(sentence):
        first, last = int(m.group("a")), int(m.group("b"))
        if _term_review().search(m.group("between")) or first < _FIRST_NEWS_YEAR or last - first not in (4, 5):
            continue
        years.add(first - 1 if last - first == 4 and month >= _TERM_LATE_MONTH else first)
    return years.pop() if len(years) == 1 else None


_TET_SEASON_START = 7  # from July a Tết named is the coming one
_FESTIVE_LAST_MONTH = 2  # Tết falls between 21 January and 20 February: its visits and greetings are of those months
_NAMED_YEAR = re.compile(r"\b(?:[Nn]ăm|[Tt]ết|[Xx]uân)\s+(?P<y>(?:19|20)\d\d)\b(?!\s*[–\-/]\s*\d)")


@cache
def _festive_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    return (re.compile(rf"(?<!\w)(?:{_year_cue('festive')})(?!\w)", re.IGNORECASE),
            re.compile(rf"(?<!\w)(?:{_year_cue('current_before')})\s+(?:năm\s+)?$", re.IGNORECASE),
            re.compile(rf"(?<!\w)(?:{_year_cue('current_modal')})(?!\w)", re.IGNORECASE))


def festive_year(text: str) -> int | None:
    """The year of the Tết season an undated text is set in: the latest year it names ("năm 2005", "Tết 2006") if
    it tells that year as current ("đầu năm 2006", "trong năm 2006, TP sẽ") or as one to come, else the year after
    it, the year the text tells as over ("năm 2005, bệnh viện đã khám cho hơn 1,1 triệu lượt bệnh nhân"). None
    without a Tết cue or a year; targets, terms, documents and history are no years of the text."""
    festive, before, modal = _festive_patterns()
    if not festive.search(text):
        return None
    known: dict[int, bool] = {}
    coming: set[int] = set()
    for m in _NAMED_YEAR.finditer(text):
        year, at = int(m.group("y")), m.start()
        if _background(text, m) or _DOC_YEAR.search(text, max(0, at - 45), at):
            continue
        if _FUTURE.search(text, max(0, at - 25, _clause_start(text, at)), m.start("y")) or _coming_year(text, m):
            coming.add(year)
            continue
        a, b = _sentence(text, m)
        current = bool(before.search(text, max(0, m.start("y") - 20), m.start("y")) or modal.search(text, a, b))
        known[year] = known.get(year, False) or current
    if not known:
        return None
    year = max(known)
    return year if known[year] or year in coming else year + 1

# a school year runs from September (opened in August's last weeks) to May: a day from August on in a text of "năm học
# 2005-2006" is of 2005; an earlier day may be of 2006 or of a spring that prepares it, so it is left to other cues
_SCHOOL_YEAR_START = 8


@cache
def _school_year_pattern() -> re.Pattern[str]:
    words = "|".join(re.escape(row[1]) for row in table("year_cues.tsv") if row[0] == "school_year")
    return re.compile(rf"\b(?:{words})\s+(?:mới\s+)?(?P<y>(?:19|20)\d\d)\s*[-–]\s*(?P<z>(?:19|20)\d\d)\b",
                      re.IGNORECASE)


def school_years(text: str) -> tuple[int, ...]:
    """The years from August on that the school years a text names belong to, from 1995 on: "năm học mới 2005-2006"
    opens in 2005; "Hội nghị tổng kết năm học 2004-2005" reviews a year that ended in 2005."""
    out = set()
    for m in _school_year_pattern().finditer(text):
        first = int(m.group("y"))
        if int(m.group("z")) == first + 1 and first >= _FIRST_NEWS_YEAR:
            out.add(first + 1 if _REVIEW.search(text, max(0, m.start() - 40), m.start()) else first)
    return tuple(sorted(out))


@cache
def _lunar_names() -> tuple[re.Pattern[str], dict[str, int], dict[str, int]]:
    stems = {row[1]: int(row[2]) for row in table("year_cues.tsv") if row[0] == "lunar_stem"}
    branches = {row[1]: int(row[2]) for row in table("year_cues.tsv") if row[0] == "lunar_branch"}
    rx = re.compile(rf"\b(?P<kind>[Tt]ết|[Xx]uân|[Nn]ăm)\s+(?:[Nn]guyên\s+[Đđ]án\s+)?(?P<s>{'|'.join(stems)})\s+"
                    rf"(?P<b>{'|'.join(branches)})\b")
    return rx, stems, branches


def lunar_years(text: str) -> tuple[tuple[int, bool], ...]:
    """The lunar years an article names for its own time ("nhân dịp Tết Bính Tuất": 2006), each with whether it is
    named by its Tết or spring. A name is read within 60 years from 1995 only when the text prints no year or one
    next to it, and not in a sentence of history: "Tết Mậu Thân 1968" is no 2028."""
    rx, stems, branches = _lunar_names()
    printed = {int(y) for y in _YEAR4.findall(text)}
    out = []
    for m in rx.finditer(text):
        stem, branch = stems[m.group("s")], branches[m.group("b")]
        year = next((y for y in range(_FIRST_NEWS_YEAR, _FIRST_NEWS_YEAR + 60) if y % 10 == stem and y % 12 == branch),
                    None)
        if year is None or (printed and not printed & {year - 1, year, year + 1}):
            continue
        start = max(text.rfind(c, 0, m.start()) for c in ".!?\n") + 1
        if _BACKGROUND_SENTENCE.search(text, start, m.start()):
            continue
        out.append((year, m.group("kind").lower() != "năm"))
    return tuple(out)


# "29/1 (tức mùng 1 Tết)", "tối 28/1 (tức 30 Tết)", "ngày 24-1 (mồng 3 Tết)": a day written with its place in Tết (not
# a span, "30/1 (mùng 2 đến mùng 9 Tết)"); "29 Tết" and "30 Tết" are the last days of the lunar year
_TET_DAY = re.compile(r"(?<![\d/.-])(?P<d>\d{1,2})\s*[/.-]\s*(?P<m>\d{1,2})(?![\d/.-])\s*[(,]?\s*(?:(?:tức|nhằm)\s+)?"
                      r"(?:ngày\s+)?(?:(?:mùng|mồng)\s*(?P<n>[1-9]|10)|(?P<eve>29|30))\s+tết\b", re.IGNORECASE)
_TET_YEAR_REACH = 2  # the year found must be within this of a year the text prints (Tết days recur every 19 years)


@cache
def _tet_days() -> dict[int, date]:
    return {int(y): date(int(y), *map(int, md.split("-"))) for y, md in table("tet_dates.tsv")}


def tet_dates(text: str) -> tuple[tuple[int, int, int], ...]:
    """(day, month, year) of the days a text writes with their place in Tết: "29/1 (tức mùng 1 Tết)" is 29-1-2006 in
    a text that prints 2005 or 2006. A year is given only when one year's Tết fits the day near a year printed."""
    printed = {int(y) for y in _YEAR4.findall(text)}
    out = []
    for m in _TET_DAY.finditer(text):
        day, month = int(m.group("d")), int(m.group("m"))
        offsets = (int(m.group("n")) - 1,) if m.group("n") else (-1,) if m.group("eve") == "30" else (-1, -2)
        years = {y for y, tet in _tet_days().items() for k in offsets
                 if (tet + timedelta(days=k)).timetuple()[1:3] == (month, day)
                 and any(abs(y - p) <= _TET_YEAR_REACH for p in printed)}
        if len(years) == 1:
            out.append((day, month, years.pop()))
    return tuple(out)


_ANNIVERSARY = re.compile(r"\bkỷ niệm\s+(?:lần thứ\s+)?(?P<n>\d{1,3})\s+năm\s+(?=(?P<rest>[^.;:\n]{1,80}))",
                          re.IGNORECASE)


@cache
def _anniversary_days() -> tuple[tuple[str, int], ...]:
    days = ((fold(k).lower(), int(v)) for k, v in mapping("anniversaries.tsv").items())
    return tuple(sorted(days, key=lambda kv: -len(kv[0])))


def anniversary_year(text: str) -> int | None:
    """The year an article counts anniversaries of well-known days to (`anniversaries.tsv`): "kỷ niệm 31 năm ngày
    giải phóng miền Nam 30/4" with "mùa xuân 1975" printed in the text is of 2006. The year counted from must be
    printed (or the year it comes to): a reader who needs outside knowledge for it has no year from the text. None
    when none is counted or two counts disagree."""
    years = set()
    for m in _ANNIVERSARY.finditer(text):
        printed = _bracketed_anniversary(m.group("rest"), int(m.group("n")))
        if printed is not None:
            years.add(printed)
            continue
        rest = fold(m.group("rest")).lower()
        for phrase, year in _anniversary_days():
            if rest.startswith(phrase) or rest.startswith(fold("ngày") + " " + phrase):
                if _printed_year(text, year) or _printed_year(text, year + int(m.group("n"))):
                    years.add(year + int(m.group("n")))
                break
    return years.pop() if len(years) == 1 else None


_COUNT = re.compile(r"\bkỷ niệm\s+(?:lần thứ\s+)?(?P<n>\d{1,3})\b(?![/.,\-]\d)", re.IGNORECASE)


def anniversary_days(text: str) -> tuple[tuple[int, int, int], ...]:
    """The days an undated article holds anniversaries on: a day and month written in full with a year of history
    ("ngày 6-9-1931"), counted by a "kỷ niệm (lần thứ) N" that brings it to a year of news. A day two counts would
    bring to different years is left out."""
    counts = {int(m.group("n")) for m in _COUNT.finditer(text)}
    if not counts:
        return ()
    found: dict[tuple[int, int], set[int]] = {}
    for rx in (_DMY_WORDS, _DM):
        for m in rx.finditer(text):
            if not m.group("y") or int(m.group("y")) >= _FIRST_NEWS_YEAR:
                continue
            years = {int(m.group("y")) + n for n in counts} & set(range(_FIRST_NEWS_YEAR, _LAST_NEWS_YEAR + 1))
            found.setdefault((int(m.group("d")), int(m.group("m"))), set()).update(years)
    return tuple((d, mo, ys.pop()) for (d, mo), ys in found.items() if len(ys) == 1)


_AROUND_DAYS = 45


def _near_day(d: int, m: int, day: int | None, month: int | None) -> bool:
    """(day, month) within _AROUND_DAYS of (d, m) in one year."""
    if day is None or month is None:
        return False
    try:
        return abs((date(2001, month, day) - date(2001, m, d)).days) <= _AROUND_DAYS
    except ValueError:
        return False


_LAST_NEWS_YEAR = 2030
_BRACKET = re.compile(r"^[^()]{0,70}\((?P<inner>[^()]{4,40})\)")
_YEAR4 = re.compile(r"(?<!\d)(?:19|20|1[0-8])\d\d(?!\d)")


def _bracketed_anniversary(rest: str, n: int) -> int | None:
    """The year of "kỷ niệm N năm" from the years bracketed after it: a span whose ends lie N years apart
    ("(9/9/1969-9/9/2004)", "(1981-2016)") ends in it; a lone year is the one counted from when N years on is a
    year of news ("kỷ niệm 60 năm (6/1/1946)": 2006), else the anniversary's own ("(23-9-2005)")."""
    m = _BRACKET.match(rest)
    if m is None:
        return None
    years = [int(y) for y in _YEAR4.findall(m.group("inner"))]
    if len(years) == 2 and years[0] + n == years[1]:
        return years[1] if _FIRST_NEWS_YEAR <= years[1] <= _LAST_NEWS_YEAR else None
    if len(years) != 1:
        return None
    if _FIRST_NEWS_YEAR <= years[0] + n <= _LAST_NEWS_YEAR:
        return years[0] + n
    return years[0] if _FIRST_NEWS_YEAR <= years[0] <= _LAST_NEWS_YEAR else None


def _printed_year(text: str, year: int) -> bool:
    return re.search(rf"(?<!\d){year}(?!\d)", text) is not None


def _opening(text: str, m: re.Match[str]) -> int:
    """Where the words that may qualify a date begin: a capitalised date word inside a line ("... sẽ cao hơn Ngày
    23-12-2005, ...": a VNTC headline run into its lede) opens a sentence, so nothing before it bears on the date."""
    return m.start() if m.start() > 0 and text[m.start()].isupper() else 0


def _iso(y: int | None, m: int, d: int) -> str | None:
    if y is None:
        return None
    try:
        return date(y, m, d).isoformat()
    except ValueError:
        return None


def find_dates(sentence: str, offset: int, published: date | None,
               year: int | TextYears | None = None) -> list[DateMention]:
    """year: what an undated article lends to a day and month (see TextYears)."""
    context = year if isinstance(year, TextYears) else None
    if context:
        year = context.at(offset)
    out: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    spans: list[tuple[int, str, str]] = []  # ranges: index in out, first and last day
    for rx in (_RANGE, _DMY_WORDS, _DM):
        for m in rx.finditer(sentence):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            d, mo = int(m.group("d")), int(m.group("m"))
            if not (1 <= d <= 31 and 1 <= mo <= 12) or (rx is _RANGE and not d < int(m.group("d2")) <= 31):
                continue
            groups = m.groupdict()
            part = groups.get("part")
            bracketed = None  # "sáng nay (7-1)" in an undated text: the year of a full date written days before it
            if rx is _DM and not part and not groups.get("ngay") and m.group("sep") != "/" and not m.group("y"):
                if published or not context or not _AFTER_RELATIVE.search(sentence, max(0, m.start() - 16), m.start()):
                    continue  # "1-2" is no date
                bracketed = context.tied(mo, d)
                if bracketed is None:
                    continue
            lead = _opening(sentence, m)
            if _DOC.search(sentence, lead, m.start()) and not part:
                continue
            lent = context.at(offset + m.start(), mo, d) if context else year
            lunar = context and (context.tet_at(mo, d) or context.lunar_at(mo) or context.festive_at(mo))
            opened = None if published or m.group("y") or lunar else term_year(sentence, mo)
            y = int(m.group("y")) if m.group("y") else bracketed or lunar or opened \
                or _year_for(d, mo, published, sentence, lent)
            if context and not (m.group("y") or lunar or opened or bracketed):
                y = context.after_review(mo, y)
            # a bare range ("Chuyến đi (8-11/2) của đô đốc ...") tells a span, not the day reported
            strong = bool(part) or bool(groups.get("ngay")) or rx is _DMY_WORDS or m.start() < 12 and rx is _DM
            if _FUTURE.search(sentence, max(lead, m.start() - 25), m.start()):
                strong = False  # "dự kiến ngày 15/5": a plan, not the event reported
            if rx is _RANGE and _OCCASION.search(sentence, max(lead, m.start() - 90), m.start()):
                strong = False
            if rx is _RANGE and _FUTURE.search(sentence, lead, m.start()):
                strong = False  # "sẽ sang thăm hữu nghị chính thức Việt Nam từ ngày 10 đến 12/10": a visit to come
            if m.group("y") and int(m.group("y")) < _FIRST_NEWS_YEAR:
                strong = False  # "kỷ niệm 46 năm Ngày Giải phóng miền Nam (30/4/1975 - 30/4/2021)": history
            if _YEARLY.match(sentence, m.end()):
                strong = False  # "lấy ngày 19/8 hằng năm là Ngày hội ...": a day of every year
            if _COMING.match(sentence, m.end()):
                strong = False  # "Vào ngày 25/7 tới, hội sẽ tổ chức ...": a date to come
            if _UNTIL.search(sentence, max(lead, m.start() - 20), m.start()):
                strong = False  # "diễn ra đến hết ngày 25/2", "tính đến ngày 16/4": a bound, not the day of the event
            if _SINCE.search(sentence, max(lead, m.start() - 70), m.start()):
                strong = False  # "kể từ khi quân đội lật đổ chính quyền hôm 1/2": the background of the event
            iso = _iso(y, mo, d)
            if iso and published and iso > published.isoformat():
                strong = False  # after the publication date: announced, not reported
            out.append(DateMention(offset + m.start(), offset + m.end(), iso, strong))
            taken.append((m.start(), m.end()))
            if rx is _RANGE and iso:
                spans.append((len(out) - 1, iso, _iso(y, mo, int(m.group("d2"))) or iso))
    for i, first, last in spans:
        if any(d.strong and d.iso and first <= d.iso <= last for j, d in enumerate(out) if j != i):
            # "tối 23/4, A phát biểu tại hội nghị ... trong hai ngày 22 và 23/4": the day of the act within the span
            out[i] = replace(out[i], strong=False)
    for m in _RELATIVE.finditer(sentence):
        if any(a <= m.start() < b for a, b in taken):
            continue  # "hôm qua 12/3": the day and month say it
        rel = (m.group("rel1") or m.group("rel2") or m.group("rel3") or "").lower()
        delta = {"nay": 0, "qua": -1, "kia": -2, "ngày mai": 1}.get(rel, 0)
        iso = (published + timedelta(days=delta)).isoformat() if published else None
        if iso is None:  # undated "sáng qua 28/4", "hôm nay (8/3)": the day and month that follow say it
            iso = next((d.iso for d in out if d.start >= offset + m.end()
                        and sentence[m.end():d.start - offset].strip(" ,(") == ""), None)
        # "chỉ đạo ... ngay trong ngày mai triệu tập": tomorrow is a plan, not the day of the event reported
        out.append(DateMention(offset + m.start(), offset + m.end(), iso, delta <= 0))
    for m in _WEEKDAY.finditer(sentence):
        if any(a <= m.start() < b for a, b in taken):
            continue
        if m.start("wd") < 3 and m.group("wd")[:1].islower():
            continue
        wd = _WEEKDAYS[re.sub(r"\s+", " ", m.group("wd").lower())]
        iso = None
        if published:
            back = (published.weekday() - wd) % 7
            iso = (published - timedelta(days=back)).isoformat()
        out.append(DateMention(offset + m.start(), offset + m.end(), iso, True))
    out.sort(key=lambda x: x.start)
    return out


def parse_published(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None
