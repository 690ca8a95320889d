"""Texts that print the Icelandic eth (`Ð`/`ð`, U+00D0/U+00F0) for the Vietnamese `Đ`/`đ`.

The recognisers read the text with `Đ`/`đ` (a one-to-one mapping: every offset stays); a person's
name keeps the letter the article prints (`Ðào Ðình Bình`), taken from the original text by offset.
"""

from __future__ import annotations

from kg.model import ArticleFacts

_READ = str.maketrans("Ðð", "Đđ")


def readable(text: str) -> str:
    """The text as the recognisers read it (`Ð` -> `Đ`, `ð` -> `đ`), same length and offsets."""
    return text.translate(_READ) if "Ð" in text or "ð" in text else text


def _printed(name: str, read: str, original: str) -> str:
    """The name as the article first prints it: the original text where the read text has it."""
    if "Đ" not in name and "đ" not in name:
        return name
    pos = read.find(name)
    return original[pos:pos + len(name)] if pos >= 0 else name


def restore_printed(facts: ArticleFacts, read: str, original: str) -> ArticleFacts:
    """Person names (persons, aliases, holders, chairs, attendees) in the article's printed spelling."""
    if read is original:
        return facts
    names = {p.name for p in facts.persons} | {a for p in facts.persons for a in p.aliases}
    printed = {n: _printed(n, read, original) for n in names}
    for p in facts.persons:
        p.name = printed.get(p.name, p.name)
        p.aliases = [printed.get(a, a) for a in p.aliases]
    for h in facts.holdings:
        h.person = printed.get(h.person, h.person)
    for e in facts.events:
        e.chairs = [printed.get(n, n) for n in e.chairs]
        e.attendees = [printed.get(n, n) for n in e.attendees]
    return facts
