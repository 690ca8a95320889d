"""Post recogniser: a role from the lexicon (`Bí thư`, `Phó Chủ tịch`, ...) and the body phrase that
follows it (`Tỉnh ủy`, `UBND tỉnh Lâm Đồng`, `Bộ Giáo dục và Đào tạo`), with the modifiers before it
(`nguyên`/`cựu` former, `Quyền` acting) and a numbered term after it (`khóa XII`)."""

from __future__ import annotations

import re
from functools import cache

from kg.extraction import lexicon
from kg.extraction.assembly_bodies import assembly_committee, named_committee
from kg.extraction.canonical import needs_jurisdiction
from kg.extraction.deputies import assembly_chair, session_council
from kg.extraction.foreign import is_foreign_name
from kg.extraction.gazetteer import countries, districts, provinces
from kg.extraction.implicit_bodies import (
    article_committee,
    back_reference,
    board_company,
    chaired_club,
    faculty_school,
    implicit_body,
    near_body,
)
from kg.extraction.lexicon import body_words, historical_persons
from kg.extraction.mentions import PersonMention, PostMention
from kg.lexicons import table, word_list
from kg.text.dictionary import is_word
from kg.text.normalize import fold
from kg.text.segment import Token

_FORMER = {"nguyên", "cựu", "nguyen", "cuu", "cố"}
_ACTING = {"quyền"}
_TERM_WORDS = {"khóa", "khoá"}
_ROMAN = re.compile(r"^[IVXL]+$")
_JOINERS = {"và", "của", "về", "tại"}
_DASHES = {"-", "–", "—"}
_DASH_SPACING = re.compile(r"\s*-\s*")
_ESCAPED_AMPERSAND = "&amp"
_GLUED_NUMBER = re.compile(r"(?<=[a-zà-ỹđ]{2})\d+$")


