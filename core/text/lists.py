"""List items written inside a line: bullets ("• a tent • a lamp") and enumerations
("1. The first item 2. The second item", "a) here it is b) another").

An enumeration is a run of markers in sequence (1, 2, 3 ... or a, b, c ...) with one punctuation
style (``1.``, ``1)``, ``1.)``); it starts at the start of a segment or after a sentence end, and
a marker counts only when the next marker of its style is its successor, so that a number or a
letter in prose ("needs (1) a permit", "Jonas E. Smith") is never an item; a list run into a
sentence ("three tasks: (1) parsing, (2) tagging") belongs to the sentence. Capital letters with
a full stop are left out: "A. B. Smith" is a name, not a list.
"""

from __future__ import annotations

import re

__all__ = ["BULLETS", "INLINE_BULLET_RE", "LEAD_ENUM_RE", "list_items", "item_starts", "has_enumeration"]

BULLETS = "•◦▪▫‣⁃●○■□►▸➢✓✔"
INLINE_BULLET_RE = re.compile(rf"[{BULLETS}](?<=\s[{BULLETS}])")  # the bullet first: see sentences._CANDIDATE_RE
# a list marker that opens a segment (after optional bullet or dash)
LEAD_ENUM_RE = re.compile(r"\s*(?:[" + BULLETS + r"*\-–—]\s*)?\(?(?P<mark>\d{1,2}|[A-Za-z])(?P<punct>\.\)|[.)])\s")

# A marker inside a line: the closing punctuation first (a literal: the engine then skips to it at
# the speed of a string search, where trying every position or a set of characters is 10 to 50
# times slower), then fixed-width look-behinds for the mark before it, which must follow white
# space, an opening bracket or a bullet: "2.", "10.", "c.)", then "b)", "10)".
_B = r"\s(\[" + BULLETS
_DOT_MARK_RE = re.compile(
    rf"\.\)?(?=\s|\Z)(?:(?<=[{_B}][0-9a-zA-Z]\.)|(?<=[{_B}][0-9][0-9]\.)|(?<=[{_B}][0-9a-zA-Z]\.\))|(?<=[{_B}][0-9][0-9]\.\)))"
)
_PAREN_MARK_RE = re.compile(rf"\)(?=\s|\Z)(?:(?<=[{_B}][0-9a-zA-Z]\))|(?<=[{_B}][0-9][0-9]\)))")
_LIST_START_BEFORE = frozenset(".?!…" + BULLETS)  # what may precede the first marker of a list (not a colon: see item_starts)
_QUOTES_CLOSERS = "\"')]}"
_NO_STOPS: frozenset[int] = frozenset()
_SENTENCE_END_RE = re.compile(r"[.?!…][\"')\]}]*\s")


def _markers(text: str, a: int, b: int) -> list[tuple[int, str, str, int]]:
    """The markers of ``text[a:b]`` as (item start, mark, punctuation, where the punctuation is),
    in order."""
    lead = LEAD_ENUM_RE.match(text, a, b)
    skip_to = a if lead is None else lead.end()
    found = list(_DOT_MARK_RE.finditer(text, skip_to, b))
    if text.find(")", skip_to, b) >= 0:
        found.extend(_PAREN_MARK_RE.finditer(text, skip_to, b))
        found.sort(key=lambda m: m.start())
    if not found:
        return []  # no marker after the first: no list (the usual case)
    out: list[tuple[int, str, str, int]] = []
    if lead is not None:  # the item starts with the segment
        out.append((a, lead.group("mark"), lead.group("punct"), lead.start("punct")))
    for m in found:
        punct = m.group()
        s = m.start() - 1
        if s > a and text[s - 1].isdigit():
            s -= 1
        mark = text[s:m.start()]
        if s > a and text[s - 1] == "(":
            s -= 1
        out.append((s, mark, punct, m.start()))
    # "A. B. Smith" is a name: capital letters with a full stop are no markers
    return [item for item in out if not (item[2] == "." and item[1].isupper())]


def _successor(mark: str) -> str:
    return str(int(mark) + 1) if mark.isdigit() else chr(ord(mark) + 1)


def _may_start_list(text: str, a: int, s: int) -> bool:
    """The marker at ``s`` opens the segment or follows a sentence end or a bullet."""
    j = s - 1
    while j >= a and text[j].isspace():
        j -= 1
    while j >= a and text[j] in _QUOTES_CLOSERS:
        j -= 1
    return j < a or text[j] in _LIST_START_BEFORE


def _following(markers: list[tuple[int, str, str, int]]) -> list[tuple[str, str] | None]:
    """For each marker, the next marker of its style (to check that it has its successor)."""
    following: list[tuple[str, str] | None] = [None] * len(markers)
    last: dict[str, tuple[str, str]] = {}
    for k in range(len(markers) - 1, -1, -1):
        _, mark, punct, _ = markers[k]
        following[k] = last.get(punct)
        last[punct] = (mark, punct)
    return following


def list_items(text: str, a: int, b: int) -> tuple[list[int], set[int] | frozenset[int]]:
    """The enumerations of ``text[a:b]``: where the items of those set off start (``a`` itself left
    out), and where the full stops of all markers in sequence are, set off or run into a sentence
    ("Then: 1. Mix 2. Bake"): a marker's stop is never a sentence end."""
    markers = _markers(text, a, b)
    if len(markers) < 2:
        return [], _NO_STOPS
    following = _following(markers)
    cuts: list[int] = []
    stops: set[int] = set()
    expected: tuple[str, str] | None = None  # the next item of the list set off, if one is open
    run_in: tuple[str, str] | None = None  # the next item of a list run into a sentence
    item = a  # where the text of the last item set off starts (after its marker)
    if markers[0][0] == a and LEAD_ENUM_RE.match(text, a, b):  # the segment is an item ("• 4. Lamps")
        expected = (_successor(markers[0][1]), markers[0][2])
    for k, (s, mark, punct, at) in enumerate(markers):
        has_next = following[k] == (_successor(mark), punct)
        if (mark, punct) == expected:
            set_off = True  # the list goes on
        elif not has_next:
            set_off = False
        else:
            # a new list opens the segment, follows a sentence end or a bullet, or follows an item
            # of another list directly ("2) Dry 1) Fold 2) Stack"); a list run into a sentence
            # ("three tasks: (1) parsing, (2) tagging") is part of that sentence
            set_off = _may_start_list(text, a, s) or (expected is not None
                                                       and not _SENTENCE_END_RE.search(text, item, s))
        if set_off:
            expected, item = (_successor(mark), punct), at + len(punct)
            if s > a:
                cuts.append(s)
        elif has_next or (mark, punct) == run_in:
            run_in = (_successor(mark), punct)
        else:
            continue  # a lone number or letter
        if punct[0] == ".":
            stops.add(at)
    return cuts, stops


def item_starts(text: str, a: int, b: int) -> list[int]:
    """Where the items of the enumerations set off in ``text[a:b]`` start (``a`` itself left out)."""
    return list_items(text, a, b)[0]


def has_enumeration(text: str, a: int, b: int) -> bool:
    """``text[a:b]`` holds two list markers in sequence ("a) red b) blue"), set off or run in."""
    markers = _markers(text, a, b)
    return any(nxt == (_successor(mark), punct) for (_, mark, punct, _), nxt in zip(markers, _following(markers)))
