"""The segmenter's word lists: abbreviations by class and typical sentence openers.

``core/data/abbreviations.txt`` lists abbreviations that end in a full stop under a class header
(``[title]`` Mr., St.: never end a sentence before a name; ``[number]`` No., p.: never before a
number; ``[continue]`` e.g., i.e.: never end one; ``[general]`` Inc., Jr.: end one before a typical
sentence opener; ``[place]`` Calif.: like general, but also after a comma; ``[final]`` lb., a.m.,
Ph.D.: end one before any capitalised word) and names written with an exclamation mark
(``[exclaimed]`` Yahoo!); ``sentence_openers.txt`` lists words that typically open an English
sentence. Both are read once per process.

A user's own abbreviations (a file in the same format, such as ``textmetrics abbreviations learn``
writes) extend the built-in lists: :func:`user_abbreviations`.
"""

from __future__ import annotations

import os
import re
import threading
from collections.abc import Iterable
from dataclasses import dataclass, replace

from textmetrics.errors import InvalidInputError, ResourceError
from textmetrics.resources import load_once, read_lines

__all__ = [
    "SegmenterLexicon", "segmenter_lexicon", "user_abbreviations", "parse_abbreviations", "abbreviation_class",
    "TITLE", "NUMBER", "CONTINUE", "GENERAL", "PLACE", "FINAL", "EXCLAIMED", "CLASSES",
]

TITLE, NUMBER, CONTINUE, GENERAL, PLACE, FINAL = "title", "number", "continue", "general", "place", "final"
EXCLAIMED = "exclaimed"  # not an abbreviation: a name that ends in "!"
CLASSES = (TITLE, NUMBER, CONTINUE, GENERAL, PLACE, FINAL, EXCLAIMED)

_INITIALISM_RE = re.compile(r"[^\W\d_]{1,3}(?:\.[^\W\d_]{1,3})+")  # U.S, a.m, Ph.D (final stop removed)


@dataclass(frozen=True, slots=True)
class SegmenterLexicon:
    abbreviations: dict[str, str]  # form without its final stop -> class
    lowercase: dict[str, str]  # lower-case forms, also matched when capitalised
    openers: frozenset[str]
    exclaimed: frozenset[str] = frozenset()  # names written with "!" (Yahoo), without the mark

    def with_entries(self, entries: Iterable[tuple[str, str]]) -> "SegmenterLexicon":
        """A copy with ``entries`` ((form, class) pairs) added; a form already listed keeps its class."""
        abbreviations = dict(self.abbreviations)
        exclaimed = set(self.exclaimed)
        for form, kind in entries:
            if kind == EXCLAIMED:
                exclaimed.add(form)
            else:
                abbreviations.setdefault(form, kind)
        lowercase = {form: kind for form, kind in abbreviations.items() if form.islower()}
        return replace(self, abbreviations=abbreviations, lowercase=lowercase, exclaimed=frozenset(exclaimed))


def abbreviation_class(word: str, lex: SegmenterLexicon) -> str | None:
    """The class of ``word`` (without its final stop) if it is an abbreviation or an initial."""
    kind = lex.abbreviations.get(word)
    if kind is None and len(word) > 1 and word[0].isupper():
        kind = lex.lowercase.get(word.lower())
    if kind is not None:
        return kind
    if len(word) == 1:
        return GENERAL if word.isalpha() else None  # an initial: J. R. R. Tolkien, Jonas E. Smith
    if "." in word and _INITIALISM_RE.fullmatch(word):
        return CONTINUE if word.lower() in ("e.g", "i.e") else GENERAL
    return None


def parse_abbreviations(lines: Iterable[str], default: str = GENERAL) -> list[tuple[str, str]]:
    """(form, class) pairs from the lines of an abbreviation file.

    Blank lines and ``#`` comments are skipped; a ``[class]`` line sets the class of the forms below
    it (``default`` before the first); an entry is the line's first field, without a final full stop
    ("Fig." and "Fig" are the same entry), and further fields (the counts a learned file records)
    are ignored. Raises ValueError for an unknown class or a malformed form."""
    kind = default
    out: list[tuple[str, str]] = []
    for number, raw in enumerate(lines, 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("["):
            kind = line.strip("[]").strip()
            if kind not in CLASSES:
                raise ValueError(f"line {number}: unknown class [{kind}] (known: {', '.join(CLASSES)})")
            continue
        form = line.split()[0]
        if kind != EXCLAIMED:
            form = form.removesuffix(".")
        if not form or not any(c.isalnum() for c in form):
            raise ValueError(f"line {number}: {raw.strip()!r} is not an abbreviation")
        out.append((form, kind))
    return out


def _load() -> SegmenterLexicon:
    try:
        entries = parse_abbreviations(read_lines("abbreviations.txt"))
    except ValueError as exc:
        raise ResourceError(f"abbreviations.txt: {exc}") from None
    empty = SegmenterLexicon({}, {}, frozenset(read_lines("sentence_openers.txt")))
    return empty.with_entries(entries)


segmenter_lexicon = load_once(_load)  # the abbreviation and opener lists, read once per process

_user_cache: dict[tuple[str, int, int], SegmenterLexicon] = {}
_USER_CACHE_MAX = 16
_lock = threading.Lock()


def user_abbreviations(path: str | os.PathLike) -> SegmenterLexicon:
    """The built-in lexicon extended by the abbreviation file at ``path`` (entries without a class
    header are [general]: a sentence end only before a typical sentence opener). Cached by path,
    modification time and size. Raises InvalidInputError(field="abbreviations") if the file cannot
    be read or parsed."""
    try:
        fspath = os.fspath(path)
        st = os.stat(fspath)
    except (OSError, TypeError, ValueError) as exc:
        raise InvalidInputError(f"cannot read abbreviations file {path!r}: {exc}", field="abbreviations") from None
    key = (os.path.abspath(fspath), st.st_mtime_ns, st.st_size)
    cached = _user_cache.get(key)
    if cached is not None:
        return cached
    try:
        with open(fspath, encoding="utf-8-sig") as fh:
            entries = parse_abbreviations(fh.read().splitlines())
    except (OSError, UnicodeDecodeError) as exc:
        raise InvalidInputError(f"cannot read abbreviations file {fspath!r}: {exc}", field="abbreviations") from None
    except ValueError as exc:
        raise InvalidInputError(f"invalid abbreviations file {fspath!r}: {exc}", field="abbreviations") from None
    lexicon = segmenter_lexicon().with_entries(entries)
    with _lock:
        if len(_user_cache) >= _USER_CACHE_MAX:
            _user_cache.pop(next(iter(_user_cache)))
        _user_cache[key] = lexicon
    return lexicon