def find_posts(text: str, toks: list[Token], persons: list[PersonMention]) -> list[PostMention]:
    keys = [fold(t.text) for t in toks]
    person_at = {p.tok_start for p in persons}
    person_ends = {p.tok_end for p in persons}
    in_person = {k for p in persons for k in range(p.tok_start, p.tok_end)}
    roles = lexicon.roles()
    lower_ok = lexicon.lowercase_post_words()
    out: list[PostMention] = []
    i = 0
    n = len(toks)
    while i < n:
        if i in in_person:
            i += 1
            continue
        m = roles.match(toks, i, keys) or lexicon.described_roles().match(toks, i, keys)
        if not m:
            i += 1
            continue
        size, info = m
        overlap = roles.match(toks, i + size - 1, keys) if size > 1 else None
        if overlap and overlap[0] > 1 and not toks[i].text[:1].isupper():
            i += size - 1  # "chức vụ Phó Chủ tịch": "vụ phó" is no role here, "Phó Chủ tịch" is
            continue
        if any(k in in_person for k in range(i, i + size)):  # "Trung Quốc Vương Nghị" is no "Quốc vương"
            i += 1
            continue
        # a lower-case role counts after a name and a comma, or right before a name (older texts write
        # "chánh án Tòa án nhân dân tối cao Nguyễn Văn Hiện", "thượng nghị sĩ John Kerry")
        needs_name = not toks[i].text[:1].isupper() and not _after_apposition(toks, i) \
            and not (i > 1 and keys[i - 1] == "làm" and i - 2 in in_person) \
            and not (i > 1 and keys[i - 1] == "là" and keys[i - 2] in _NOW_WORDS  # "do bà A làm giám đốc"
                     and i + size < n and keys[i + size] not in _INDEFINITE)  # "hiện là giám đốc một công ty"
        if i > 0 and keys[i - 1] == "đoàn" and toks[i - 1].text[:1].isupper() and keys[i] in ("đại", "đbqh"):
            i += size  # "Đoàn ĐBQH TPHCM", "Đoàn Đại biểu Quốc hội": the delegation's name, no deputy's title
            continue
        if needs_name and " ".join(keys[i:i + size]) in _DESCRIPTIONS:
            i += size
            continue
        if " ".join(keys[i:i + size]) in _NICKNAMES and i + size < n and toks[i + size].text.islower() \
                and toks[i + size].text.isalpha():
            i += size  # "nữ hoàng truyền hình Mỹ Oprah Winfrey", "nữ hoàng sắc đẹp": a byname, no queen
            continue
        if fold(info.label) in lexicon.described_role_keys() and not (i > 1 and toks[i - 1].text in _APPOSITION_MARKS
                                                       and i - 1 in person_ends and i + size < n
                                                       and toks[i + size].text[:1].isupper()):
            i += size  # "trách nhiệm người đứng đầu cơ quan": a description, no post
            continue
        look = _lookalikes().match(toks, i, keys)
        if look and look[0] > size:
            i += look[0]  # "Tham tán Đại sứ quán": the embassy, no post "Đại sứ"
            continue
        if _presidium_at(toks, keys, i, size):
            i += size  # "Đoàn Chủ tịch UB T.Ư MTTQ VN kêu gọi": the presidium, a body, no chairman
            continue
        if not _bound_role_here(toks, keys, i, size, info.label):
            i += size  # "Ban Thường vụ Tỉnh ủy": part of a body's name, not the short title "Thường vụ Tỉnh ủy"
            continue
        j = i + size
        # doubled role ("Bí thư Bí thư Tỉnh ủy"): skip the repetition
        again = roles.match(toks, j, keys)
        if again and again[1] == info:
            j += again[0]
        while j < n and keys[j] in _modifier_firsts():  # "Tổng thống đương nhiệm Mỹ": no body word
            m2 = _modifiers().match(toks, j, keys)
            if not m2:
                break
            j += m2[0]
        body_start = j
        term = ""
        plural = False
        term_end = 0
        duty_end = 0
        bracket: tuple[int, int] | None = None
        served_here = roles.match(toks, j, keys) if j < n and toks[j].text[:1].isupper() \
            and fold(info.label) in _serving_roles() else None
        if served_here and j not in person_at:
            j += served_here[0]  # "Trợ lý Tổng bí thư": the office served names the post, lower-case words and all
        board = _boards().match(toks, j, keys) if j < n else None
        if board and board[0] > 1 and j not in person_at:
            j += board[0]  # "Chủ tịch Hội đồng trường ĐH Tôn Đức Thắng": a board written in lower case goes whole
        while j < n and j not in person_at:
            tok = toks[j]
            if keys[j] in _TERM_WORDS or keys[j] == "các" and j + 1 < n and keys[j + 1] in _TERM_WORDS:
                term_end, numerals, plural = _term_span(toks, keys, j)  # "khóa XII", "các khóa IX, X, XI"
                term = numerals[-1] if numerals and not plural else ""
                break
            again = roles.match(toks, j, keys) if j > body_start and toks[j].text[:1].isupper() else None
            if again and (fold(again[1].label) in _bound_roles() or _presidium_at(toks, keys, j, again[0])):
                again = None  # "Ủy viên Ban Thường vụ", "Chủ tịch Đoàn Chủ tịch Ủy ban TƯ MTTQ": the body goes on
            if again and not any(k in in_person for k in range(j, j + again[0])):
                break
            if tok.text[:1].isupper() and (tok.text[:1].isalpha()):
                if j > body_start and rank_end(toks, keys, j) in person_at:
                    break  # "Bộ trưởng Bộ Quốc phòng | Đại tướng Phùng Quang Thanh": a rank or degree opens the name
                j += 1
                continue
            if j > body_start and _glued_fields(tok.text):  # "Sở Lao động-Thương binh-Xã hội": fields and hyphens
                right = tok.text.partition("-")[2]
                j += 2 if j + 1 < n and j + 1 not in person_at and toks[j + 1].text.islower() \
                    and (is_word(right, toks[j + 1].text) or f"{fold(right)} {keys[j + 1]}" in body_words()) else 1
                continue
            if j > body_start and _inner_comma(keys, j):
                j += 1  # "Trưởng phòng Phòng, chống tệ nạn xã hội", "Cục Quản lý Khám, chữa bệnh": one field's comma
                continue
            fields = _field_list(toks, keys, j, person_at) if tok.text == "," and j > body_start else 0
            if fields:
                j = fields  # "Ủy ban Văn hóa, Giáo dục, Thanh thiếu niên và Nhi đồng": a list of fields closed by 'và'
                continue
            fields = _lower_field_list(toks, keys, j, person_at) if tok.text == "," and j > body_start else 0
            if fields:
                j = fields  # "Ủy ban Dân số, gia đình và trẻ em": the fields written in lower case
                continue
            if _inner_abbreviation(toks, keys, j, body_start, person_at):
                j += 3  # "Kho bạc Nhà nước (KBNN) tỉnh Phú Yên": the abbreviation is skipped, the body goes on
                continue
            if tok.text == "&" and j + 1 < n:  # "TN & MT"; "Sở Tài nguyên &amp; môi trường": escaped, split in three
                j += 3 if j + 2 < n and keys[j + 1] == "amp" and toks[j + 2].text == ";" else 1
                continue
            if tok.text == ";" and j > body_start and toks[j - 1].text.endswith(_ESCAPED_AMPERSAND) and j + 1 < n \
                    and toks[j + 1].text[:1].isupper() and toks[j - 1].end == tok.start:
                j += 1  # "Bộ KH&amp;ĐT": an ampersand the source left HTML-escaped
                continue
            if tok.text.isdigit() and j > body_start and (keys[j - 1] in _NUMBERED_UNITS or j - 1 > body_start
                                                          and f"{keys[j - 2]} {keys[j - 1]}" in _NUMBERED_UNITS
                                                          or _steering_number(keys, j)):
                j += 1  # "UBND quận 10", "Tham mưu trưởng Quân khu 4", "Ban Chỉ đạo 127", "Ban chỉ đạo Trung ương 6"
                continue
            if tok.text == "." and j > body_start and _dotted_city(toks, keys, j, person_at):
                j += 1  # "Phó Chủ tịch UBND TP. Châu Đốc": the short form's full stop, the city's name goes on
                continue
            if keys[body_start] in _NUMBERED_BODIES and j > body_start and (
                    tok.text.isdigit() or keys[j] == "số" and j + 1 < n and toks[j + 1].text.isdigit()):
                j += 1 if tok.text.isdigit() else 2  # "tàu Cảnh sát biển (số) 4032": a vessel's number
                continue
            if keys[j] == "số" and j > body_start and j + 1 < n and toks[j + 1].text.isdigit() \
                    and toks[j - 1].text[:1].isalpha() and text[toks[j - 1].end:toks[j + 1].start] == " số ":
                j += 2  # "Công ty Xây dựng số 1", "Xí nghiệp Thoát nước số 4": a unit numbered in its name
                continue
            if tok.text in _DASHES and j > body_start and j + 1 < n \
                    and (toks[j + 1].text[:1].isupper()
                         or j + 2 < n and f"{keys[j + 1]} {keys[j + 2]}" in body_words()) \
                    and not roles.match(toks, j + 1, keys) and j + 1 not in person_at \
                    and not lexicon.honorifics().match(toks, j + 1, keys) \
                    and "\n" not in text[toks[j - 1].end:toks[j + 1].start]:  # "Sát hạch- Cấp", "Kế hoạch-Đầu tư"
                j += 1
                continue
            duty = _duty_end(toks, keys, j, person_at) if j > i else 0
            if duty:
                duty_end = duty  # "Phó tổng giám đốc phụ trách vận tải | Trần Gia Tiến": a duty, no part of the post
                break
            seat = _seat_after(toks, keys, j, person_at, text if fold(info.label) in _consular_roles() else None)
            if seat:
                j += seat  # "Đại sứ Trung Quốc tại Việt Nam": the country an envoy or office is in
                continue
            lm = lower_ok.match(toks, j, keys)
            if lm and keys[j] in _BEFORE_NAMES and not (j + 1 < n and toks[j + 1].text[:1].isupper()):
                lm = None  # "miền Nam", not "Sở Y tế miền | núi"
            if lm:
                word = keys[j]
                if word in _JOINERS:
                    if word == "và" and j == body_start:
                        break  # "Trương Văn Rồi, chính trị viên và Năm Lai làm chỉ huy phó": no body opens with 'và'
                    if j + 1 < n and toks[j + 1].text[:1].isupper() and j + 1 not in person_at \
                            and not roles.match(toks, j + 1, keys) \
                            and not lexicon.honorifics().match(toks, j + 1, keys):  # "trợ lý của HLV X"
                        j += 1
                        continue
                    if word == "và" and j + 2 < n and f"{keys[j + 1]} {keys[j + 2]}" in body_words():
                        j += 1  # "Sở thông tin và truyền thông"
                        continue
                    break
                j += lm[0]
                continue
            if _jurisdiction_closed(toks, keys, j, body_start):
                break  # "Sở GD&ĐT tỉnh Quảng Trị | khen thưởng", "HĐND tỉnh | chỉ đạo": the place ends the body
            chain = _lower_words_to_capital(toks, keys, j, person_at)
            if chain:
                j += chain
                continue
            if j + 1 < n and f"{keys[j]} {keys[j + 1]}" in body_words() and j + 1 not in person_at \
                    and not (_verb_at(toks, keys, j) and _ends_phrase(toks, keys, j + 2)):
                j += 2
                continue
            if tok.text[:1].isalpha() and tok.text.islower() and j > i and text[toks[j - 1].end:tok.start] == " " \
                    and (not _starts_next_word(toks, j)
                         or toks[j - 1].text[:1].isupper() and f"{keys[j - 1]} {keys[j]}" in body_words()) \
                    and ((toks[j - 1].text[:1].isupper() or keys[j - 1] in _UNIT_WORDS)
                         and (is_word(toks[j - 1].text, tok.text) or f"{keys[j - 1]} {keys[j]}" in body_words())
                         or j > i + 1 and toks[j - 2].text[:1].isupper()
                         and is_word(toks[j - 2].text, toks[j - 1].text, tok.text)):
                j += 1
                continue
            break
        if duty_end and duty_end < n and j == body_start \
                and (keys[duty_end] in _DUTY_PARENT_MARKS or toks[duty_end].text[:1].isupper()):
            opens = duty_end + (keys[duty_end] in _DUTY_PARENT_MARKS)
            parent = _parent_end(toks, keys, opens, person_at) or _capitalised_end(toks, keys, opens, person_at)
            if parent:  # "Phó giám đốc phụ trách kinh doanh, Công ty cấp nước TP HCM", "... phụ trách kỹ thuật Sawaco"
                body_start, j, duty_end = opens, parent, parent
        assembly = assembly_committee(toks, body_start, info.label, text, person_at) if not duty_end else None
        if assembly and assembly[0] > j:
            j = assembly[0]  # "Chủ nhiệm Ủy ban các vấn đề xã hội Nguyễn Thị Hoài Thu": the committee's whole name
        if not term_end and not duty_end:
            j += _lower_tail(toks, keys, body_start, j, person_at)
            if i > 0 and i - 1 in person_ends and toks[i - 1].text in _APPOSITION_MARKS:
                j = _apposed_body_end(toks, keys, i, body_start, j, person_at)  # "A, Đội trưởng chống lậu Cục X,"
            elif toks[i].text[:1].isupper():
                j = _body_before_name(toks, keys, i, body_start, j, person_at)  # "Trưởng trạm thu phí cầu Mỹ Thuận X"
                j = _named_body_runs_on(toks, keys, i, body_start, j, person_at)  # "Viện Cơ điện | nông nghiệp ... X"
            if j < n and toks[j].text == "," and j > body_start and _department_level(keys, body_start):
                j = _parents_end(toks, keys, j + 1, person_at) or j  # "Trưởng khoa X, Bệnh viện Sản Nhi Nghệ An"
            elif j < n and toks[j].text == "(" and j > body_start and _department_level(keys, body_start):
                closed = _bracketed_parent_end(toks, keys, j + 1, person_at)
                if closed:  # "Trưởng phòng Giáo dục tiểu học (Sở GD-ĐT Hà Nội)"
                    bracket, j = (j, closed), closed + 1
        if fold(info.label) in lexicon.described_role_keys() and not _body_closed(toks, keys, j):
            i += size  # "người đứng đầu Văn phòng Chính sách | hướng Nam mới": the body is cut short, no label
            continue
        ref, ref_kind = _back_reference_at(toks, keys, j, person_at) if j == body_start and not duty_end \
            and not term_end else (0, "")
        referred = near_body(info.label, text, toks[0].start, toks[-1].end, ref_kind) if ref else ""
        if referred:
            j += ref  # "bà A, Hiệu trưởng nhà trường, cho biết": the words point back to a school named elsewhere
        named_at = duty_end or j
        named = named_at in person_at or named_at + 1 in person_at and keys[named_at] in ("ông", "bà")  # "... ông A"
        if needs_name and counted_list_at(toks, keys, i, j, person_at) \
                and (toks[body_start].text[:1].isupper() if body_start < j else info.standalone):
            needs_name = False  # "Sáu ủy viên BCT (Nông Đức Mạnh, ...)": a counted title over the list of its holders
        if needs_name and (not named or keys[i - 1] in _GROUP_WORDS if i else not named):
            i += size
            continue
        end_j = j
        while end_j > body_start and (toks[end_j - 1].text in _DASHES or keys[end_j - 1] in _JOINERS):
            end_j -= 1
        body = _written(text, toks, body_start, end_j) if end_j > body_start else ""  # "củaHuawei": its space back
        body = _PARENTHESES.sub("", body)
        if bracket and end_j > bracket[1]:
            parent = text[toks[bracket[0] + 1].start:toks[bracket[1] - 1].end]
            body = f"{body} {parent[:1].upper()}{parent[1:]}"  # "(sở Tài nguyên ...)": the head as a name's
        if assembly and end_j >= assembly[0]:
            body = assembly[1]
        elif toks[i].text[:1].isupper():
            body = named_committee(body, info.label, text, toks[0].start, toks[-1].end) or body
        if not body and named_at in person_at and toks[i].text[:1].isupper() and not info.standalone:
            body = _body_after_holder(text, toks, keys, persons, named_at, person_at)
        if not body and named_at in person_at and toks[i].text[:1].isupper():
            sentence = text[toks[0].start:toks[-1].end]  # "ĐHĐCĐ của Ngân hàng X ..., Chủ tịch HĐQT Y": the sentence's
            body = board_company(info.label, sentence) or implicit_body(info.label, text)  # company, else the article's
            holder = _holder(persons, named_at)
            if not body and holder and is_foreign_name(holder):  # "Chủ tịch Daniel Levy": his football club
                body = chaired_club(info.label, text, toks[0].start, toks[i].start, toks[-1].end, holder)
            if not body and _domestic_name(persons, j):
                body = assembly_chair(info.label, text)  # "Chủ tịch Nguyễn Văn An" in an article on the Quốc hội
        apposed = _bare_apposed(toks, keys, i, j, person_ends)
        if referred:
            body = referred
        elif not body and (named_at in person_at and toks[i].text[:1].isupper() or apposed):
            # "Trường THPT X vừa ... Hiệu trưởng Nguyễn Xuân Lan cho biết": the one such body named near the title
            living = _domestic_name(persons, named_at) or apposed and any(
                p.tok_end == i - 1 and _domestic_name(persons, p.tok_start) for p in persons)
            body = near_body(info.label, text, toks[0].start, toks[-1].end, apposed=apposed,
                             title_at=toks[i].start if living else None)
            if not body and living and not apposed:  # "Phó chủ tịch Nguyễn Thiện Nhân" in an article on UBND TP
                holder = next((p.name for p in persons if p.tok_start == named_at), "")
                body = article_committee(info.label, text, toks[0].start, toks[-1].end, holder)
        if body and (fold(info.label).endswith(" khoa") or fold(body).startswith("khoa ")):
            body = _with_school(body, text)  # "Trưởng Khoa Quản trị kinh doanh" in an article on one university
        if body and _department_body(info.label, body):
            body = _with_near_parent(info.label, body, text, toks[0].start, toks[-1].end)
        if body and fold(body) in _BARE_COUNCILS and session_council(text):
            body = session_council(text)  # "Chủ tịch HĐND Phùng Hữu Phú" in an article on a session of HĐND Hà Nội
        elif body and fold(body) in _BARE_PEOPLES_BODIES:
            body = _with_level(body, text)  # "Phó chủ tịch UBND," where only "UBND thành phố" is named
        if body and _bare_unit(body):
            # "Phó Chủ tịch UBND xã" in an article on xã Thạnh An (or a quận, huyện)
            body = _with_commune(body, text, {p.name for p in persons})
        outgoing = fold(body).startswith("mãn nhiệm")  # "Tổng thống mãn nhiệm": leaving office
        if outgoing:
            body = body[len("mãn nhiệm"):].strip()
        lead = i - 1 if _deputy_prefix(toks, keys, i, in_person) else i  # "Phó | Đại sứ Mỹ tại Nga Bart Gorman"
        before = keys[lead - 1] if lead > 0 else ""
        if lead > 1 and toks[lead - 2].text.isalpha() and is_word(toks[lead - 2].text, toks[lead - 1].text) \
                and not (lead > 2 and is_word(toks[lead - 3].text, toks[lead - 2].text)):
            before = ""  # "chính quyền Tổng thống Mỹ Joe Biden": the administration (not "đích thân | quyền Bộ trưởng")
        former = before in _FORMER or outgoing
        acting = before in _ACTING
        start_i = lead - 1 if acting or former else lead
        role_text = _written(text, toks, lead, i + size)
        outer = _outer_role(toks, keys, i)
        if outer is not None:  # "người phát ngôn của Thủ tướng X": X is the spokesman
            body = text[toks[i].start:toks[end_j - 1].end] if end_j > i else role_text
            body = "của " + body
            start_i, role_text = outer, text[toks[outer].start:toks[i - 2].end]
            role_text = role_text[:1].upper() + role_text[1:]
            info = lexicon.RoleInfo(role_text, False)
            out = [p for p in out if p.tok_start != outer]  # the bare "người phát ngôn" this post takes in
        elif not body and fold(info.label) in _serving_roles():
            served = _served_role(toks, keys, j, person_at)
            if served:  # "Đặc phái viên cao cấp của Thủ tướng Thụy Điển Stefan Lofven": the envoy of that office
                body, end_j = text[toks[j].start:toks[served - 1].end], served
        if term and _association(body):
            term = ""  # "Chủ tịch Hội KHKT Lạnh ... khóa IV": an association's term is no post of its own
        post = PostMention(toks[start_i].start, toks[end_j - 1].end if end_j > i else toks[i + size - 1].end,
                           "", role_text, body, start_i, max(end_j, i + size, term_end, duty_end), info.standalone,
                           former, acting, term, plural)
        gloss = _gloss_end(toks, post.tok_end, person_at)
        if gloss:  # "Chủ tịch Quốc hội (QH) Nguyễn Văn An", "Ủy viên Bộ Chính trị (UVBCT), Thường trực Ban Bí thư"
            post.end, post.tok_end = toks[gloss - 1].end, gloss
        post.text = text[post.start:post.end]
        out.append(post)
        i = max(j, i + size, gloss, duty_end)
    listed = _listed_ministers(text, toks, keys, persons)
    if listed:
        out = sorted(out + listed, key=lambda p: p.tok_start)
    _share_bodies(out, toks, keys, person_at, {p.tok_end for p in persons})
    _concurrent_bodies(out, toks)
    _concurrent_former(out, toks)
    _committee_bodies(out, toks)
    _chain_places(out, toks)
    for post in out:  # a ministry as the press writes it -> its official name ("Bộ Kế hoạch - đầu tư")
        post.body = post.body.replace(_ESCAPED_AMPERSAND + ";", "&")
        post.body = _GLUED_NUMBER.sub("", post.body)  # "Bộ Công an3": a list's next row number glued by the source
        post.body = lexicon.ministries().get(_DASH_SPACING.sub(" - ", fold(post.body)), post.body)
        post.body = _CITY_COMMITTEE.sub(r"\1 ", post.body)  # "Thành ủy TP Hà Nội" is the Thành ủy Hà Nội
        post.body = _UNIT_COMMITTEE.sub(r"\1 ", post.body)  # "Tỉnh ủy tỉnh Hà Nam" is the Tỉnh ủy Hà Nam
        if post.standalone and fold(post.body) in _own_state_names():
            post.body = ""  # "Phó thủ tướng nước CHXHCN Việt Nam" is the Phó Thủ tướng: the national post alone
    return out


def _body_after_holder(text: str, toks: list[Token], keys: list[str], persons: list[PersonMention], named_at: int,
                       person_at: set[int]) -> str:
    """The organisation a bare title's holder is said to be of right after the name: "Chủ tịch Florentino Perez của
    Real Madrid", "Chủ tịch Testuro Aikawa của Mitsubishi" ('' when no capitalised name follows 'của' whole); not
    for a national title complete alone ("phỏng vấn Phó Thủ tướng Vũ Khoan của CNN": the interviewer's)."""
    holder = next((p for p in persons if p.tok_start == named_at), None)
    k = holder.tok_end if holder else len(toks)
    if k + 1 >= len(toks) or keys[k] != "của" or not toks[k + 1].text[:1].isupper():
        return ""
    end = _capitalised_end(toks, keys, k + 1, person_at)
    if not end:  # "của Real Madrid | còn là": capitalised words up to a lower-case one of no word with the last
        end = k + 1
        while end < len(toks) and end not in person_at and toks[end].text[:1].isupper() \
                and toks[end].text[:1].isalpha():
            end += 1
        if end < len(toks) and (not toks[end].text[:1].islower() or is_word(toks[end - 1].text, toks[end].text)):
            end = 0
    return text[toks[k + 1].start:toks[end - 1].end] if end else ""


