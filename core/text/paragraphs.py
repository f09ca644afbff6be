"""Paragraphs and the line layout inside them, with offsets.

Takes the *normalised* text (:func:`textmetrics.text.normalize.normalize`: same length as the
original) and returns ``(start, end)`` spans, end exclusive, that index the original text equally.

Paragraphs are separated by blank lines. Inside a paragraph a single newline is a space (hard-wrapped
e-mail and PDF text gives the same sentences as the unwrapped text), except where a line is clearly
a unit of its own: a list item (``•``, ``-``, ``*``, ``1.``, ``a)`` ...), a headline or byline
without a full stop, or a block of short lines none of which ends a sentence (a menu, a list of
features). :func:`line_segments` gives those units; :mod:`textmetrics.text.sentences` splits each.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from textmetrics.text.lists import BULLETS, has_enumeration

__all__ = ["paragraph_spans", "line_segments", "trim", "BULLETS"]


# --------------------------------------------------------------------------- trimming


def _strip(text: str, a: int, b: int) -> tuple[int, int] | None:
    """``text[a:b]`` without surrounding white space, or None if nothing is left."""
    if a < b and not text[a].isspace() and not text[b - 1].isspace():
        return a, b  # the usual case, decided without a loop
    while a < b and text[a].isspace():
        a += 1
    if a == b:
        return None
    while text[b - 1].isspace():
        b -= 1
    return a, b


def trim(text: str, a: int, b: int, limit: int) -> tuple[int, int] | None:
    """A span stripped of white space, keeping the space of a folded closing ``''``.

    The normaliser writes ``''`` as ``"`` plus a space (same length). When a span ends in ``"``
    followed by one space and then white space or the end (``limit``), that space stands for the
    second apostrophe of the original and stays inside the span, so ``text[start:end]`` of the
    original ends in ``''``. (Text typed with two spaces after a closing quote keeps one trailing
    space in that span; no other span ends in white space.)
    """
    span = _strip(text, a, b)
    if span is None:
        return None
    a, b = span
    if text[b - 1] == '"' and b < limit and text[b] == " " and (b + 1 == limit or text[b + 1].isspace()):
        b += 1
    return a, b



# --------------------------------------------------------------------------- paragraphs

# a blank line: two newlines with only white space between them (and the white space after).
# Written to start with the literal newline, so that the regex engine can jump between newlines
# (an alternation or a repeated group at the start makes it try every position: 6x slower).
_PARAGRAPH_BREAK_RE = re.compile(r"\n[^\S\n]*\n[^\S\n]*(?:\n[^\S\n]*)*")
_PARAGRAPH_SEPARATOR_RE = re.compile(r"(?:\n[^\S\n]*){2,}|\u2029")  # also U+2029 (rare: slow path)


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the paragraphs of ``text``: blocks separated by blank lines, trimmed of white space."""
    if "\n" not in text and "\u2029" not in text:  # one paragraph (a tweet, a sentence): no regex
        span = trim(text, 0, len(text), len(text))
        return [span] if span else []
    spans: list[tuple[int, int]] = []
    pos = 0
    breaks = _PARAGRAPH_SEPARATOR_RE if "\u2029" in text else _PARAGRAPH_BREAK_RE
    for m in breaks.finditer(text):
        span = trim(text, pos, m.start(), m.start())
        if span:
            spans.append(span)
        pos = m.end()
    span = trim(text, pos, len(text), len(text))
    if span:
        spans.append(span)
    return spans



# --------------------------------------------------------------------------- lines inside a paragraph

_ITEM_RE = re.compile(
    rf"""
    (?P<bullet>[{BULLETS}])
  | (?P<dash>[-*+–—])\s
  | \(?(?P<enum>\d{{1,2}}|[A-Za-z]|[IVX]{{1,4}}|[ivx]{{1,4}})(?:\.\)|[.)])\s
    """,
    re.VERBOSE,
)
_INCH_RE = re.compile(r'(?<=\d)"(?!\w)')
_OPEN_END_RE = re.compile(r"[.?!…:;,\-–—/&(]\W*\Z")  # the line cannot be a headline
_STARTS_CAP_RE = re.compile(r"[\"'(\[]*[A-Z0-9]")
_BYLINE_RE = re.compile(r"(?:By|BY)\s")
_MARKDOWN_HEADING_RE = re.compile(r"#{1,6}\s+\S")  # "## Results": a heading whatever its case
_RULE_RE = re.compile(r"[-=_*~#+·•]{3,}|(?:[-*_][ ]*){3,}")  # "=====", "* * *": a separator line
_SMALL_WORDS = frozenset(
    "a an the and or nor but of in on at to for by with from as vs via into onto over per up off out "
    "de la le van von der da del du bin al".split()
)
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9, "x": 10}
_HEADLINE_MAX_WORDS = 14
_HEADLINE_MAX_CHARS = 120
_MENU_MAX_WORDS = 5


