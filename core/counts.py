"""Counts: the raw quantities every readability formula is built from.

Definitions (each one is what the formula's authors count, see :mod:`textmetrics.readability`):

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

from .catalogue import Metric
from .document import Document, Sentence
from .features import number_features, word_features
from .tokens import NUMBER, WORD, Token

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


def _is_proper_noun(token: Token, position: int) -> bool:
    """A capitalised word that does not open its sentence: a name, by the usual heuristic."""
    return position > 0 and token.text[:1].isupper() and not token.text.isupper()


def _count_sentence(stats: Stats, sentence: Sentence, unfamiliar: set[str]) -> None:
    position = 0
    for token in sentence.tokens:
        stats.characters += token.end - token.start  # tokens cover every non-space character
        kind = token.kind
        if kind is WORD:
            f = word_features(token.lower)
            stats.letters += f.letters
            if f.letters > 6:
                stats.long_words += 1
            if len(token.text) <= 3:
                stats.mini_words += 1
            if not f.familiar or f.complex:
                proper = _is_proper_noun(token, position)
                if not (f.familiar or proper):
                    stats.difficult_words += 1
                    unfamiliar.add(token.lower)
                if f.complex and not proper:
                    stats.complex_words += 1
        elif kind is NUMBER:
            f = number_features(token.text)
        else:
            continue
        stats.alphanumerics += f.alphanumerics
        stats.words += 1
        stats.syllables += f.syllables
        if f.syllables >= 3:
            stats.polysyllabic_words += 1
        elif f.syllables == 1:
            stats.monosyllabic_words += 1
        position += 1


def compute_stats(doc: Document) -> Stats:
    """Count everything in one walk over the document's tokens."""
    stats = Stats(sentences=len(doc.sentences), paragraphs=len(doc.paragraphs))
    unfamiliar: set[str] = set()
    for sentence in doc.sentences:
        _count_sentence(stats, sentence, unfamiliar)
    stats.unique_unfamiliar = len(unfamiliar)
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
