"""The segmenter's word lists: abbreviations by class and typical sentence openers.

``core/data/abbreviations.txt`` lists abbreviations that end in a full stop under a class header
(``[title]`` Mr., St.: never end a sentence before a name; ``[number]`` No., p.: never before a
number; ``[continue]`` e.g., i.e.: never end one; ``[general]`` Inc., Jr.: end one before a typical
sentence opener; ``[place]`` Calif.: like general, but also after a comma; ``[final]`` lb., a.m.,
Ph.D.: end one before any capitalised word) and names written with an exclamation mark
(``[exclaimed]`` Yahoo!); ``sentence_openers.txt`` lists words that typically open an English
sentence. Both are read once per process.

A user's own abbreviations (a file in the same format, such as ``textmetrics abbreviations learn``
writes) extend the built-in lists: :func:`user_abbreviations` loads one, and the splitter uses it
when it is passed down explicitly (``analyze(..., abbreviations=path)``) or put in use for a
stretch of code (:func:`abbreviations_in_use`, what the API server does for each request).
:func:`learn_abbreviations` finds a corpus's own abbreviations with nltk's unsupervised
``PunktTrainer`` (Kiss & Strunk 2006); nothing is downloaded.
"""

from __future__ import annotations

import os
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import lru_cache

from textmetrics.errors import InvalidInputError, ResourceError
from textmetrics.resources import load_once, read_lines

__all__ = [
    "SegmenterLexicon", "segmenter_lexicon", "user_abbreviations", "parse_abbreviations", "abbreviation_class",
    "learn_abbreviations", "punkt_abbreviations", "unknown_forms",
    "format_learned",
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

def user_abbreviations(path: str | os.PathLike) -> SegmenterLexicon:
    """The built-in lexicon extended by the abbreviation file at ``path`` (entries without a class
    header are [general]: a sentence end only before a typical sentence opener). Loaded once per
    version of the file (path, modification time and size). Raises
    InvalidInputError(field="abbreviations") if the file cannot be read or parsed."""
    try:
        fspath = os.fspath(path)
        st = os.stat(fspath)
    except (OSError, TypeError, ValueError) as exc:
        raise InvalidInputError(f"cannot read abbreviations file {path!r}: {exc}", field="abbreviations") from None
    return _user_file(os.path.abspath(fspath), st.st_mtime_ns, st.st_size)


@lru_cache(maxsize=16)
def _user_file(path: str, mtime_ns: int, size: int) -> SegmenterLexicon:
    """The lexicon of one version of a user file (an error is raised again, not cached)."""
    try:
        with open(path, encoding="utf-8-sig") as fh:
            entries = parse_abbreviations(fh.read().splitlines())
    except (OSError, UnicodeDecodeError) as exc:
        raise InvalidInputError(f"cannot read abbreviations file {path!r}: {exc}", field="abbreviations") from None
    except ValueError as exc:
        raise InvalidInputError(f"invalid abbreviations file {path!r}: {exc}", field="abbreviations") from None
    return segmenter_lexicon().with_entries(entries)


# --------------------------------------------------------------------------- learning from a corpus

# a learned form must look like an abbreviation: a letter, then letters, digits or inner full stops
# (Punkt's types also include tokens glued to dashes or quotes, "data—e.g", "“pc")
_LEARNABLE_RE = re.compile(r"[^\W\d_](?:\w|\.(?=\w))*")
# a form with its stop, and the first character of the next word if the sentence may go on there
_WITH_STOP_RE = re.compile(r"(?<![\w.])([^\W\d_](?:\w|\.(?=\w))*)\.(?=[\s\"')\]},;:]|\Z)(?:(?=[\"')\]}]*[ \t\n]+(\S)))?")


def _stop_counts(text: str, counts: Counter[str], inside: Counter[str]) -> None:
    """Count each form with its full stop, and the times a lower-case word, a number or a comma
    follows the stop: evidence that it did not end the sentence."""
    for m in _WITH_STOP_RE.finditer(text):
        form = m.group(1).lower()
        counts[form] += 1
        after = m.group(2)
        if after is not None and (after[0].islower() or after[0].isdigit() or after[0] in ",;:"):
            inside[form] += 1


def punkt_abbreviations(texts: Iterable[str]) -> tuple[set[str], Counter[str], Counter[str]]:
    """Train nltk's ``PunktTrainer`` on ``texts`` (read once, one at a time: a generator is fine):
    the abbreviation types it learns, how often each form occurs with a full stop, and how often
    a lower-case word, a number or a comma follows that stop (evidence that it did not end the
    sentence)."""
    from nltk.tokenize.punkt import PunktTrainer  # imported here: only learning needs it

    trainer = PunktTrainer()
    counts: Counter[str] = Counter()
    inside: Counter[str] = Counter()
    for text in texts:
        if text:
            trainer.train(text, finalize=False)
            _stop_counts(text, counts, inside)
    trainer.finalize_training()
    return set(trainer.get_params().abbrev_types), counts, inside


def learn_abbreviations(texts: Iterable[str], min_count: int = 2,
                        lexicon: SegmenterLexicon | None = None) -> list[tuple[str, int]]:
    """The abbreviations nltk's ``PunktTrainer`` learns from ``texts`` that the splitter does not
    already know (listed in ``lexicon``, default the built-in one, or recognised by their shape:
    initials, dotted initialisms), as (form, count) pairs, most frequent first. ``count`` is how
    often the form occurs with a full stop. Forms are lower case, as Punkt keeps them; they also
    match capitalised. The texts are read once, one at a time (a generator is fine).

    Punkt takes a word that ends a sentence or two and never occurs without a stop ("UIs.",
    "tau.") for an abbreviation; a form is kept only when it occurs at least ``min_count`` times
    with its stop and the stop is followed at least once by a lower-case word or a number
    ("approx. 4 million", "Fig. 3"): evidence that the stop did not end the sentence."""
    types, counts, inside = punkt_abbreviations(texts)
    known = segmenter_lexicon() if lexicon is None else lexicon
    learned = [(form, counts[form]) for form in unknown_forms(types, known)
               if _LEARNABLE_RE.fullmatch(form) and counts[form] >= min_count and inside[form]]
    learned.sort(key=lambda item: (-item[1], item[0]))
    return learned


def unknown_forms(forms: Iterable[str], lexicon: SegmenterLexicon) -> list[str]:
    """The forms the splitter does not treat as abbreviations yet (not listed in ``lexicon``, in
    lower case or capitalised, and not an initial or a dotted initialism)."""
    return [form for form in forms if abbreviation_class(form, lexicon) is None
            and abbreviation_class(form.capitalize(), lexicon) is None]


def format_learned(learned: list[tuple[str, int]], documents: int) -> str:
    """The text of an abbreviation file: a header, then one form per line with its count."""
    lines = [
        "# Abbreviations learned by `textmetrics abbreviations learn` (nltk's PunktTrainer) from",
        f"# {documents} document{'s' if documents != 1 else ''}: the forms textmetrics' built-in list lacks, each with how often",
        "# it occurred with its full stop. Use with --abbreviations FILE or TEXTMETRICS_ABBREVIATIONS.",
        "# Edit freely: one form per line (a count after it is ignored); entries are [general]",
        "# (a sentence end only before a typical sentence opener) unless a [class] line says otherwise.",
    ]
    lines.extend(f"{form}\t{count}" for form, count in learned)
    return "\n".join(lines) + "\n"
