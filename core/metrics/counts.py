"""Counts: the raw quantities every readability formula is built from.

Definitions (each one is what the formula's authors count, see :mod:`textmetrics.metrics.readability`):

- ``words``: word and number tokens ("U.S." and "175,000" are one word each; punctuation is not);
- ``syllables``: CMUdict first pronunciation, a measured fallback for unknown words, and numbers as
  read aloud, as McLaughlin (1969) instructs for SMOG;
- ``characters``: non-white-space characters of the sentences (every one is in some token); ``letters``: alphabetic characters of words;
- ``polysyllabic_words``: three or more syllables (SMOG); ``monosyllabic_words``: one (FORCAST);
- ``long_words``: more than six letters (Björnsson's LIX, Anderson's RIX);
- ``difficult_words``: words not on the Dale-Chall list of familiar words, where inflected forms of
  familiar words, proper names and numbers count as familiar (Chall & Dale 1995);
- ``complex_words``: Gunning (1952) "hard words": three or more syllables, except proper nouns,
  hyphenated compounds, and words made three syllables only by an -es, -ed or -ing ending.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import chain
from operator import itemgetter

from textmetrics.catalogue import Metric
from textmetrics.text.document import Document
from textmetrics.text.chunks import CHUNK_FORMS
from textmetrics.words.features import number_features, word_features
from textmetrics.cache import Memo
from textmetrics.text.tokens import NUMBER, kind_of

__all__ = ["Stats", "compute_stats", "counts_dict", "CATALOGUE"]


@dataclass(slots=True)
class Stats:
    """All counts, including the internal ones only the formulas need."""

    sentences: int = 0
    words: int = 0
    syllables: int = 0
    characters: int = 0
    letters: int = 0
    paragraphs: int = 0
    polysyllabic_words: int = 0
    monosyllabic_words: int = 0
    long_words: int = 0
    difficult_words: int = 0
    complex_words: int = 0
    # internal: used by formulas, not part of the public ``counts`` object
    alphanumerics: int = 0  # letters and digits of words (ARI)
    mini_words: int = 0  # words of three letters or fewer (McAlpine EFLAW)
    unique_unfamiliar: int = 0  # distinct unfamiliar words (revised Spache)


PUBLIC_FIELDS = (
    "sentences", "words", "syllables", "characters", "letters", "paragraphs", "polysyllabic_words",
    "monosyllabic_words", "long_words", "difficult_words", "complex_words",
)


# --------------------------------------------------------------------------- packed counts per chunk
#
# Each distinct white-space chunk (see :mod:`textmetrics.text.chunks`) maps, once per process, to one
# integer holding all the counts of its words in fixed-width bit fields, and a document's counts
# are ``sum(map(memo.__getitem__, chunks))``: one addition per chunk at C speed, where a loop over
# tokens does ten in Python. 48-bit fields cannot overflow on any text that fits in memory.

_FIELDS = (
    "words", "syllables", "characters", "alphanumerics", "letters", "long_words", "mini_words",
    "polysyllabic_words", "monosyllabic_words", "difficult_words", "complex_words",
)
_BITS = 48
_MASK = (1 << _BITS) - 1
_SHIFT = {name: i * _BITS for i, name in enumerate(_FIELDS)}


def _pack(words: int = 0, syllables: int = 0, characters: int = 0, alphanumerics: int = 0, letters: int = 0,
          long_words: int = 0, mini_words: int = 0, polysyllabic_words: int = 0, monosyllabic_words: int = 0,
          difficult_words: int = 0, complex_words: int = 0) -> int:
    """The counts as one integer, field i in bits [48 i, 48 (i + 1)) in the order of _FIELDS."""
    b = _BITS
    return (words | syllables << b | characters << 2 * b | alphanumerics << 3 * b | letters << 4 * b
            | long_words << 5 * b | mini_words << 6 * b | polysyllabic_words << 7 * b
            | monosyllabic_words << 8 * b | difficult_words << 9 * b | complex_words << 10 * b)


def _is_proper_noun(text: str) -> bool:
    """A capitalised, not all-capitals word: a name, by the usual heuristic, unless it opens its
    sentence (the caller's concern)."""
    return text[:1].isupper() and not text.isupper()


def _word_counts(form: str, first: bool) -> tuple[int, str | None]:
    """The packed counts of one word or number token, and its lower-case form if it is a
    difficult (unfamiliar) word; ``first``: it is the first word of its sentence, so a capital
    does not make it a proper noun."""
    if kind_of(form) is NUMBER:
        f = number_features(form)
        return _pack(words=1, syllables=f.syllables, alphanumerics=f.alphanumerics,
                     polysyllabic_words=int(f.syllables >= 3), monosyllabic_words=int(f.syllables == 1)), None
    lower = form.lower()
    f = word_features(lower)
    proper = not first and _is_proper_noun(form)
    difficult = not (f.familiar or proper)
    packed = _pack(
        words=1, syllables=f.syllables, alphanumerics=f.alphanumerics, letters=f.letters,
        long_words=int(f.letters > 6), mini_words=int(len(form) <= 3),
        polysyllabic_words=int(f.syllables >= 3), monosyllabic_words=int(f.syllables == 1),
        difficult_words=int(difficult), complex_words=int(f.complex and not proper),
    )
    return packed, lower if difficult else None


_CHARACTERS = 2 * _BITS  # the shift of the characters field
_WORDS: Memo[tuple[int, str | None]] = Memo(lambda key: _word_counts(*key))  # (form, first) -> counts


def _chunk_counts(chunk: str, first: bool) -> tuple[int, tuple[str, ...]]:
    """Packed counts of a chunk's words (plus its characters) and its difficult words;
    ``first``: the chunk holds the first word of its sentence."""
    packed, unfamiliar = len(chunk) << _CHARACTERS, []
    for i, form in enumerate(CHUNK_FORMS[chunk]):
        counts, lower = _WORDS[form, first and i == 0]
        packed += counts
        if lower is not None:
            unfamiliar.append(lower)
    return packed, tuple(unfamiliar)


# chunk -> (packed counts, difficult words); a chunk holding its sentence's first word has its own
_CHUNKS: Memo[tuple[int, tuple[str, ...]]] = Memo(lambda chunk: _chunk_counts(chunk, False))
_FIRST_CHUNKS: Memo[tuple[int, tuple[str, ...]]] = Memo(lambda chunk: _chunk_counts(chunk, True))
_PACKED_OF, _UNFAMILIAR_OF = itemgetter(0), itemgetter(1)


def _split_first(chunks: list[str], rest: list[str], firsts: list[str]) -> None:
    """Append to ``firsts`` the sentence's chunk holding its first word (after any chunks of
    punctuation alone, such as an opening dash), and every other chunk to ``rest``."""
    for i, chunk in enumerate(chunks):
        if _CHUNKS[chunk][0] & _MASK:  # the words field: the chunk holds a word
            firsts.append(chunk)
            rest += chunks[:i]
            rest += chunks[i + 1:]
            return
    rest += chunks


def compute_stats(doc: Document) -> Stats:
    """Count everything from the chunks of each sentence (see the packed counts above)."""
    stats = Stats(sentences=len(doc.sentences), paragraphs=len(doc.paragraphs))
    rest: list[str] = []
    firsts: list[str] = []
    for sentence in doc.sentences:
        _split_first(sentence.chunks, rest, firsts)
    found = list(map(_CHUNKS.__getitem__, rest))
    found += map(_FIRST_CHUNKS.__getitem__, firsts)
    total = sum(map(_PACKED_OF, found))
    for name, shift in _SHIFT.items():
        setattr(stats, name, total >> shift & _MASK)
    stats.unique_unfamiliar = len(set(chain.from_iterable(map(_UNFAMILIAR_OF, found))))
    return stats


def counts_dict(stats: Stats) -> dict[str, int]:
    """The public ``counts`` object of the JSON document."""
    return {name: getattr(stats, name) for name in PUBLIC_FIELDS}


def _count(name: str, title: str, description: str, reference: str = "") -> Metric:
    return Metric(f"counts.{name}", "counts", title, description, "count", (0, None), "more of it", reference)


CATALOGUE = (
    _count("sentences", "Sentences", "Sentences found by the segmenter (abbreviations, decimals, quotes aware)."),
    _count("words", "Words", "Word and number tokens; punctuation and symbols are not words."),
    _count("syllables", "Syllables", "Syllables of all words: CMUdict first pronunciation, a rule-based fallback, numbers as read aloud.",
           "CMU Pronouncing Dictionary; McLaughlin (1969) for numbers"),
    _count("characters", "Characters", "Characters that are not white space."),
    _count("letters", "Letters", "Alphabetic characters of words."),
    _count("paragraphs", "Paragraphs", "Blocks of text separated by blank lines."),
    _count("polysyllabic_words", "Polysyllabic words", "Words of three or more syllables.", "McLaughlin (1969)"),
    _count("monosyllabic_words", "Monosyllabic words", "Words of one syllable.", "Caylor et al. (1973), FORCAST"),
    _count("long_words", "Long words", "Words of more than six letters.", "Björnsson (1968), LIX"),
    _count("difficult_words", "Difficult words", "Words not on the Dale-Chall familiar list; inflections of familiar words, proper names and numbers count as familiar.",
           "Chall & Dale (1995)"),
    _count("complex_words", "Complex words", "Three or more syllables, except proper nouns, hyphenated compounds and words made so by -es/-ed/-ing.",
           "Gunning (1952)"),
)