def _holder(persons: list[PersonMention], start: int) -> str:
    """The name of the person mention starting at token `start` ('' if none)."""
    return next((p.name for p in persons if p.tok_start == start), "")


def _domestic_name(persons: list[PersonMention], start: int) -> bool:
    """The name starting at token `start` is a Vietnamese one of a living person (not "Hồ Chí Minh")."""
    person = next((p for p in persons if p.tok_start == start), None)
    return person is not None and not is_foreign_name(person.name) and fold(person.name) not in historical_persons()


# a city's Party committee is named with the city alone, except Hồ Chí Minh City, always written with "TP"
# a province's or district's Party committee is named with the place alone ("Huyện ủy huyện Gia Lâm" -> "Huyện ủy Gia
# Lâm"), the place's unit word doubling the committee's; a numbered district keeps it ("Quận ủy quận 5")
_UNIT_COMMITTEE = re.compile(r"\b((?:Tỉnh|Huyện|Quận) (?:ủy|uỷ|Ủy|Uỷ)) (?:tỉnh|huyện|quận) (?=[A-ZĐ])")
_CITY_COMMITTEE = re.compile(r"(Thành (?:ủy|uỷ|Ủy|Uỷ)) (?:TP\.?|Tp\.?|thành phố) ?(?=[A-ZĐ])(?!Hồ\b|HCM)")


def _own_state_names() -> frozenset[str]:
    return lexicon.folded_words("own_state_names.txt")


@cache
def _bound_roles() -> dict[str, tuple[str, ...]]:
    """Short titles that are a post only before one kind of body -> the folded first words of those bodies."""
    out: dict[str, list[str]] = {}
    for row in table("bound_roles.tsv"):
        out.setdefault(fold(row[0]), []).append(fold(row[1]))
    return {role: tuple(starts) for role, starts in out.items()}


_BOUND_BEFORE = {"ban", "btv", "ủy", "uỷ"}
_PRESIDIUM = ("đoàn", "chủ tịch")


def _presidium_at(toks: list[Token], keys: list[str], i: int, size: int) -> bool:
    """The role at i is the second half of 'Đoàn Chủ tịch' (a presidium: of a congress, of the Front's central
    committee, of the trade unions), a body's name; not 'Chủ tịch nước' ("đoàn Chủ tịch nước Trần Đức Lương")."""
    return i > 0 and toks[i - 1].text == "Đoàn" and " ".join(keys[i:i + 2]) == _PRESIDIUM[1] \
        and keys[i - 1] == _PRESIDIUM[0] and not (size > 2 and keys[i + 2] == "nước")


def _bound_role_here(toks: list[Token], keys: list[str], i: int, size: int, label: str) -> bool:
    """A short title of bound_roles.tsv stands as a post only before its body and not inside a body's name
    ("ông A - Thường vụ Tỉnh ủy", not "Ban Thường vụ Tỉnh ủy"); every other role always stands."""
    starts = _bound_roles().get(fold(label))
    if starts is None:
        return True
    if i > 0 and (toks[i - 1].text[:1].isupper() or keys[i - 1] in _BOUND_BEFORE):
        return False
    after = " ".join(keys[i + size:i + size + 3])
    return any(after == s or after.startswith(s + " ") for s in starts)


_DEPARTMENT_WORDS = {"khoa", "phòng", "ban"}
# "Cục trưởng Cục X", "Vụ trưởng Vụ X", "Viện trưởng Viện X": the role names the unit, whose parent follows a comma
_UNIT_ROLE_HEADS = {"vụ", "cục", "viện"}
_MINISTRY_HEADS = {"bộ", "sở"}


_FIELD_MAX = 3  # tokens of one field in a body's name


def _field_list(toks: list[Token], keys: list[str], j: int, person_at: set[int]) -> int:
    """The comma at j separates fields of one body's name: short capitalised fields up to a 'và' and a last
    capitalised field ("Ủy ban Dân số, Gia đình và Trẻ em"), none a title, a name or another body. Returns the
    index of the last field (0 if none)."""
    n = len(toks)
    k = j
    for _ in range(5):
        start = k + 1
        if start >= n or start in person_at or not toks[start].text[:1].isupper() \
                or lexicon.roles().match(toks, start, keys) or _parent_bodies().match(toks, start, keys) \
                or lexicon.honorifics().match(toks, start, keys) or lexicon.ranks().match(toks, start, keys):
            return 0
        k = start
        while k < n and k - start < _FIELD_MAX and toks[k].text not in (",", "và") and k not in person_at \
                and (toks[k].text[:1].isupper() or toks[k].text.isalpha() and keys[k] not in _TAIL_STOPS):
            k += 1
        if k >= n or k in person_at:
            return 0
        if keys[k] == "và":
            nxt = k + 1
            last = nxt < n and nxt not in person_at and toks[nxt].text[:1].isupper() \
                and not lexicon.roles().match(toks, nxt, keys) and not _parent_bodies().match(toks, nxt, keys)
            return nxt if last else 0
        if toks[k].text != ",":
            return 0
    return 0


def _lower_field_list(toks: list[Token], keys: list[str], j: int, person_at: set[int]) -> int:
    """The comma at j separates fields of one body's name written in lower case, each a word of two or three
    syllables and no verb, closed by 'và' and a last field ("Ủy ban Khoa học, công nghệ và môi trường của Quốc
    hội", "Viện nghiên cứu xã hội, kinh tế và môi trường,"), not a clause ("Trưởng Ban Dân vận Trung ương, biểu
    dương và đánh giá cao"). Returns the index after the last field (0 if none)."""
    n = len(toks)
    k = j
    for _ in range(6):
        end = _lower_field_end(toks, keys, k + 1, person_at)
        if not end or end >= n:
            return 0
        if keys[end] == "và":
            last = _lower_field_end(toks, keys, end + 1, person_at)
            closed = last and (last >= n or toks[last].text in _TAIL_ENDS or toks[last].text[:1].isupper()
                               or keys[last] == "của" or last in person_at)
            return last if closed else 0
        if toks[end].text != ",":
            return 0
        k = end
    return 0


def _lower_word_size(toks: list[Token], keys: list[str], s: int, person_at: set[int]) -> int:
    """The length of a lower-case word of three or two syllables at s ("xuất nhập khẩu", "gia đình"), none of them a
    name or a word that ends a post (0 if none)."""
    for size in (3, 2):
        span = range(s, s + size)
        if s + size <= len(toks) and all(toks[x].text.isalpha() and toks[x].text.islower() and x not in person_at
                                         and keys[x] not in _TAIL_STOPS for x in span) \
                and is_word(*(toks[x].text for x in span)):
            return size
    return 0


def _lower_field_end(toks: list[Token], keys: list[str], s: int, person_at: set[int]) -> int:
    """The index after a lower-case field of two or three syllables making one word ("gia đình", "xuất nhập khẩu")
    at s, no verb, name or title (0 if none)."""
    n = len(toks)
    if s >= n or _verb_at(toks, keys, s) or lexicon.roles().match(toks, s, keys):
        return 0
    size = _lower_word_size(toks, keys, s, person_at)
    return s + size if size else 0


def _department_level(keys: list[str], body_start: int) -> bool:
    """The post heads a department of an organisation ("Trưởng khoa X", "Phó trưởng phòng X", "Trưởng ban X") or a
    centre, which the press names with its parent after a comma ("Giám đốc Trung tâm Đột quỵ, Bệnh viện Bạch Mai")."""
    return keys[body_start - 1] in _DEPARTMENT_WORDS or keys[body_start] in _DEPARTMENT_WORDS \
        or keys[body_start:body_start + 2] == ["trung", "tâm"] \
        or body_start > 1 and keys[body_start - 1] == "trưởng" and keys[body_start - 2] in _UNIT_ROLE_HEADS \
        and keys[body_start - 2] in keys[body_start:body_start + 2]  # "Vụ trưởng Vụ X, Bộ Y", "Tổng cục trưởng ..."


@cache
def _parent_bodies() -> lexicon.PhraseMatcher:
    heads = word_list("committee_hosts.txt") + word_list("department_heads.txt") + word_list("parent_heads.txt")
    return lexicon.PhraseMatcher({w: w for w in heads})


def _parent_end(toks: list[Token], keys: list[str], k: int, person_at: set[int], lower_head: bool = False) -> int:
    """End of an organisation's name at k ("Bệnh viện Sản Nhi Nghệ An"), 0 if none: its head and capitalised words,
    up to a name or a title (lower_head: a head in lower case before a capitalised word, "sở Tài nguyên")."""
    m = _parent_bodies().match(toks, k, keys) if k < len(toks) and (toks[k].text[:1].isupper()
                                                                    or _lower_school(toks, keys, k)
                                                                    or lower_head and k + 1 < len(toks)
                                                                    and toks[k + 1].text[:1].isupper()) else None
    if not m or k in person_at or lexicon.roles().match(toks, k, keys):
        return 0  # "Bí thư Ban cán sự Đảng, | Bộ trưởng ...": a title, no parent
    e = k + m[0]
    n = len(toks)
    while e < n and e not in person_at and not lexicon.roles().match(toks, e, keys) and not _before_name(toks, keys, e):
        if toks[e].text == "&" and e + 1 < n and toks[e + 1].text[:1].isupper():
            e += 1  # "Bộ GD&ĐT"
        elif toks[e].text == ";" and toks[e - 1].text.endswith(_ESCAPED_AMPERSAND) and e + 1 < n \
                and toks[e + 1].text[:1].isupper():
            e += 1  # "Bộ LĐTB&amp;XH": an ampersand the source left HTML-escaped
        elif toks[e].text[:1].isupper() or keys[e] in _UNIT_WORDS and e + 1 < n and toks[e + 1].text[:1].isupper() \
                or keys[e] == "và" and e + 1 < n and toks[e + 1].text[:1].isupper():  # "Công an tỉnh Nghệ An"
            e += 1
        elif toks[e].text.islower() and not _verb_at(toks, keys, e) and is_word(toks[e - 1].text, toks[e].text):
            e += 1  # "Sở Giao thông vận tải", "thành phố"
        elif e + 1 < n and toks[e].text.isalpha() and toks[e].text.islower() and toks[e + 1].text.islower() \
                and not toks[e - 1].text.isupper() and e + 1 not in person_at and not _verb_at(toks, keys, e) \
                and is_word(toks[e].text, toks[e + 1].text):
            e += 2  # "Hội Liên hiệp phụ nữ tỉnh Thanh Hóa": a field in lower case (none after "Bộ LĐTB&XH")
        elif toks[e].text in _DASHES and keys[k] in _MINISTRY_HEADS and e + 1 < n and toks[e + 1].text[:1].isupper() \
                and e + 1 not in person_at and not lexicon.roles().match(toks, e + 1, keys):
            e += 1  # "Bộ Giáo dục - Đào tạo": a ministry's two fields joined by a dash
        else:
            break
    clean = e == n or e in person_at or toks[e].text in _TAIL_ENDS or keys[e] in _ASPECT or _verb_at(toks, keys, e) \
        or _before_name(toks, keys, e)
    return e if e > k + m[0] and clean else 0  # "Cục Tài nguyên | nước": a name cut short is no parent


_INNER_UNITS = (("trung", "tâm"), ("trường",))  # a centre of a hospital, a school of a university


def _parents_end(toks: list[Token], keys: list[str], k: int, person_at: set[int]) -> int:
    """End of the parent after a department at k, and of the parent's own parent after a second comma when the
    first is a centre or a school ("Trưởng khoa X, Trung tâm Hô hấp, Bệnh viện Nhi Trung ương"), 0 if none."""
    e = _parent_end(toks, keys, k, person_at)
    if e and e < len(toks) and toks[e].text == "," and any(tuple(keys[k:k + len(u)]) == u for u in _INNER_UNITS):
        return _parent_end(toks, keys, e + 1, person_at) or e
    return e


_BRACKET_TAIL = 4  # lower-case words at most between a bracketed parent's name and the closing bracket


def _bracketed_parent_end(toks: list[Token], keys: list[str], k: int, person_at: set[int]) -> int:
    """The closing bracket's index after a department's parent written in brackets ("Trưởng phòng môi trường (sở Tài
    nguyên - môi trường)", "Trưởng phòng Báo chí (Cục Báo chí, Bộ TT&TT)"), 0 if the brackets hold anything else."""
    e = _parent_end(toks, keys, k, person_at, lower_head=True)
    if e and e + 1 < len(toks) and toks[e].text == "," and toks[e + 1].text[:1].isupper():
        e = _parent_end(toks, keys, e + 1, person_at) or e  # the parent's own parent after a comma
    tail = e
    while e and tail < min(len(toks), e + _BRACKET_TAIL) and (toks[tail].text in _DASHES or toks[tail].text.islower()):
        tail += 1  # "(sở Tài nguyên - môi trường)": the second field in lower case after a dash
    return tail if e and tail < len(toks) and toks[tail].text == ")" else 0


