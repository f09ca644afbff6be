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

from dataclasses import dataclass, fields
from itertools import chain
from operator import attrgetter, itemgetter

from textmetrics.catalogue import Metric
from textmetrics.text.chunks import Chunk, chunk_fact
from textmetrics.text.document import Document
from textmetrics.text.tokens import NUMBER, Template

__all__ = ["Stats", "WordCounts", "compute_stats", "counts_dict", "CATALOGUE", "PUBLIC_FIELDS"]


@dataclass(slots=True)
class WordCounts:
    """The counts made word by word, summed field by field over a chunk's words and then over a
    text. To add a count: a field here, its value in :func:`_word_counts`, and (if public) a
    catalogue entry below."""

    words: int = 0
    syllables: int = 0
    characters: int = 0  # of the whole chunk, punctuation included (set per chunk, not per word)
    letters: int = 0
    polysyllabic_words: int = 0
    monosyllabic_words: int = 0
    long_words: int = 0
    difficult_words: int = 0
    complex_words: int = 0
    alphanumerics: int = 0  # internal: letters and digits of words (ARI)
    mini_words: int = 0  # internal: words of three letters or fewer (McAlpine EFLAW)


@dataclass(slots=True)
class Stats(WordCounts):
    """All counts of a document: the :class:`WordCounts` summed over its words, and the counts
    that are not sums over words."""

    sentences: int = 0
    paragraphs: int = 0
    unique_unfamiliar: int = 0  # internal: distinct unfamiliar words (revised Spache)


_VALUES = attrgetter(*(f.name for f in fields(WordCounts)))  # WordCounts -> tuple, at C speed


def _is_proper_noun(text: str) -> bool:
    """A capitalised, not all-capitals word: a name, by the usual heuristic, unless it opens its
    sentence (the caller's concern)."""
    return text[:1].isupper() and not text.isupper()


def _add_word(c: WordCounts, t: Template, first: bool) -> bool:
    """Add one word or number token to ``c``; True if it is a difficult (unfamiliar) word.
    ``first``: it is the first word of its sentence, so a capital does not make it a proper noun."""
    f = t.features
    c.words += 1
    c.syllables += f.syllables
    c.alphanumerics += f.alphanumerics
    c.polysyllabic_words += f.syllables >= 3
    c.monosyllabic_words += f.syllables == 1
    if t.kind is NUMBER:
        return False  # numbers count as familiar and are never complex (Chall & Dale; Gunning)
    proper = not first and _is_proper_noun(t.form)
    difficult = not (f.familiar or proper)
    c.letters += f.letters
    c.long_words += f.letters > 6
    c.mini_words += len(t.form) <= 3
    c.difficult_words += difficult
    c.complex_words += f.complex and not proper
    return difficult


ChunkCounts = tuple[tuple[int, ...], tuple[str, ...]]  # a chunk's WordCounts values, its difficult words


def _chunk_counts(chunk: Chunk, first: bool) -> ChunkCounts:
    """The counts of a chunk's words plus its characters, and its difficult words; ``first``: the
    chunk holds the first word of its sentence."""
    c = WordCounts(characters=len(chunk.text))
    difficult = []
    for t in chunk.tokens:
        if t.features is not None:  # a word or a number
            if _add_word(c, t, first):
                difficult.append(t.lower)
            first = False
    return _VALUES(c), tuple(difficult)


@chunk_fact("counts")
def _counts(chunk: Chunk) -> ChunkCounts:
    return _chunk_counts(chunk, False)


@chunk_fact("first_counts")
def _first_counts(chunk: Chunk) -> ChunkCounts:
    return _chunk_counts(chunk, True)


_COUNTS = attrgetter("counts")
_WORD_COUNTS, _DIFFICULT = itemgetter(0), itemgetter(1)


def compute_stats(doc: Document) -> Stats:
    """Sum the chunks' counts over the document (one addition per field at C speed). In each
    sentence, the chunk with the first word (after any chunks of punctuation alone, such as an
    opening dash) counts as opening the sentence (its ``first_counts``)."""
    records = doc.records
    found = list(map(_COUNTS, records))
    start = 0
    for sentence in doc.sentences:
        end = start + len(sentence.chunks)
        for i in range(start, end):
            if records[i].forms:
                found[i] = records[i].first_counts
                break
        start = end
    sums = map(sum, zip(_VALUES(WordCounts()), *map(_WORD_COUNTS, found)))
    unique = len(set(chain.from_iterable(map(_DIFFICULT, found))))
    return Stats(*sums, sentences=len(doc.sentences), paragraphs=len(doc.paragraphs), unique_unfamiliar=unique)


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

PUBLIC_FIELDS = tuple(m.id.split(".", 1)[1] for m in CATALOGUE)  # the order of the JSON object
