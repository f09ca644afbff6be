"""Marker lexicons: one package-data file per category, plus optional user files, compiled into one
phrase trie.

Package files live in ``textmetrics/data/lexicons/<category>.tsv``. Each non-comment line is::

    phrase <TAB> subtype [<TAB> rule]

``phrase`` is one or more tokens as the tokeniser produces them, lower case, separated by spaces
("in fact", "there is no doubt that", "don't"). ``{a|b|c}`` expands to alternatives, so
``{seem|seems|seemed} to`` is three entries. ``rule`` names a disambiguation rule registered in
:data:`textmetrics.markers.rules.RULES` that must accept the match (its verdict may also widen the
span or change the category); without one the entry fires wherever the phrase occurs. ``not_markers.tsv`` holds
*blockers*: phrases that match and emit nothing ("according to plan", "not all", "make sure"), so
that, as the longest match, they keep a shorter marker inside them from firing.

User files have one more column in front, the category (``hedge``, ..., or ``none`` for a blocker)::

    category <TAB> phrase <TAB> subtype [<TAB> rule]

Their entries are added to the package entries; where a user entry has the same phrase as a package
entry, the user entry replaces it. Parsed user lexicons are cached by path, modification time and
size, so editing the file takes effect on the next call.
"""

from __future__ import annotations

import itertools
import os
import re
import threading
from dataclasses import dataclass

from textmetrics.errors import InvalidInputError, ResourceError
from textmetrics.markers.rules import RULES
from textmetrics.markers.rules.registry import RuleTest
from textmetrics.resources import read_text

__all__ = [
    "CATEGORIES",
    "WORD_CATEGORIES",
    "PRIORITY",
    "BLOCK",
    "Entry",
    "Lexicon",
    "default_lexicon",
    "user_lexicon",
    "parse_lines",
]

# The twelve categories of docs/markers.md, in the order of the JSON document.
CATEGORIES: tuple[str, ...] = (
    "hedge", "booster", "attitude", "directive", "intensifier", "absolute", "superlative",
    "first_person_plural", "second_person", "rhetorical_question", "exclamation", "authority",
)
# categories found by the lexicon (the last two sentence-level ones are found by punctuation rules)
WORD_CATEGORIES: tuple[str, ...] = tuple(c for c in CATEGORIES if c not in ("rhetorical_question", "exclamation"))
BLOCK = "none"

# Overlap priority, consulted only between candidates of the same length (the longer always wins):
# blockers first (a trap phrase must beat the marker it protects), then the multi-word stance
# categories whose phrases are most specific, then the single-word classes.
PRIORITY: tuple[str, ...] = (
    BLOCK, "authority", "booster", "hedge", "attitude", "directive", "superlative", "absolute",
    "intensifier", "first_person_plural", "second_person", "rhetorical_question", "exclamation",
)
_RANK = {c: i for i, c in enumerate(PRIORITY)}

_ALT_RE = re.compile(r"\{([^{}]*)\}")


@dataclass(frozen=True, slots=True)
class Entry:
    """One lexicon entry (after alternation expansion). ``rule`` is the test of the registered rule
    ``rule_name`` (held directly: the matcher calls it for every match of the phrase)."""

    category: str
    subtype: str
    phrase: tuple[str, ...]
    rule_name: str | None
    rule: RuleTest | None
    id: str
    rank: int


def _expand(phrase: str) -> list[str]:
    parts = _ALT_RE.split(phrase)
    # even indices are literal text, odd ones are alternative lists
    choices = [[p] if k % 2 == 0 else p.split("|") for k, p in enumerate(parts)]
    return [" ".join("".join(combo).split()) for combo in itertools.product(*choices)]


def _make_entry(category: str, phrase: str, subtype: str, rule_name: str | None, origin: str) -> Entry:
    rule = None
    if rule_name:
        registered = RULES.get(rule_name)
        if registered is None:
            raise ValueError(f"unknown rule {rule_name!r}")
        rule = registered.test
    words = tuple(phrase.split(" "))
    prefix = "user:" if origin == "user" else ""
    entry_id = rule_name if rule_name else f"{prefix}{category}:{phrase}"
    if rule_name and origin == "user":
        entry_id = f"user:{rule_name}"
    return Entry(category, subtype, words, rule_name, rule, entry_id, _RANK[category])