def _lower_school(toks: list[Token], keys: list[str], k: int) -> bool:
    """A school the press names in lower case after its department ("Trưởng Phòng Đào tạo, trường ĐH Ngoại thương")."""
    return keys[k] == "trường" and k + 1 < len(toks) and toks[k + 1].text[:1].isupper()


def _before_name(toks: list[Token], keys: list[str], e: int) -> bool:
    """A degree, rank or lower-case form of address opens the name after a body ("..., Bộ Giáo dục và Đào tạo |
    PGS.TS A"); a capitalised 'Bà' opens a place ("Công an Bà Rịa - Vũng Tàu")."""
    return e > 0 and (lexicon.ranks().match(toks, e, keys) is not None
                      or toks[e].text.islower() and lexicon.honorifics().match(toks, e, keys) is not None)


def _written(text: str, toks: list[Token], a: int, b: int) -> str:
    """Tokens a..b-1 as the text writes them, with a space between two words the tokenizer split apart
    ("Chủtịch UBND" -> "Chủ tịch UBND")."""
    out = toks[a].text
    for k in range(a + 1, b):
        gap = text[toks[k - 1].end:toks[k].start]
        glued = not gap and toks[k - 1].text[-1:].isalpha() and toks[k].text[:1].isalpha()
        out += (" " if glued else gap) + toks[k].text
    return out


def _glued_fields(word: str) -> bool:
    """A lower-case syllable glued by a hyphen to a capitalised one ("động-Thương" of "Lao động-Thương binh")."""
    left, dash, right = word.partition("-")
    return bool(dash) and left.isalpha() and left.islower() and right.isalpha() and right[:1].isupper() \
        and right[1:].islower()


def _with_school(body: str, text: str) -> str:
    """A faculty's body completed with the one school the article names, unless the body names its parent."""
    if len(body.split()) < 2 or any(w[:1].isupper() and fold(w) in _PARENT_WORDS for w in body.split()[1:]):
        return body
    school = faculty_school(text)
    return f"{body} {school}" if school else body


_UNIT_DEPARTMENTS = ("phòng", "khoa")  # departments of a school, hospital, Sở or Cục


def _department_body(label: str, body: str) -> bool:
    """A department's post ("Trưởng phòng Đào tạo", "Trưởng khoa Chẩn đoán hình ảnh")."""
    return fold(label).split()[-1] in _UNIT_DEPARTMENTS or fold(body).split()[0] in _UNIT_DEPARTMENTS


def _department_parent_words() -> frozenset[str]:
    return lexicon.folded_words("department_parent_words.txt")


def _with_near_parent(label: str, body: str, text: str, start: int, end: int) -> str:
    """A department's body that names no parent, completed with the one school, hospital, Sở or Cục named near
    it ("Trưởng phòng Đào tạo Dương Đức Hồng" after "ĐH Thương mại đã thông báo điểm")."""
    words = body.split()
    first = 0 if fold(label).split()[-1] in _UNIT_DEPARTMENTS else 1
    if len(words) <= first or any(fold(w).split(".")[0] in _department_parent_words() for w in words[first:]):
        return body
    key = label if first == 0 else f"{label} {words[0]}"
    parent = near_body(key, text, start, end)
    return f"{body} {parent}" if parent else body


_COMMUNE_UNITS = {"xã", "phường", "quận", "huyện"}
_BARE_COUNCILS = {"hđnd", "hội đồng nhân dân"}
_NAME_WORD = r"[A-ZĐÂĂÊÔƠƯ][^\s,.;:()\"]*"
_COMMUNE_NAME = re.compile(rf"(?<![Tt]hị )(?<![Hh]ợp tác )\b(xã|phường|quận|huyện)(?: đảo)? "
                           rf"((?:{_NAME_WORD}|\d+)(?: {_NAME_WORD}){{0,3}})")


# "Chủ tịch xã Đào Quốc Khởi", "Chủ tịch UBND xã Nguyễn Văn A": a person's name after the title, no commune's
_TITLE_BEFORE = re.compile(r"(?:[Cc]hủ tịch|[Bb]í thư|[Tt]rưởng|[Pp]hó)(?: (?:UBND|HĐND|Đảng ủy|Đảng uỷ|"
                           r"Ủy ban nhân dân|Uỷ ban nhân dân))? $")


_BARE_PEOPLES_BODIES = {"hđnd", "hội đồng nhân dân", "ubnd", "ủy ban nhân dân", "uỷ ban nhân dân"}
_LEVEL = re.compile(r"(?:UBND|HĐND|Ủy ban nhân dân|Uỷ ban nhân dân|Hội đồng nhân dân)\s+(tỉnh|thành phố|TP|quận|huyện|"
                    r"thị xã|xã|phường|thị trấn)\b")
_PROVINCE_LEVELS = {"tỉnh": "tỉnh", "thành phố": "thành phố", "TP": "thành phố"}


def _with_level(body: str, text: str) -> str:
    """A people's committee or council written without its level ("Phó chủ tịch UBND,") takes the one level the
    article names such bodies at, when that is a province's ("UBND thành phố" and no district's or commune's):
    the article's province then completes it; kept bare when the article names several levels or none."""
    levels = {_PROVINCE_LEVELS.get(m.group(1), "") for m in _LEVEL.finditer(text)}
    return f"{body} {levels.pop()}" if len(levels) == 1 and "" not in levels else body


_ISLAND = "đảo"  # "huyện đảo": an island district, named "huyện (đảo) Trường Sa"


def _bare_unit(body: str) -> str:
    """The unit word a body ends with and no name after it ("UBND xã", "HĐND huyện đảo" -> "huyện"), or ''."""
    words = fold(body).split()
    if len(words) > 1 and words[-1] == _ISLAND and words[-2] == "huyện":
        return "huyện"
    return words[-1] if words[-1] in _COMMUNE_UNITS else ""


def _unit_name(name: str) -> str:
    """A unit's name without the person's name the title after it runs into ("huyện Trường Sa | Đỗ Như Phú"): the
    longest start that is a district or province, else the words before a surname that two more words follow."""
    words = name.split()
    for k in range(len(words), 0, -1):
        if fold(" ".join(words[:k])) in districts() or fold(" ".join(words[:k])) in provinces():
            return " ".join(words[:k])
    cut = next((k for k in range(1, len(words) - 1) if words[k] in lexicon.surname_set()), len(words))
    return " ".join(words[:cut])


def _with_commune(body: str, text: str, names_here: set[str] = frozenset()) -> str:
    """A commune's or ward's body without its name ("UBND xã", "Đảng ủy phường", "HĐND huyện đảo") completed with
    the one commune (ward, district) the article names with that unit word; none when it names two or none. A name
    of a person of the title's sentence (names_here) after the unit is none ("Chủ tịch HĐND huyện đảo Biện Xuân
    Khương")."""
    unit = _bare_unit(body)
    names = {_unit_name(m.group(2)) for m in _COMMUNE_NAME.finditer(text) if fold(m.group(1)) == unit
             and not (_TITLE_BEFORE.search(text, max(0, m.start() - 40), m.start())
                      and (m.group(2).split()[0] in lexicon.surname_set() or m.group(2) in names_here))}
    return f"{body} {names.pop()}" if len(names) == 1 else body


_PARENT_WORDS = {"trường", "đại", "đh", "học", "viện", "bệnh", "bv", "cđ", "cao"}


def _seat_after(toks: list[Token], keys: list[str], j: int, person_at: set[int], consular: str | None = None) -> int:
    """Length of "tại" and a country right after it (0 if none); not a province: "Bộ Y tế tại Hà Nội" is
    the ministry's meeting place, no part of it. A consul's seat (`consular`: the text, for a consul's post) is a city
    ("Phó Tổng Lãnh sự Anh tại TP. HCM")."""
    if keys[j] != "tại" or j + 1 >= len(toks) or not toks[j + 1].text[:1].isupper():
        return 0
    for n in (3, 2, 1):
        if j + 1 + n <= len(toks) and not person_at & set(range(j + 1, j + 1 + n)):
            key = " ".join(keys[j + 1:j + 1 + n])
            if key in countries():
                return 1 + n
    for n in (4, 3, 2, 1) if consular is not None else ():
        if j + 1 + n <= len(toks) and not person_at & set(range(j + 1, j + 1 + n)) \
                and fold(_written(consular, toks, j + 1, j + 1 + n)) in provinces():
            return 1 + n
    body = _international_bodies().match(toks, j + 1, keys)  # "tại Liên hiệp quốc (ở Geneva)"
    return 1 + body[0] if body and not person_at & set(range(j + 1, j + 1 + body[0])) else 0


@cache
def _consular_roles() -> frozenset[str]:
    return frozenset(fold(w) for w in word_list("consular_roles.txt"))


@cache
def _international_bodies() -> lexicon.PhraseMatcher:
    return lexicon.PhraseMatcher({w: w for w in word_list("international_bodies.txt")})


@cache
def _boards() -> lexicon.PhraseMatcher:
    return lexicon.PhraseMatcher({w: w for w in word_list("company_boards.txt")})


_PARENTHESES = re.compile(r"\s*\([^()]*\)")
_ABBREVIATION = re.compile(r"^[A-ZĐ][A-ZĐ&.\-]*[A-ZĐ]$")


def rank_end(toks: list[Token], keys: list[str], j: int) -> int:
    """End of the ranks and degrees that start at token j ("Đại tướng", "PGS.TS", "Thượng tá, TS"), -1 if none."""
    k = j
    while k < len(toks):
        m = lexicon.ranks().match(toks, k, keys)
        if not m:
            break
        k += m[0]
        if k < len(toks) and toks[k].text in (".", ","):
            k += 1
    return k if k > j else -1


def _gloss_end(toks: list[Token], k: int, person_at: set[int]) -> int:
    """End of the parentheses right after a post (0 if none): the post's own short form ("(QH)", "(UVBCT)"), not an
    outlet's tag before a dash ("(NLĐ) - Sáng 5-8"); or, right before the name, the body's short name, parent or
    place ("Tổng giám đốc Tổng công ty cấp nước Sài Gòn (Sawaco) Võ Dũng", "Cục trưởng Cục Đầu tư nước ngoài
    (Bộ KH-ĐT) Phan Hữu Thắng", "Trạm trưởng Thú y huyện Tân Thạnh (Long An) Dương Minh Phí")."""
    if k >= len(toks) or toks[k].text != "(":
        return 0
    close = next((m for m in range(k + 1, min(len(toks), k + 2 + _GLOSS_MAX)) if toks[m].text in "()"), 0)
    if not close or toks[close].text != ")" or close == k + 1:
        return 0
    if close == k + 2 and _ABBREVIATION.match(toks[k + 1].text):
        return 0 if close + 1 < len(toks) and toks[close + 1].text in _DASHES else close + 1
    inside = range(k + 1, close)
    if toks[k + 1].text[:1].isupper() and close + 1 in person_at and not person_at.intersection(inside):
        return close + 1
    return 0


_GLOSS_MAX = 6


def _inner_abbreviation(toks: list[Token], keys: list[str], j: int, body_start: int, person_at: set[int]) -> bool:
    """An abbreviation in parentheses inside a body, which goes on after it ("Sở Tài nguyên và Môi trường
    (TN&MT) tỉnh X", "Kho bạc Nhà nước (KBNN) tỉnh Phú Yên", an international body's seat "Ngân hàng Thế giới
    (WB) tại Việt Nam")."""
    if j <= body_start or j + 3 >= len(toks) or toks[j].text != "(" or toks[j + 2].text != ")":
        return False
    nxt = toks[j + 3]
    return _ABBREVIATION.match(toks[j + 1].text) is not None \
        and (keys[j + 3] in _UNIT_WORDS or nxt.text[:1].isupper() and nxt.text[:1].isalpha()
             or _seat_after(toks, keys, j + 3, person_at) > 0)


_DEPUTY_WORDS = ("phó ", "quyền ")


def _role_base(role: str) -> str:
    key = fold(role)
    for w in _DEPUTY_WORDS:
        key = key.removeprefix(w)
    return key.replace(" thường trực", "")