def _title_like(words: list[str]) -> bool:
    """All words capitalised except short function words; first and last word capitalised."""
    capitals = 0
    for w in words:
        core = w.strip("\"'()[]{},:;!?.*_")
        if not any(c.isalnum() for c in core):
            continue  # a dash or other punctuation between words
        c = core[0]
        if c.isupper() or c.isdigit():
            capitals += 1
        elif core.lower() not in _SMALL_WORDS:
            return False
    first = words[0].lstrip("\"'([*_")
    last = words[-1].strip("\"'()[]{},:;!?.*_").lower()
    return capitals > 0 and (first[:1].isupper() or first[:1].isdigit()) and last not in _SMALL_WORDS


def _ends_unit(line: str) -> bool:
    """The line ends a sentence or introduces a list (final stop or colon, maybe then a quote)."""
    return line.rstrip("\"')]}")[-1:] in ".?!…:;"


def _balanced(line: str) -> bool:
    """Quotes and brackets closed within the line (a wrapped quoted title is not a headline); a
    double prime after a digit is an inch mark (6 3/4" Trophy), not a quote."""
    return (line.count('"') - len(_INCH_RE.findall(line))) % 2 == 0 and line.count("(") == line.count(")")


def _marker_values(mark: str) -> list[tuple[str, int]]:
    """The readings of a list marker as (style, position): "3" (digits, 3), "c" (letters, 3) ..."""
    if mark.isdigit():
        return [("1", int(mark))]
    values = []
    if mark.lower() in _ROMAN:
        values.append(("i" if mark.islower() else "I", _ROMAN[mark.lower()]))
    if len(mark) == 1:
        values.append(("a" if mark.islower() else "A", ord(mark.lower()) - ord("a") + 1))
    return values


@dataclass(slots=True)
class _Line:
    start: int  # content start (first non-space)
    end: int  # content end (after the last non-space)
    width: int  # columns from the line start to the content end
    text: str
    bullet: str | None  # "bullet" (•, ‣ ...), "dash" (- * +), "enum" (1. a) iv.), or None
    mark: str  # the enumerator of an "enum" line
    indented: bool
    heading: bool  # a Markdown heading ("## Results"): a unit of its own whatever its form


def _lines(text: str, start: int, end: int) -> list[_Line | None]:
    """The lines of ``text[start:end]``, None for a blank line or a separator ("-----", "* * *")."""
    out: list[_Line | None] = []
    pos = start
    while pos <= end:
        nl = text.find("\n", pos, end)
        stop = end if nl < 0 else nl
        span = _strip(text, pos, stop)
        if span is None or _RULE_RE.fullmatch(text, *span):
            out.append(None)
        else:
            s, e = span
            content = text[s:e]
            m = _ITEM_RE.match(content)
            kind = m.lastgroup if m else None
            enum = m.group("enum") if kind == "enum" else ""
            heading = _MARKDOWN_HEADING_RE.match(content) is not None
            out.append(_Line(s, e, e - pos, content, kind, enum, s > pos, heading))
        if nl < 0:
            break
        pos = nl + 1
    return out


def _introduces(line: _Line) -> bool:
    """The line ends with a colon (it introduces what follows) or holds a list ("a) x b) y")."""
    return line.text.endswith(":") or has_enumeration(line.text, 0, len(line.text))


def _fits(line: _Line, nxt: _Line, width: int) -> bool:
    """The next line's first word would have fitted on this line: the newline is not a wrap."""
    return line.width + 2 + len(nxt.text.split(None, 1)[0]) <= width  # 2: allow a double space