def parse_lines(lines, *, category: str | None, origin: str, source: str) -> list[Entry]:
    """Parse lexicon lines. With ``category`` None the first column names the category (user files).

    Raises ValueError with the line number on a malformed line."""
    entries: list[Entry] = []
    for number, raw in enumerate(lines, 1):
        line = raw.rstrip("\n\r")
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cols = [c.strip() for c in line.split("\t")]
        if category is None:
            if len(cols) < 3:
                raise ValueError(f"{source}, line {number}: expected category<TAB>phrase<TAB>subtype[<TAB>rule]")
            cat, cols = cols[0].lower(), cols[1:]
            if cat not in WORD_CATEGORIES and cat != BLOCK:
                raise ValueError(
                    f"{source}, line {number}: unknown category {cat!r} "
                    f"(choose from {', '.join(WORD_CATEGORIES)}, {BLOCK})"
                )
        else:
            cat = category
        if len(cols) < 2 or len(cols) > 3 or not cols[0] or not cols[1]:
            raise ValueError(f"{source}, line {number}: expected phrase<TAB>subtype[<TAB>rule]")
        phrase, subtype = cols[0].lower(), cols[1]
        rule_name = cols[2] if len(cols) == 3 and cols[2] not in ("", "-") else None
        for variant in _expand(phrase):
            if not variant:
                raise ValueError(f"{source}, line {number}: empty phrase")
            try:
                entries.append(_make_entry(cat, variant, subtype, rule_name, origin))
            except ValueError as exc:
                raise ValueError(f"{source}, line {number}: {exc}") from None
    return entries


class Lexicon:
    """Entries compiled into a token trie: ``root[token][token]...[""]`` is the list of entries whose
    phrase ends there. One walk from each token finds every phrase starting at it."""

    __slots__ = ("entries", "root", "unigrams", "bigrams")

    def __init__(self, entries: list[Entry]) -> None:
        self.entries = entries
        self.root: dict = {}
        for entry in entries:
            node = self.root
            for word in entry.phrase:
                node = node.setdefault(word, {})
            node.setdefault("", []).append(entry)
        # a fixed order within a node: by priority, so ties resolve the same way every time
        self._sort(self.root)
        # where a match can start: a word with a one-word entry, or a pair of words that begins a
        # longer phrase; the matcher finds both with C-level map() calls over the whole document
        self.unigrams = frozenset(w for w, node in self.root.items() if "" in node)
        self.bigrams = frozenset((w, w2) for w, node in self.root.items() for w2 in node if w2 != "")

    @classmethod
    def _sort(cls, node: dict) -> None:
        for key, value in node.items():
            if key == "":
                value.sort(key=lambda e: e.rank)
            else:
                cls._sort(value)

    def with_user(self, user: list[Entry]) -> "Lexicon":
        """A new lexicon: these entries plus ``user``, a user entry replacing package entries with
        the same phrase."""
        replaced = {e.phrase for e in user}
        return Lexicon([e for e in self.entries if e.phrase not in replaced] + list(user))


_lock = threading.Lock()
_default: Lexicon | None = None
_user_cache: dict[tuple[str, int, int], Lexicon] = {}
_USER_CACHE_MAX = 32


def _read_package_file(name: str) -> list[str]:
    return read_text(f"lexicons/{name}").splitlines()


def default_lexicon() -> Lexicon:
    """The package lexicons, parsed once per process (thread-safe)."""
    global _default
    if _default is None:
        with _lock:
            if _default is None:
                entries: list[Entry] = []
                for cat in (*WORD_CATEGORIES, BLOCK):
                    name = "not_markers.tsv" if cat == BLOCK else f"{cat}.tsv"
                    try:
                        entries.extend(parse_lines(_read_package_file(name), category=cat, origin="package", source=name))
                    except ValueError as exc:  # pragma: no cover - a broken package file
                        raise ResourceError(f"corrupt marker lexicon: {exc}") from exc
                _default = Lexicon(entries)
    return _default


def user_lexicon(path: str | os.PathLike) -> Lexicon:
    """The package lexicon extended by the user file at ``path`` (cached by path, mtime and size).

    Raises InvalidInputError(field="lexicon") if the file cannot be read or parsed."""
    try:
        fspath = os.fspath(path)
    except TypeError:
        raise InvalidInputError(f"lexicon must be a file path, not {type(path).__name__}", field="lexicon") from None
    try:
        st = os.stat(fspath)
    except (OSError, TypeError, ValueError) as exc:
        raise InvalidInputError(f"cannot read lexicon file {fspath!r}: {exc}", field="lexicon") from None
    key = (os.path.abspath(fspath), st.st_mtime_ns, st.st_size)
    cached = _user_cache.get(key)
    if cached is not None:
        return cached
    try:
        with open(fspath, encoding="utf-8") as fh:
            lines = fh.read().splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise InvalidInputError(f"cannot read lexicon file {fspath!r}: {exc}", field="lexicon") from None
    try:
        entries = parse_lines(lines, category=None, origin="user", source=os.path.basename(fspath))
    except ValueError as exc:
        raise InvalidInputError(f"invalid lexicon file: {exc}", field="lexicon") from None
    if not entries:
        raise InvalidInputError(f"lexicon file {fspath!r} has no entries", field="lexicon")
    lexicon = default_lexicon().with_user(entries)
    with _lock:
        if len(_user_cache) >= _USER_CACHE_MAX:
            _user_cache.pop(next(iter(_user_cache)))
        _user_cache[key] = lexicon
    return lexicon