def _share_bodies(posts: list[PostMention], toks: list[Token], keys: list[str], person_at: set[int],
                  person_ends: set[int]) -> None:
    """A bare deputy or standing title after a full one of the same family in the sentence shares its body:
    "Chủ tịch UBND tỉnh Lâm Đồng A và Phó Chủ tịch B", "Bí thư Tỉnh ủy C, Phó Bí thư Thường trực D"; the very
    head's title does not, as a body has one head ("Chủ tịch QH A chiêu đãi Chủ tịch Dennis Hastert")."""
    bodies: dict[str, tuple[str, bool, str]] = {}
    for post in posts:
        base = _role_base(post.role)
        upper = post.role[:1].isupper()
        if post.body:
            bodies.setdefault(base, (post.body, upper, fold(post.role)))
            continue
        named = post.tok_end in person_at or post.tok_end + 1 in person_at and keys[post.tok_end] in ("ông", "bà") \
            or post.tok_start - 1 in person_ends and toks[post.tok_start - 1].text in _DASHES | {","} \
            and post.tok_end < len(toks) and toks[post.tok_end].text in _DASHES | {",", ".", ";"}
        # "ông A - Giám đốc Sở Y tế Hà Nội và bà B - Phó Giám đốc -": in apposition, as before a name
        head = fold(post.role) == base == bodies.get(base, ("", False, ""))[2]
        # written as the full title is: "chánh thanh tra Bộ Y tế A ..., phó chánh thanh tra B"
        if base in bodies and named and upper in (True, bodies[base][1]) and not post.standalone and not head:
            post.body = bodies[base][0]


_PARTY_ROLES = ("bí thư", "phó bí thư")
_SUBUNITS = {"khối", "ban", "phòng", "khoa", "tổ", "đội", "vụ"}


def _concurrent_bodies(posts: list[PostMention], toks: list[Token]) -> None:
    """A bare title joined by 'kiêm' to a title with a body is a second post in the same body: "Phó Chủ tịch kiêm
    Tổng Thư ký VINASA" -> "Phó Chủ tịch VINASA"; not a Party title, whose body is the Party committee
    ("Bí thư kiêm Chủ tịch UBND xã"), nor a national title complete on its own ("Phó Thủ tướng kiêm Bộ trưởng")."""
    for a, b in zip(posts, posts[1:], strict=False):
        if a.body or a.standalone or not b.body or fold(a.role).startswith(_PARTY_ROLES) \
                or fold(b.body).split()[0] in _SUBUNITS:  # "Phó Tổng Giám đốc kiêm Giám đốc Khối ...": a division's
            continue
        if [t.text.lower() for t in toks[a.tok_end:b.tok_start]] == ["kiêm"]:
            a.body = b.body


def _concurrent_former(posts: list[PostMention], toks: list[Token]) -> None:
    """'kiêm' joins two posts of one body held together, so a former post's partner is former too: "cựu Chủ tịch
    HĐQT kiêm Giám đốc Công ty X". Not a comma (the press repeats 'nguyên' before each former post of a list), nor
    posts of two bodies ("Cựu thủ tướng Thái Lan kiêm Đại sứ thiện chí của UNICEF" still is the ambassador)."""
    for a, b in zip(posts, posts[1:], strict=False):
        if a.former and not b.former and a.body and fold(a.body) == fold(b.body) \
                and [t.text.lower() for t in toks[a.tok_end:b.tok_start]] == ["kiêm"]:
            b.former = True


_CHAIN_GAPS = ({","}, {"kiêm"}, {",", "kiêm"})
_LOCAL_COUNCILS = ("ubnd", "hđnd", "ủy ban nhân dân", "hội đồng nhân dân")
_COMMUNES = {"xã", "phường", "thị"}


def _committees() -> frozenset[str]:
    return lexicon.folded_words("party_committees.txt")


@cache
def _committee_hosts() -> lexicon.PhraseMatcher:
    return lexicon.PhraseMatcher({w: w for w in word_list("committee_hosts.txt")})


_COUNCIL = ("hội", "đồng")


def _host(body: str) -> str:
    """The organisation a post's body names ("Học viện Báo chí và Tuyên truyền", "Tập đoàn X" of "HĐQT
    Tập đoàn X"), or ''."""
    words = body.split()
    keys = [fold(w) for w in words]
    board = _boards().match(words, 0, keys)  # type: ignore[arg-type]
    start = board[0] if board else 0
    if not board and keys[:2] == list(_COUNCIL) and len(keys) > 2:
        start = 2  # "Chủ tịch Hội đồng Đại học Huế": the council of the university, whose Đảng ủy is the university's
    for council in _LOCAL_COUNCILS:  # "Chủ tịch UBND xã Tân Hòa": the commune's own Đảng ủy
        size = len(council.split())
        if " ".join(keys[:size]) == council and size < len(keys) and keys[size] in _COMMUNES:
            return " ".join(words[size:])
    if start < len(words) and _committee_hosts().match(words, start, keys) and fold(body) not in _committees():  # type: ignore[arg-type]
        return " ".join(words[start:])
    return ""


def _committee_bodies(posts: list[PostMention], toks: list[Token]) -> None:
    """A bare committee inside an organisation (party_committees.txt) in a chain of posts takes the organisation
    the nearest post of the chain names: "Phó Bí thư Đảng ủy, Quyền Giám đốc Học viện Báo chí và Tuyên truyền"
    -> "Phó Bí thư Đảng ủy Học viện Báo chí và Tuyên truyền"."""
    def linked(a: PostMention, b: PostMention) -> bool:
        gap = {t.text.lower() for t in toks[a.tok_end:b.tok_start]}
        return gap in _CHAIN_GAPS

    for k, post in enumerate(posts):
        if fold(post.body) not in _committees():
            continue
        nearest = []
        if k + 1 < len(posts) and linked(post, posts[k + 1]):
            nearest.append(posts[k + 1])
        if k > 0 and linked(posts[k - 1], post):
            nearest.append(posts[k - 1])
        host = next((h for h in (_host(q.body) for q in nearest) if h), "")
        if host:
            post.body = f"{post.body} {host}"


def _province_named(body: str) -> str:
    """The province or city a body ends with, as written ("Ban Tuyên giáo Thành ủy Hà Nội" -> "Hà Nội"), or ''."""
    words = body.split()
    for k in range(len(words) - 1, 0, -1):  # the shortest ending: "Bình Dương", not "tỉnh Bình Dương"
        place = " ".join(words[k:])
        if fold(place) in provinces():
            return place
    return ""


def _chain_places(posts: list[PostMention], toks: list[Token]) -> None:
    """Local bodies without their place in one person's chain of posts take the one province or city the chain
    names: "Ủy viên Ban Thường vụ Thành ủy, Trưởng Ban Tuyên giáo Thành ủy Hà Nội" -> "Ban Thường vụ Thành ủy Hà
    Nội"; "Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh Bình Dương" -> "Tỉnh ủy Bình Dương" (not the article's province)."""
    start = 0
    for end in range(1, len(posts) + 1):
        if end < len(posts) and {t.text.lower() for t in toks[posts[end - 1].tok_end:posts[end].tok_start]} \
                in _CHAIN_GAPS:
            continue
        run = posts[start:end]
        places = {fold(p): p for p in (_province_named(q.body) for q in run) if p}
        if len(places) == 1:
            place = next(iter(places.values()))
            for q in run:
                if q.body and needs_jurisdiction(q.body):
                    q.body = f"{q.body} {place}"
        start = end


def _association(body: str) -> bool:
    """A society or association ("Hội Nông dân", "Hội KHKT"), not a council ("Hội đồng nhân dân")."""
    key = fold(body)
    return key.startswith("hội ") and not key.startswith(("hội đồng", "hội nghị"))


def _term_span(toks: list[Token], keys: list[str], j: int) -> tuple[int, list[str], bool]:
    """(end token, Roman numerals, several terms) of a term phrase at j: "khóa XII", "các khóa IX, X, XI"."""
    k, plural = j, False
    if keys[k] == "các":
        plural, k = True, k + 1
    k += 1  # the term word
    if k < len(toks) and keys[k] == "các":
        plural, k = True, k + 1
    numerals = []
    while k < len(toks) and (_ROMAN.match(toks[k].text) or toks[k].text == "," and k + 1 < len(toks)
                             and _ROMAN.match(toks[k + 1].text)):
        if toks[k].text != ",":
            numerals.append(toks[k].text)
        k += 1
    return (k if numerals else 0), numerals, plural or len(numerals) > 1


def _outer_role(toks: list[Token], keys: list[str], i: int) -> int | None:
    """Start of a role that governs this one through "của" ("người phát ngôn của Thủ tướng")."""
    if i < 2 or keys[i - 1] != "của":
        return None
    roles = lexicon.roles()
    for k in range(max(0, i - 4), i - 1):
        m = roles.match(toks, k, keys)
        if m and k + m[0] == i - 1 and " ".join(keys[k:i - 1]) in _SPOKESPERSONS:
            return k
    return None


def _serving_roles() -> frozenset[str]:
    return lexicon.folded_words("serving_roles.txt")


def _served_role(toks: list[Token], keys: list[str], j: int, person_at: set[int]) -> int:
    """End of "của ROLE (capitalised words)" at j, before the served person's name (0 if none)."""
    if j + 1 >= len(toks) or keys[j] != "của":
        return 0
    m = lexicon.roles().match(toks, j + 1, keys)
    if not m:
        return 0
    k = j + 1 + m[0]
    while k < len(toks) and toks[k].text[:1].isupper() and k not in person_at:
        k += 1
    return k


# "người phát ngôn của Thủ tướng Nguyễn Kinh Quốc" names the spokesman; "thư ký của Chủ tịch Hồ Chí Minh",
# "trợ lý của HLV Guus Hiddink" name the one served
_SPOKESPERSONS = {"người phát ngôn", "phát ngôn viên"}


@cache
def _clause_verbs() -> lexicon.PhraseMatcher:
    return lexicon.PhraseMatcher({w: w for w in word_list("clause_verbs.txt")})


def _verb_at(toks: list[Token], keys: list[str], k: int) -> bool:
    """A clause verb starts at token k, unless it names a body after the body's head word ("Ban chỉ đạo")."""
    m = _clause_verbs().match(toks, k, keys)
    return m is not None and not (k > 0 and keys[k - 1] in _ROLE_HEADS and " ".join(keys[k:k + m[0]]) in body_words()) \
        and not _completes_capital_word(toks, k, m[0])


def _completes_capital_word(toks: list[Token], k: int, size: int) -> bool:
    """The words at k end a dictionary word whose first syllables are written with capitals just before
    ("Trung tâm Công nghệ | thông tin": the field "công nghệ thông tin", no verb "thông tin")."""
    for before in (1, 2):
        start = k - before
        if start >= 0 and toks[start].text[:1].isupper() and all(t.text.isalpha() for t in toks[start:k]) \
                and is_word(*(t.text for t in toks[start:k + size])):
            return True
    return False


@cache
def _modifiers() -> lexicon.PhraseMatcher:
    return lexicon.PhraseMatcher({w: w for w in word_list("post_modifiers.txt")})


@cache
def _modifier_firsts() -> frozenset[str]:
    return frozenset(_modifiers().firsts)


_DESCRIPTIONS = {"lãnh đạo"}  # "nhà lãnh đạo Kim Jong-un": a description, not a post
_NICKNAMES = {"nữ hoàng"}  # a queen of a field, in lower case, is a byname ("nữ hoàng thảm đỏ")
# descriptions that name a post only in apposition and before a capitalised body ("X, người đứng đầu Văn phòng Y")
_APPOSITION_MARKS = {",", "-", "–", "("}


_CLOSERS = {"(": {")"}, ",": {",", ".", ";", ":", ")"}, "-": {"-", "–", ",", ".", ";", ":"},
            "–": {"-", "–", ",", ".", ";", ":"}}
_APPOSED_MAX = 22  # tokens of a title and its body in apposition
_INDEFINITE = {"một", "các", "những", "nhiều", "mấy"}  # "Giám đốc một doanh nghiệp ...": a description, no body
_APPOSITION_CLOSERS = {",", ")", "-", "–"}
_BARE_CLOSERS = {",", ")", ".", ";", ":"}


