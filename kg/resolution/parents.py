"""Structure of posts and bodies: the body of a post, the parent of a body, the place a body governs."""

from __future__ import annotations

from functools import cache

from kg.resolution.lexicon import body_heads, display_labels, parent_rules, roles
from kg.resolution.normalize import expand, label_key
from kg.resolution.places import place_info


def split_role(position: str, role: str = "") -> tuple[str, str]:
    """(role, rest) of a post label, the role given by the extractor or the longest known role."""
    label = expand(position)
    given = expand(role)
    for head in body_heads():
        if given.lower().endswith(" " + head.lower()):
            given = given[:-len(head)].strip()
            break
    candidates = [given] if given and given.lower() != label.lower() else []
    candidates += roles()
    low = label.lower()
    for cand in candidates:
        if cand and low.startswith(cand.lower() + " "):
            return label[:len(cand)], label[len(cand) + 1:].strip()
    return "", label


def org_label(position: str, role: str = "", body: str = "", jurisdiction: str = "") -> str:
    """The body a post belongs to: the post label without its role; or body + jurisdiction."""
    found_role, rest = split_role(position, role)
    if found_role and rest:
        return rest
    if body:
        text = expand(f"{body} {jurisdiction}".strip())
        return text if label_key(text) != label_key(position) else ""
    return ""


@cache
def parent_of(label: str) -> str | None:
    """The parent body (display label) by the rules of parent_bodies.tsv, None at the top."""
    key = label_key(label)
    for pattern, template in parent_rules():
        match = pattern.match(key)
        if match:
            if "{jurisdiction}" in template:
                place = jurisdiction_of(label)
                if not place:
                    continue
                template = template.replace("{jurisdiction}", place)
            parent_text = match.expand(template).strip() if template else ""
            if not parent_text or label_key(parent_text) == key:
                return None
            return _display(label, label_key(parent_text), parent_text[:1].upper() + parent_text[1:])
    return None


def _display(child: str, parent_key: str, fallback: str) -> str:
    if parent_key in display_labels():
        return display_labels()[parent_key]
    words = expand(child).split()
    for start in range(len(words)):
        tail = " ".join(words[start:])
        if label_key(tail) == parent_key:
            return tail
    return fallback


_DISTRICT_WORDS = ("huyện", "quận", "thị xã", "thành phố")


@cache
def jurisdiction_of(label: str) -> str | None:
    """The place a body's label names at its end: a province (`Tỉnh ủy Lâm Đồng` → `Lâm Đồng`), or a district
    named with its prefix (`Ủy ban nhân dân huyện Đức Trọng` → `huyện Đức Trọng`)."""
    words = expand(label).split()
    for size in (5, 4, 3, 2, 1):
        if len(words) > size or (len(words) == size and size <= 2):
            tail = " ".join(words[-size:])
            info = place_info(tail)
            if info.level == "province":
                return info.label
            if info.level == "district" and tail.lower().startswith(_DISTRICT_WORDS):
                return tail
    return None