def _is_headline(line: _Line, nxt: _Line | None, width: int) -> bool:
    """A line without final punctuation that reads as a headline or byline, before a new unit.

    The line must be one a text wrapper would not have broken there (the next word fits), end
    without punctuation that continues a sentence, close its quotes, and be title-cased ("By" and
    title-cased names for a byline); the next line must start with a capital, a digit or a list
    marker."""
    if nxt is None or len(line.text) > _HEADLINE_MAX_CHARS:
        return False
    if nxt.bullet is None and not _STARTS_CAP_RE.match(nxt.text):
        return False
    if _OPEN_END_RE.search(line.text) or not _fits(line, nxt, width) or not _balanced(line.text):
        return False
    words = line.text.split()
    if len(words) > _HEADLINE_MAX_WORDS:
        return False
    if _BYLINE_RE.match(line.text):
        return len(words) > 1 and _title_like(words[1:])
    return _title_like(words)


def _words(line: _Line) -> int:
    """Words of the line, not counting its list marker or punctuation between words."""
    n = sum(1 for w in line.text.split() if any(c.isalnum() for c in w))
    return n - 1 if line.bullet == "enum" else n


def _is_menu(lines: list[_Line | None]) -> bool:
    """Several short lines, none ending a sentence: each line is a unit (a menu, a feature list)."""
    real = [ln for ln in lines if ln is not None]
    return len(real) > 1 and all(_words(ln) <= _MENU_MAX_WORDS and not _ends_unit(ln.text) for ln in real)


class _ListState:
    """Which line-initial markers start list items: a bullet (•, ‣ ...) always; a dash or asterisk
    after a finished line or inside a list; an enumerator only after a finished line when it starts
    a list (1, a, A, i, I), or when it continues the list's sequence, so that a line starting
    "26) that" after "Aug." or an initial "M. Carl Holman" is not an item."""

    __slots__ = ("active", "expected")

    def __init__(self) -> None:
        self.active = False
        self.expected: set[tuple[str, int]] = set()

    def accepts(self, line: _Line, after_unit: bool) -> bool:
        if line.bullet == "bullet":
            ok = True
        elif line.bullet == "dash":
            ok = after_unit or self.active
        elif line.bullet == "enum":
            values = _marker_values(line.mark)
            ok = any(v in self.expected for v in values) or after_unit and any(n == 1 for _, n in values)
            if ok:
                matched = [v for v in values if v in self.expected] or [v for v in values if v[1] == 1]
                self.expected = {(style, n + 1) for style, n in matched}
        else:
            ok = False
        self.active = self.active or ok
        return ok

    def reset(self) -> None:
        self.active = False
        self.expected = set()


def line_segments(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split a paragraph where a newline is a hard break; elsewhere a newline is a space."""
    if text.find("\n", start, end) < 0:
        return [(start, end)]
    lines = _lines(text, start, end)
    if _is_menu(lines):
        return [(ln.start, ln.end) for ln in lines if ln is not None]
    real = [ln for ln in lines if ln is not None]
    if not real:
        return []
    # the wrap width: the longest line, leaving out one-word lines (a long URL overflows a wrap)
    width = max((ln.width for ln in real if " " in ln.text), default=max(ln.width for ln in real))
    segments: list[tuple[int, int]] = []
    seg_start = -1
    seg_end = start
    after_unit = True  # what came before this line closed a unit (start, blank, full stop, headline)
    after_headline = False
    items = _ListState()
    prev: _Line | None = None
    for i, line in enumerate(lines):
        if line is None:
            after_unit, after_headline = True, False
            items.reset()
            brk = True
        elif line.heading or items.accepts(line, after_unit):
            brk = True
        elif items.active and prev is not None and not line.indented and _STARTS_CAP_RE.match(line.text) \
                and _fits(prev, line, width):
            brk, after_unit = True, True  # prose resumes after the list (the item line is not full)
            items.reset()
        elif prev is not None and lines[i - 1] is prev and _STARTS_CAP_RE.match(line.text) \
                and _fits(prev, line, width) and _introduces(prev):
            brk = True  # the line before is not full: it ended a list on the line, or a lead-in ("story :")
        else:
            brk = after_headline
        if brk and seg_start >= 0:
            segments.append((seg_start, seg_end))
            seg_start = -1
        if line is None:
            continue
        if seg_start < 0:
            seg_start = line.start
        seg_end = line.end
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        after_headline = line.heading or after_unit and not items.active and _is_headline(line, nxt, width)
        after_unit = after_headline or _ends_unit(line.text)
        prev = line
    if seg_start >= 0:
        segments.append((seg_start, seg_end))
    return segments