def _apposed_body_end(toks: list[Token], keys: list[str], i: int, body_start: int, j: int, person_at: set[int]) -> int:
    """A title in apposition to a name whose body the press writes in lower case ("Nguyễn Văn Cường, Trưởng phòng
    nghiên cứu phát triển Vietravel, vẫn ...", "Hứa Công Ảnh, Đội trưởng chống lậu Cục Hải quan Lạng Sơn, cho hay"):
    the body runs to the mark that closes the apposition or to the clause's verb, when it names something (a
    capitalised word or a number) and holds no other name or title. Returns the new end (j if none)."""
    n = len(toks)
    if j >= n or not (toks[j].text.islower() and toks[j].text.isalpha()) or keys[j] in _JOINERS \
            or keys[j] in _INDEFINITE and not _manages_several(keys, body_start, j) \
            or any(t.text[:1].isupper() for t in toks[body_start:j] if t.text[:1].isalpha()) \
            and not _capital_head_only(toks, keys, body_start, j) \
            or _board_in_title(toks, keys, i, body_start):
        return j  # only a body still unnamed: "Tổng thống Mỹ | đầu tiên trong ..." is complete (the title's own
        # capitals, "Phó Giám đốc", "Trưởng Ban Quản lý", name no body; a board, "Chủ tịch HĐQT", does)
    closers = _CLOSERS.get(toks[i - 1].text, set())
    headed = _capital_head_only(toks, keys, body_start, j)  # "Trung tâm | thông tin ...": a noun right after the head
    k, last_named = j, 0
    while k < n and k - i < _APPOSED_MAX:
        if toks[k].text in closers or keys[k] in _ASPECT \
                or toks[k].text.islower() and _verb_at(toks, keys, k) and not (headed and k == j) \
                or keys[k] in _TAIL_STOPS and not (k + 1 < n and is_word(toks[k].text, toks[k + 1].text)) \
                or k > j and _clause_stop(toks, keys, k):  # not "phát triển", "đề án"
            break
        if k in person_at or lexicon.roles().match(toks, k, keys) or toks[k].text in _TAIL_ENDS and not (
                toks[k].text in _DASHES and _inner_dash(toks, keys, k)):
            return j
        if toks[k].text[:1].isupper() or toks[k].text[:1].isdigit():
            last_named = k + 1
        elif k > j and toks[k - 1].text[:1].isupper() \
                and any(" ".join(keys[k - size:k]) in provinces() for size in (1, 2, 3) if k - size >= j):
            return k  # "Trưởng phòng thu BHXH thành phố Đà Nẵng | đưa ra ...": a province ends the body
        k += 1
    if k - i >= _APPOSED_MAX or not last_named and not (
            k < n and toks[k].text in _APPOSITION_CLOSERS and _lower_head_named(toks, keys, body_start, j, k)):
        return j
    if k < n and toks[k].text in _APPOSITION_CLOSERS:
        return k  # "..., Trạm trưởng trạm khai thác và điều độ số 16 thuộc Công ty cổ phần ô tô vận tải số 1,"
    if last_named < n and is_word(toks[last_named - 1].text, toks[last_named].text):
        return j  # "báo điện tử Dân | trí": the name goes on in lower case, where is unclear
    return last_named  # "... Đội trưởng đội nghiệp vụ hải quan Tân Thanh | than thở.": the clause follows the name


@cache
def _apposed_heads() -> lexicon.PhraseMatcher:
    return lexicon.PhraseMatcher({w: w for w in word_list("apposed_heads.txt")})


def _capital_head_only(toks: list[Token], keys: list[str], body_start: int, j: int) -> bool:
    """The body read up to token j is a head noun with the only capital ("Trung tâm | thông tin triển lãm TP HCM",
    "Cty | than Mông Dương", "Khu quản lý giao thông | đô thị số 1"): its name is still to come."""
    head = _apposed_heads().match(toks, body_start, keys)
    return head is not None and body_start + head[0] <= j and toks[body_start].text[:1].isupper() \
        and not any(t.text[:1].isupper() for t in toks[body_start + 1:j])


def _lower_head_named(toks: list[Token], keys: list[str], body_start: int, j: int, k: int) -> bool:
    """The words from j to the mark that closes the apposition are a body written all in lower case, a head noun and
    its name ("Nguyễn Văn Sơn, Phó giám đốc | xí nghiệp dịch vụ công cộng,"); not a head that begins a longer word
    ("tổ | chức")."""
    head = _apposed_heads().match(toks, j, keys) if j == body_start else None
    if head is None or j + head[0] >= k:
        return False
    end = j + head[0]
    return not is_word(toks[end - 1].text, toks[end].text)


_MANAGEMENT = ["quản", "lý"]


def _manages_several(keys: list[str], body_start: int, j: int) -> bool:
    """A management board in the title whose name goes on with 'các' ("Trưởng Ban Quản lý | các khu chế xuất và công
    nghiệp Cần Thơ", "Trưởng Ban Quản lý | các dự án tái định cư TP Đà Nẵng"): the word is part of the name."""
    return keys[j] == "các" and j == body_start and keys[j - 2:j] == _MANAGEMENT


def _board_in_title(toks: list[Token], keys: list[str], i: int, body_start: int) -> bool:
    """The title from token i names a board of its own ("Chủ tịch HĐQT", "Thành viên Hội đồng trường"): lower-case
    words after it are no body ("Chủ tịch HĐQT | tập trung nghiên cứu ...", "... Hội đồng trường | nhiệm kỳ ...")."""
    return any(_boards().match(toks, k, keys) or keys[k:k + 2] == list(_COUNCIL) for k in range(i + 1, body_start))


_BEFORE_NAME_MAX = 10  # tokens of a lower-case body between a title and the name it introduces


def _body_before_name(toks: list[Token], keys: list[str], i: int, body_start: int, j: int, person_at: set[int]) -> int:
    """A capitalised title before a name whose body the press writes in lower case ("Trưởng trạm thu phí cầu Mỹ
    Thuận Trương Văn Vinh cho biết"): the words up to the name, when they name something (a capital or a number)
    and hold no punctuation, verb, title or other name. Returns the new end (j if none)."""
    n = len(toks)
    if j >= n or j in person_at or not (toks[j].text.islower() and toks[j].text.isalpha()) or keys[j] in _JOINERS \
            or any(t.text[:1].isupper() for t in toks[body_start:j] if t.text[:1].isalpha()) \
            or _board_in_title(toks, keys, i, body_start):
        return j
    k, named = j, False
    while k < n and k - j < _BEFORE_NAME_MAX and k not in person_at:
        if not toks[k].text[:1].isalnum() or keys[k] in _ASPECT or keys[k] in _TAIL_STOPS \
                or toks[k].text.islower() and _verb_at(toks, keys, k) or lexicon.roles().match(toks, k, keys) \
                or lexicon.honorifics().match(toks, k, keys) or k > j and _clause_stop(toks, keys, k):
            return j
        named = named or toks[k].text[:1].isupper() or toks[k].text[:1].isdigit()
        k += 1
    return k if k in person_at and named and k > j else j


def _named_body_runs_on(toks: list[Token], keys: list[str], i: int, body_start: int, j: int,
                        person_at: set[int]) -> int:
    """A capitalised title before a name whose body, opened in capitals, goes on in lower case up to the name (older
    texts: "Phó Chủ nhiệm Ủy ban Giáo dục | thanh thiếu niên nhi đồng Quốc hội Nguyễn Viết Chức", "Bộ trưởng Bộ Lao
    động | , thương binh - xã hội Nguyễn Thị Hằng"): the words up to the name, when the lower-case ones make words of
    two or three syllables (not "thăm", "gặp") with no verb, title, rank, honorific, count or clause word among them,
    and punctuation stands only between the body's fields, listed up to a 'và' or a dash. Returns the new end (j if
    none)."""
    n = len(toks)
    if j >= n or j in person_at or keys[j] in _JOINERS or j == body_start \
            or not any(t.text[:1].isupper() for t in toks[body_start:j] if t.text[:1].isalpha()) \
            or _board_in_title(toks, keys, i, body_start):
        return j
    k, comma = j, 0
    while k < n and k - j < _BEFORE_NAME_MAX and k not in person_at:
        step = _run_on_step(toks, keys, k, person_at)
        if not step:
            return j
        comma = k if toks[k].text == "," else comma
        k += step
    if comma and not any(keys[x] == "và" or toks[x].text in _DASHES for x in range(comma, k)):
        return j  # fields are listed up to a 'và' or a dash: not "Hiệu trưởng THPT X, | nhà giáo Dương Thị Trúc Bạch"
    return k if k in person_at and k > j and toks[k - 1].text.isalpha() else j


@cache
def _role_openings() -> frozenset[tuple[str, ...]]:
    """The first two words of every title of two words or more ("đại biểu" of "Đại biểu Quốc hội")."""
    return frozenset(key[:2] for key in lexicon.roles().entries if len(key) > 1)


def _run_on_step(toks: list[Token], keys: list[str], k: int, person_at: set[int]) -> int:
    """How many tokens from k go on with a body before a name (0 if token k ends it): a field's comma or dash before a
    lower-case word, a capitalised word or its lower-case syllable, a joiner, or a lower-case word of two or three
    syllables."""
    n = len(toks)
    if toks[k].text in (",", *_DASHES):
        field = k + 2 < n and k + 1 not in person_at and toks[k + 1].text.islower() and toks[k - 1].text.isalpha() \
            and is_word(toks[k + 1].text, toks[k + 2].text)
        return 1 if field else 0  # "Lao động, thương binh - xã hội"
    if not toks[k].text.isalpha() or keys[k] in _ASPECT or keys[k] in _TAIL_STOPS or keys[k] in count_words() \
            or _verb_at(toks, keys, k) or lexicon.roles().match(toks, k, keys) \
            or tuple(keys[k:k + 2]) in _role_openings() or lexicon.honorifics().match(toks, k, keys) \
            or lexicon.ranks().match(toks, k, keys):
        return 0  # "Bộ trưởng Y tế, | đại biểu Đỗ Nguyên Phương": the words open a title of the name
    if toks[k].text[:1].isupper() or keys[k] in ("và", "của", "các") \
            or toks[k - 1].text[:1].isupper() and is_word(toks[k - 1].text, toks[k].text):  # "Quốc hội"
        return 1
    return _lower_word_size(toks, keys, k, person_at)


def _body_closed(toks: list[Token], keys: list[str], j: int) -> bool:
    """The body read before token j ends where the apposition does: punctuation, the clause's verb or its aspect
    ("..., người đứng đầu NUSI, lập luận", "... Đại học Kỹ thuật Konya | đã đưa ra")."""
    return j >= len(toks) or toks[j].text in _TAIL_ENDS or keys[j] in _ASPECT | {"từng"} or _verb_at(toks, keys, j)
_GROUP_WORDS = {"các", "những", "nhiều", "mọi"}
_NOW_WORDS = {"hiện", "nay"}  # "A, hiện là phó chủ tịch Hội ...": a lower-case title after a verb of holding now
_LIST_OPENERS = (("(",), ("là",), (":",), ("gồm",), ("gồm", ":"), ("gồm", "có"), ("khác", "("), ("khác", "gồm"),
                 ("khác", "là"))
_LIST_HONORIFICS = {"ông", "bà"}


def count_words() -> frozenset[str]:
    return lexicon.folded_words("count_words.txt")


def counted_list_at(toks: list[Token], keys: list[str], i: int, j: int, person_at: set[int]) -> int | None:
    """Where the list of holders begins after a counted title (toks[i:j]: "Sáu ủy viên BCT | (Nông Đức Mạnh, ...",
    "5 phó chủ tịch | là ông Đỗ Hoàng Ân, ...", "4 thành viên | khác (ông Dương Công Toàn, ..."), None if it is none."""
    if i == 0 or not (keys[i - 1] in count_words() or toks[i - 1].text.isdigit()):
        return None
    for opener in _LIST_OPENERS:
        k = j + len(opener)
        if tuple(keys[j:k]) == opener:
            if k < len(toks) and keys[k] in _LIST_HONORIFICS:
                k += 1
            if k in person_at:
                return k
    k = clause_end(toks, keys, j, person_at)
    if k is not None and k in person_at:
        return k  # "Hai phó thủ tướng tái đắc cử BCH lần này | là Nguyễn Tấn Dũng và Phạm Gia Khiêm"
    return None


_CLAUSE_MAX = 8
_MINISTER = ("bộ", "trưởng")
_MINISTRY_STARTS = {"bộ", "ủy", "uỷ"}  # "(Bộ Công an)", "(Ủy ban Dân tộc)": a ministry or a minister-rank committee


def _listed_ministers(text: str, toks: list[Token], keys: list[str], persons: list[PersonMention]) -> list[PostMention]:
    """A counted minister title over a list naming each holder's ministry in brackets ("Các bộ trưởng trúng cử BCH
    là Lê Hồng Anh (Bộ Công an), Võ Hồng Phúc (Bộ KH&ĐT)"): each bracket is that holder's post."""
    person_at = {p.tok_start for p in persons}
    ends = {p.tok_end for p in persons}
    out: list[PostMention] = []
    for i in range(1, len(toks) - 1):
        if tuple(keys[i:i + 2]) != _MINISTER or not (keys[i - 1] in count_words() or toks[i - 1].text.isdigit()):
            continue
        if counted_list_at(toks, keys, i, i + 2, person_at) is None:
            continue
        for k in sorted(ends):
            if k <= i or k + 2 >= len(toks) or toks[k].text != "(" or keys[k + 1] not in _MINISTRY_STARTS \
                    or not toks[k + 1].text[:1].isupper():
                continue
            close = next((m for m in range(k + 2, min(k + 12, len(toks))) if toks[m].text in ")("), None)
            if close is None or toks[close].text != ")" or close == k + 2:
                continue
            body = text[toks[k + 1].start:toks[close - 1].end]
            role = "Bộ trưởng" if keys[k + 1] == "bộ" else "Chủ nhiệm"  # a committee of minister rank has a chairman
            out.append(PostMention(toks[k + 1].start, toks[close - 1].end, body, role, body, k + 1, close))
    return out


