"""Plain mention records shared by the recognisers and the relation rules."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class PersonMention:
    start: int  # char offsets of the name in the article text
    end: int
    name: str  # the name as written, honorifics and ranks stripped
    tok_start: int  # token indexes within the sentence
    tok_end: int
    full: bool  # a full name (surname + given name) rather than a short reference
    cue: str = ""  # the honorific or title right before it, if any
    canonical: str = ""  # full name after short references are resolved


@dataclass
class PostMention:
    start: int
    end: int
    text: str  # the post phrase as written
    role: str
    body: str
    tok_start: int
    tok_end: int
    standalone: bool = False
    former: bool = False
    acting: bool = False
    term: str = ""  # Roman numeral of a numbered term ("XII"), if given
    terms_plural: bool = False
    persons: list[int] = field(default_factory=list)


@dataclass
class PlaceMention:
    start: int
    end: int
    name: str  # canonical name: "Lâm Đồng", "huyện Hoa Lư", "Việt Nam"
    level: str  # province | district | commune | country
    tok_start: int
    tok_end: int