def clause_end(toks: list[Token], keys: list[str], j: int, person_at: set[int]) -> int | None:
    """After a counted title, a short clause of words (no name, no punctuation) closed by 'là' ("tái đắc cử BCH lần
    này là"): where the word after 'là' (and an 'ông'/'bà') is, None if the words after j are no such clause."""
    for k in range(j + 1, min(j + _CLAUSE_MAX + 1, len(toks))):
        if k - 1 in person_at or not toks[k - 1].text.isalpha():
            return None
        if keys[k] == "là":
            k += 1
            if k < len(toks) and keys[k] in _LIST_HONORIFICS:
                k += 1
            return k
    return None
# "Hiệp hội", "Công đoàn", "Tổng công ty", "Hội đồng"
_HEAD_SECOND = {"hội", "đoàn", "công", "ty", "viện", "trường", "hiệp", "tâm", "đồng", "ban"}
# a military unit is named by its number: "Quân khu 4", "Quân đoàn 2", "Sư đoàn 308"
_NUMBERED_UNITS = frozenset(word_list("numbered_units.txt"))
# a steering committee named by the number of its decree or resolution: "Ban Chỉ đạo 127", "Ban chỉ đạo T.Ư 6"
_STEERING = (("chỉ", "đạo"), ("chỉ", "đạo", "trung", "ương"), ("chỉ", "đạo", "t.ư"), ("chỉ", "đạo", "tư"),
             ("chỉ", "đạo", "tw"))


def _steering_number(keys: list[str], j: int) -> bool:
    return any(tuple(keys[max(0, j - len(s)):j]) == s for s in _STEERING)


_NUMBERED_BODIES = {"tàu", "đồn"}  # "tàu Cảnh sát biển 4032", "Đồn Biên phòng 328"
_UNIT_WORDS = {"tỉnh", "thành", "huyện", "quận", "xã", "phường", "thị"}
_CLOSING_UNITS = {"tỉnh", "huyện", "quận", "xã", "phường", "phố", "trấn"}  # not "thành", "thị" (of "thành phố")
_CITY_SHORT = {"tp", "tp.", "tx", "tx."}


def _jurisdiction_closed(toks: list[Token], keys: list[str], j: int, body_start: int) -> bool:
    """The body before token j ends with its place ("UBND tỉnh", "Sở Y tế tỉnh Quảng Trị", "UBND TP Phú Quốc"):
    a body's name ends with its jurisdiction, so no lower-case word after it belongs to the body."""
    k = j - 1
    if k < body_start:
        return False
    if _unit_at(toks, keys, k) and not is_word(toks[k].text, toks[j].text) or keys[k] in _CITY_SHORT:
        return True  # not "xã | hội" (society), "tỉnh | thành" (provinces)
    while k >= body_start and toks[k].text[:1].isupper():
        k -= 1
    if k == j - 1:
        return False
    if any(j - size > max(k, body_start) and " ".join(keys[j - size:j]) in provinces() for size in (3, 2, 1)):
        return True  # "Bộ đội Biên phòng Quảng Trị | kiểm tra tại ...": a province ends the body too
    return k >= body_start and _unit_at(toks, keys, k) or any(keys[m] in _CITY_SHORT for m in range(k + 1, j - 1))


def _dotted_city(toks: list[Token], keys: list[str], j: int, person_at: set[int]) -> bool:
    """The full stop at j closes a city's short form and a city or district is named right after it ("UBND TP. Buôn Ma
    Thuột", "Thị ủy TX. Sơn Tây"), not a sentence's end ("... của UBND TP. Theo ông A")."""
    if keys[j - 1] not in _CITY_SHORT or toks[j - 1].end != toks[j].start or j + 1 >= len(toks) or j + 1 in person_at:
        return False
    places = districts()
    for size in (3, 2, 1):
        run = toks[j + 1:j + 1 + size]
        if len(run) == size and all(t.text[:1].isupper() for t in run):
            name = " ".join(keys[j + 1:j + 1 + size])
            if name in places or name in provinces():
                return True
    return False


def _unit_at(toks: list[Token], keys: list[str], k: int) -> bool:
    """An administrative unit word at k ("tỉnh", "thành phố", "thị xã"), not the end of another word ("hợp tác xã")."""
    if not toks[k].text.islower() or keys[k] not in _CLOSING_UNITS:
        return False
    if k > 0 and keys[k - 1] not in ("thành", "thị") and is_word(toks[k - 1].text, toks[k].text):
        return False
    return not (k > 1 and is_word(toks[k - 2].text, toks[k - 1].text, toks[k].text))
_NOT_BODY_WORDS = {"cho", "đã", "sẽ", "đang", "vừa", "là", "có", "được", "cũng", "nói", "đề", "trả", "phát", "làm"}


def _starts_next_word(toks: list[Token], j: int) -> bool:
    """toks[j] forms a word with the lower-case syllable after it ("Sơn | đồng thời")."""
    if j + 2 < len(toks) and f"{fold(toks[j + 1].text)} {fold(toks[j + 2].text)}" in body_words():
        return False  # "Giao | thông | công chính": the next two make a body word
    return j + 1 < len(toks) and toks[j + 1].text.islower() and is_word(toks[j].text, toks[j + 1].text)


def _lower_words_to_capital(toks: list[Token], keys: list[str], j: int, person_at: set[int]) -> int:
    """Lower-case two-syllable words inside a body name, up to a capital, a name or a unit word and a
    capital ("Bộ Giao thông vận tải Đào Đình Bình", "Hội nạn nhân chất độc da cam xã Quảng Yên").
    Returns how many tokens belong to the body (0 if none)."""
    k = j
    while k + 1 < len(toks) and k - j < 10:
        if _verb_at(toks, keys, k) or (keys[k], keys[k + 1]) in _PREPOSITION_WORDS or keys[k] == "của":
            break  # "Cố vấn tranh cử | của ông Trump": the name after "của" is the one served
        if keys[k] not in _NOT_BODY_WORDS and toks[k].text.islower() and toks[k + 1].text.islower() \
                and is_word(toks[k].text, toks[k + 1].text):
            k += 2
        elif keys[k] == "các" and k + 2 < len(toks) and is_word(toks[k + 1].text, toks[k + 2].text):
            k += 1  # "Ủy ban các vấn đề xã hội"
        elif k > j and toks[k].text == "/" and toks[k + 1].text[:1].isalpha():  # "da cam/dioxin"
            k += 2
        else:
            break
    if k == j or k >= len(toks):
        return 0
    nxt = toks[k]
    if lexicon.honorifics().match(toks, k, keys) or lexicon.ranks().match(toks, k, keys):
        return 0  # "Hiệu trưởng Trường ĐH X đối với TS Y": a degree or form of address opens a name
    if nxt.text[:1].isupper() or k in person_at:
        return k - j
    if keys[k] == "và" and _capital_field(toks, keys, k + 1, person_at):
        return k - j  # "Quỹ Bảo trợ Người tàn tật | và Trẻ mồ côi Việt Nam": 'và' joins a further field
    if nxt.text in _DASHES and k + 1 < len(toks) and toks[k + 1].text[:1].isupper() and k + 1 not in person_at \
            and not lexicon.roles().match(toks, k + 1, keys):
        return k - j  # "Viện Quy hoạch Kiến trúc đô thị - Trường ĐH Xây dựng": the parent after a dash
    if keys[k] in _UNIT_WORDS and k + 1 < len(toks) and toks[k + 1].text[:1].isupper():
        return k - j
    if keys[k] == "tỉnh" and (k + 1 == len(toks) or not toks[k + 1].text[:1].isupper()):
        return k - j + 1  # "Bộ Chỉ huy biên phòng tỉnh": the article's province is meant
    return 0


def _capital_field(toks: list[Token], keys: list[str], k: int, person_at: set[int]) -> bool:
    """Token k opens a capitalised field of the same body's name: no name, title, form of address or other body."""
    return k < len(toks) and k not in person_at and toks[k].text[:1].isupper() and toks[k].text[:1].isalpha() \
        and not lexicon.roles().match(toks, k, keys) and not _parent_bodies().match(toks, k, keys) \
        and not lexicon.honorifics().match(toks, k, keys) and not lexicon.ranks().match(toks, k, keys)


_PREPOSITION_WORDS = {("đối", "với"), ("cùng", "với"), ("bên", "cạnh"), ("thay", "cho")}
_BEFORE_NAMES = {"miền", "phía", "châu", "đảng", "báo", "tạp", "trường", "nghề", "sở", "vụ", "cục",
                 "viện", "đội", "vùng"}  # lower-case body words only before a name ("Viện KHXH vùng Nam Bộ")
_TAIL_ENDS = {",", ";", ":", "(", ")", "-", "–", "."}
_TAIL_STOPS = _NOT_BODY_WORDS | _TERM_WORDS | {"thì", "khi", "nên", "nhưng", "biết", "rằng", "này", "đó", "kiêm",
                                               "nhiệm"}  # "nhiệm kỳ 2021-2025"
_ASPECT = {"đã", "sẽ", "đang", "vừa", "cũng", "mới"}  # "Ban ... về phòng chống Covid-19 | vừa chủ trì"
# words of the clause after a name, not of it, unless part of a two-syllable word ("thiết bị", "ngày hội")
_CLAUSE_STOPS = {"trong", "lần", "thôi", "để", "với", "cùng", "sau", "trước", "lúc", "ngày", "hôm", "sáng", "chiều",
                 "nhằm", "bị", "vì"}
_TAIL_MAX = 14
@cache
def _lookalikes() -> lexicon.PhraseMatcher:
    return lexicon.PhraseMatcher({w: w for w in word_list("role_lookalikes.txt")})


@cache
def _department_heads() -> lexicon.PhraseMatcher:
    return lexicon.PhraseMatcher({w: w for w in word_list("department_heads.txt")})


_ROLE_HEADS = {"ban", "phòng", "khoa", "vụ", "cục", "viện", "tổ", "đội", "hội", "sở"}


def _association_name(toks: list[Token], keys: list[str], body_start: int, j: int) -> bool:
    """An association whose name capitalises its first word only, like a department's ("Hội Doanh nghiệp | hàng Việt
    Nam chất lượng cao", "Hội Nghề | cá"); not a council ("Hội đồng"), nor a name capitalised further ("Hội Nhà báo
    Việt Nam | ông ...")."""
    k = body_start + (2 if keys[body_start] == "hiệp" else 1)
    if keys[k - 1] != "hội" or j - k not in (1, 2) or keys[k] == "đồng" or not toks[k].text[1:].islower():
        return False
    return toks[k].text[:1].isupper() and (j - k == 1 or is_word(toks[k].text, toks[k + 1].text))


def _lower_tail(toks: list[Token], keys: list[str], body_start: int, j: int, person_at: set[int]) -> int:
    """Lower-case words that finish a body cut short, up to the punctuation that ends the apposition:
    after a bare head ("Hội nạn nhân chất độc da cam/dioxin,", "Cục quản lý lao động nước ngoài,") or
    inside a word ("Sở Giao | thông công chánh TP.HCM,"). Returns how many tokens to add (0 if none)."""
    if j >= len(toks) or not toks[j].text.islower() or j == 0:
        return 0
    if j == body_start:  # "Trưởng Ban | kiểm soát": a role ending in a body's head
        bare = keys[j - 1] in _ROLE_HEADS
        if not bare:
            return 0
    else:
        bare = lexicon.is_body_head(keys[body_start]) \
            and all(keys[k] in _HEAD_SECOND for k in range(body_start + 1, j)) \
            or j - body_start == 1 and keys[body_start - 1] in _ROLE_HEADS \
            or _department_heads().match(toks, body_start, keys) is not None  # "Trưởng phòng Dạy | nghề của Sở ..."
    # a department's name capitalises its first word only ("Cục Quản lý dược", "Vụ Giáo dục đại học"): its
    # lower-case words run on to the clause's verb or the name the title introduces
    department = j > body_start and (_department_heads().match(toks, body_start, keys) is not None
                                     or keys[body_start - 1] in _ROLE_HEADS  # "Trưởng Ban | Chuyên trách ..."
                                     or _association_name(toks, keys, body_start, j))
    pairs = j + 1 < len(toks) and is_word(toks[j].text, toks[j + 1].text) and j + 2 < len(toks) \
        and toks[j + 2].text in _TAIL_ENDS  # "Trưởng Khoa Quản trị kinh doanh,"
    if not bare and not department and not pairs and not is_word(toks[j - 1].text, toks[j].text):
        return 0
    if keys[j] == "tại" and j + 1 < len(toks) and toks[j + 1].text.islower() \
            and not is_word(toks[j].text, toks[j + 1].text):  # not "đào tạo tại chức" (in-service training)
        return 0  # "Trưởng Ban Chỉ đạo | tại cuộc họp": where it met, no part of its name
    field = _prevention_field(keys, j)
    if keys[j] not in _JOINERS and not field and (_jurisdiction_closed(toks, keys, j, body_start)
                                    or j - 2 >= body_start and (keys[j - 2], keys[j - 1]) == ("trung", "ương")):
        return 0  # "Trưởng ban Tổ chức Trung ương | đọc tờ trình": a body ends with its place or level
    tail = _tail_run(toks, keys, j, person_at, department, field, False)
    if tail and toks[j + tail].text == "," and _lower_field_list(toks, keys, j + tail, person_at):
        # "Viện nghiên cứu xã hội, kinh tế và môi trường,": lower-case fields closed by 'và'
        tail = max(tail, _tail_run(toks, keys, j, person_at, department, field, True))
    return tail


def _tail_run(toks: list[Token], keys: list[str], j: int, person_at: set[int], department: bool, field: bool,
              fields: bool) -> int:
    """How many lower-case tokens from j finish the body, up to the punctuation that ends the apposition (0 if
    none); with `fields`, through a lower-case list of fields closed by 'và'. A run past a dash between two fields
    that ends in no body's end stops at the dash ("Trưởng ban nghiên cứu chiến lược quân sự | - về việc đi ...")."""
    k = j
    dash = 0
    while k < len(toks) and k - j < _TAIL_MAX and (toks[k].text not in _TAIL_ENDS or _inner_dash(toks, keys, k)
                                                   or k > j and _field_dash(toks, keys, k, person_at)
                                                   or _inner_comma(keys, k)
                                                   or fields and toks[k].text == ","
                                                   and _lower_field_list(toks, keys, k, person_at)):
        joins_clause = keys[k] == "và" and k + 1 < len(toks) and (
            keys[k + 1] in _TAIL_STOPS or lexicon.roles().match(toks, k + 1, keys))  # "... và là Chủ tịch"
        if k > j and toks[k].text.islower() and _verb_at(toks, keys, k):
            return k - j  # "Công ty nước sạch Hà Đông | lý giải"
        if k > j and keys[k] == "của" and k + 1 < len(toks) and toks[k + 1].text.islower():
            return k - j  # "Chủ tịch Hội đồng thi | của trường than thở": the owner, told in lower case, ends it
        if department and k > j and (k in person_at or lexicon.honorifics().match(toks, k, keys)
                                     or lexicon.ranks().match(toks, k, keys) or keys[k] in _ASPECT
                                     or _clause_stop(toks, keys, k)):
            return k - j  # "Cục trưởng Cục Quản lý dược | Cao Minh Quang"
        if keys[k] in _TAIL_STOPS or k in person_at or lexicon.roles().match(toks, k, keys) \
                or _verb_at(toks, keys, k) or joins_clause or _clause_stop(toks, keys, k):
            return k - j if field and k > j + 2 else dash - j if dash else 0  # "... Covid-19 | làm trưởng đoàn"
        if toks[k].text in _DASHES and not dash and not _inner_dash(toks, keys, k):
            dash = k  # "Cục bản quyền tác giả văn học | - nghệ thuật": the second field goes on
        k += 1
    return k - j if k < len(toks) and toks[k].text in _TAIL_ENDS else dash - j if dash else 0


_DUTY_CUE = ("phụ", "trách")
_DUTY_PARENT_MARKS = {",", "của", "thuộc"}
# a duty's area, named after these words, is no body ("phụ trách khu vực châu Á", "phụ trách địa bàn quận 1")
_DUTY_PLACE_WORDS = frozenset(fold(w) for w in word_list("duty_place_words.txt"))
_DUTY_MAX = 10


def _duty_end(toks: list[Token], keys: list[str], j: int, person_at: set[int]) -> int:
    """Where a duty told in lower case after a title ends ("Phó giám đốc phụ trách kinh doanh, ...", "Phó Chủ tịch
    UBND thành phố Hà Nội phụ trách mảng kinh tế, ngân sách"): the post ends before 'phụ trách', and a name right
    after the duty is the holder's. 0 if no duty opens at j; 'phụ trách' before a capital is the acting head of that
    body ("Phó Giám đốc phụ trách Sở Xây dựng"), part of the post."""
    if tuple(keys[j:j + 2]) != _DUTY_CUE or j + 2 >= len(toks) or not toks[j + 2].text.islower() \
            or not toks[j + 2].text.isalpha():
        return 0
    k = j + 2
    while k < len(toks) and k - j < _DUTY_MAX and k not in person_at:
        word = toks[k].text
        if word == "," and k + 1 < len(toks) and toks[k + 1].text.islower() and toks[k + 1].text.isalpha():
            k += 1  # "phụ trách đầu máy toa xe, an toàn đầu máy toa xe"
            continue
        if word[:1].isupper() and keys[k - 1] in _DUTY_PLACE_WORDS:  # "phụ trách khu vực Đông Bắc Á | Nguyễn Phú Bình"
            while k < len(toks) and k not in person_at and (toks[k].text[:1].isupper() or _inner_dash(toks, keys, k)) \
                    and not lexicon.roles().match(toks, k, keys) and not lexicon.honorifics().match(toks, k, keys):
                k += 1
            break
        stop = keys[k] in _TAIL_STOPS and not (k + 1 < len(toks) and is_word(word, toks[k + 1].text))  # "phát triển"
        if not (word.isalpha() and word.islower()) or stop or _verb_at(toks, keys, k) \
                or lexicon.roles().match(toks, k, keys) or lexicon.honorifics().match(toks, k, keys):
            break
        k += 1
    return k


def _capitalised_end(toks: list[Token], keys: list[str], k: int, person_at: set[int]) -> int:
    """End of a run of capitalised words at k naming an organisation ("Technip", "Bưu điện Lâm Đồng"), up to a name,
    a title or a form of address; 0 if none opens at k."""
    e = k
    while e < len(toks) and e not in person_at and toks[e].text[:1].isalpha() \
            and not lexicon.roles().match(toks, e, keys) and not lexicon.honorifics().match(toks, e, keys):
        if toks[e].text[:1].isupper() or e > k and toks[e].text.islower() and is_word(toks[e - 1].text, toks[e].text):
            e += 1  # "Bưu điện Lâm Đồng": a lower-case syllable of a capitalised word goes with it
        elif e > k and e + 1 < len(toks) and f"{keys[e]} {keys[e + 1]}" in body_words():
            e += 2  # "Bộ Giao thông vận tải"
        else:
            break
    clean = e == len(toks) or e in person_at or toks[e].text in _TAIL_ENDS or keys[e] in _ASPECT \
        or _verb_at(toks, keys, e)
    return e if e > k and clean else 0  # "Công | ty cấp nước", "Cục Bảo | vệ môi trường": a name cut short


def _prevention_field(keys: list[str], j: int) -> bool:
    """'phòng, chống' / 'phòng chống' opens a committee's field after its level ("Ban Chỉ đạo Quốc gia | phòng,
    chống dịch Covid-19"), as a 'về' phrase does."""
    return keys[j] == "phòng" and j + 1 < len(keys) and (keys[j + 1] == "chống" or _inner_comma(keys, j + 1))


_COMMA_PAIRS = {("phòng", "chống"), ("khám", "chữa")}  # one field written with a comma inside


def _inner_comma(keys: list[str], k: int) -> bool:
    """The comma of "phòng, chống" (prevention and control) or "khám, chữa bệnh" (examination and treatment),
    inside a body's name."""
    return keys[k] == "," and 0 < k < len(keys) - 1 and (keys[k - 1], keys[k + 1]) in _COMMA_PAIRS


def _clause_stop(toks: list[Token], keys: list[str], k: int) -> bool:
    """A word that opens the clause after a body ("Tổng cục Môi trường | trong lần trao đổi"), not a syllable of
    a word of the body ("Công ty thiết bị giáo dục")."""
    return keys[k] in _CLAUSE_STOPS and not is_word(toks[k - 1].text, toks[k].text) \
        and not (k + 1 < len(toks) and is_word(toks[k].text, toks[k + 1].text))


def _ends_phrase(toks: list[Token], keys: list[str], k: int) -> bool:
    """Nothing of a body follows token k-1 ("Cục Hàng không Việt Nam thông tin | thêm", not
    "Chi hội An toàn thông tin | phía Nam")."""
    return k >= len(toks) or not (toks[k].text[:1].isupper() or toks[k].text in ("và", "&")
                                  or lexicon.lowercase_post_words().match(toks, k, keys))


@cache
def _field_dash_stops() -> lexicon.PhraseMatcher:
    return lexicon.PhraseMatcher({w: w for w in word_list("field_dash_stops.txt")})


def _field_dash(toks: list[Token], keys: list[str], k: int, person_at: set[int]) -> bool:
    """A spaced dash between two fields of a body written in lower case ("Cục bản quyền tác giả văn học - nghệ
    thuật", "khoa bệnh học cơ - xương - khớp"): a word of a field on either side, no clause, name or title after it."""
    if toks[k].text not in _DASHES or not 0 < k < len(toks) - 1 or k + 1 in person_at:
        return False
    left, right = toks[k - 1], toks[k + 1]
    if not (left.text.isalpha() and left.text.islower() and right.text.isalpha() and right.text.islower()) \
            or left.end == toks[k].start or toks[k].end == right.start:
        return False
    return keys[k + 1] not in _TAIL_STOPS and keys[k + 1] not in _ASPECT and not _verb_at(toks, keys, k + 1) \
        and not _field_dash_stops().match(toks, k + 1, keys) \
        and not _clause_stop(toks, keys, k + 1) and not lexicon.roles().match(toks, k + 1, keys) \
        and not lexicon.honorifics().match(toks, k + 1, keys) and not lexicon.ranks().match(toks, k + 1, keys)


def _inner_dash(toks: list[Token], keys: list[str], k: int) -> bool:
    """A dash inside a place name ("Bà Rịa - Vũng Tàu"), not one opening the next post."""
    return toks[k].text in _DASHES and 0 < k < len(toks) - 1 and toks[k - 1].text[:1].isupper() \
        and toks[k + 1].text[:1].isupper() and not lexicon.roles().match(toks, k + 1, keys)


@cache
def _saying_verbs() -> lexicon.PhraseMatcher:
    return lexicon.PhraseMatcher(dict.fromkeys(word_list("saying_verbs.txt"), True))


def _back_reference_at(toks: list[Token], keys: list[str], j: int, person_at: set[int]) -> tuple[int, str]:
    """Words at j pointing back to a body named elsewhere ("nhà trường", "công ty") and their kind, when a
    punctuation mark, a name or a verb of saying follows them: (word count, kind), or (0, '')."""
    size, kind = back_reference(keys, j)
    after = j + size
    if size and (after >= len(toks) or not toks[after].text[:1].isalnum() or after in person_at
                 or _saying_verbs().match(toks, after, keys)):
        return size, kind
    return 0, ""


def _bare_apposed(toks: list[Token], keys: list[str], i: int, j: int, person_ends: set[int]) -> bool:
    """A title alone in apposition after a name ("ông A, Hiệu trưởng, cho biết", "A (Tổng Giám đốc)"), with no
    second title after it whose body it could share ("A, Giám đốc kiêm Tổng biên tập Báo X")."""
    if not (i > 1 and toks[i - 1].text in _APPOSITION_MARKS and i - 1 in person_ends):
        return False
    return j >= len(toks) or toks[j].text in _BARE_CLOSERS and not (
        j + 1 < len(toks) and (lexicon.roles().match(toks, j + 1, keys) or keys[j + 1] == "kiêm"))


def _deputy_prefix(toks: list[Token], keys: list[str], i: int, in_person: set[int]) -> bool:
    """A 'Phó' of its own right before the title at token i, which the lexicon lists without its deputy ("Phó Đại sứ
    Mỹ tại Nga", "Phó trưởng khu phố Quang Trung"): the deputy's post. Not the end of a word ("Vụ phó", "Cục phó")
    nor a lower-case 'phó' inside a clause."""
    if i == 0 or keys[i - 1] != "phó" or i - 1 in in_person:
        return False
    if i > 1 and toks[i - 2].text.isalpha() and is_word(toks[i - 2].text, toks[i - 1].text):
        return False
    return toks[i - 1].text == "Phó" or i == 1 or not toks[i - 2].text.isalpha()


def _after_apposition(toks: list[Token], i: int) -> bool:
    """A lower-case role counts only right after a name and a comma or dash ("ông A, phó chủ tịch")."""
    return i > 0 and toks[i - 1].text in {",", "-", "–", "("} or i > 1 and fold(toks[i - 1].text) in _FORMER
