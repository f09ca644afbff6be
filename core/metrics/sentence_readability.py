"""Sentence by sentence: length, a grade and a difficulty band for each sentence, and the
sentence-length figures of the ``style`` group.

Grade of one sentence: the Automated Readability Index (Senter & Smith 1967), the formula the
Hemingway Editor uses for its highlights, applied to the sentence alone (one sentence, so the
words-per-sentence term is its length):

    grade = 4.71 × (letters and digits / words) + 0.5 × words − 21.43

ARI needs no syllables, so it does not lean on the syllable estimate of unknown words, and it
moves with the two things an editor can change in a sentence: its length and its long words. A
sentence of fewer than :data:`GRADE_MIN_WORDS` words gets no grade (``null``) and is ``ok``: with
so few words one long word moves the grade by several points, and a grade means little.

Difficulty bands, from the grade: ``hard`` from :data:`HARD_GRADE` (above the grade-8 to grade-9
level that plain-language guidance sets for writing meant for the general public, e.g. the US
Federal Plain Language Guidelines (2011) and DuBay (2004) on the average adult's reading level),
``very_hard`` from :data:`VERY_HARD_GRADE` (college level and above). Hemingway's own bands are not
published; these are ours, and the catalogue says so.

Long sentences: more than :data:`LONG_WORDS` words. Cutts (2020, *Oxford Guide to Plain
English*, 5th ed., guideline 1) recommends an average of 15 to 20 words and treats sentences
well over 25 as the ones to split.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, fields
from operator import attrgetter, itemgetter

from textmetrics.catalogue import Metric
from textmetrics.metrics.counts import WordCounts
from textmetrics.text.document import Document

__all__ = ["SentenceReadability", "sentence_readability", "length_figures", "CATALOGUE",
           "GRADE_MIN_WORDS", "HARD_GRADE", "VERY_HARD_GRADE", "LONG_WORDS", "DIFFICULTIES"]

GRADE_MIN_WORDS = 8
HARD_GRADE = 10.0
VERY_HARD_GRADE = 14.0
LONG_WORDS = 25
DIFFICULTIES = ("ok", "hard", "very_hard")

_INDEX = {f.name: i for i, f in enumerate(fields(WordCounts))}
_WORDS, _SYLLABLES, _ALNUM = (itemgetter(_INDEX[n]) for n in ("words", "syllables", "alphanumerics"))
_VALUES = itemgetter(0)  # of a chunk's counts fact: (WordCounts values, difficult words)
_COUNTS = attrgetter("counts")


@dataclass(slots=True)
class SentenceReadability:
    words: int
    syllables: int
    grade: float | None
    difficulty: str

    def to_dict(self) -> dict:
        return {"words": self.words, "syllables": self.syllables, "grade": self.grade,
                "difficulty": self.difficulty}


def _grade(words: int, alphanumerics: int) -> float | None:
    if words < GRADE_MIN_WORDS:
        return None
    return 4.71 * alphanumerics / words + 0.5 * words - 21.43


def _difficulty(grade: float | None) -> str:
    if grade is None or grade < HARD_GRADE:
        return "ok"
    return "hard" if grade < VERY_HARD_GRADE else "very_hard"


def sentence_readability(doc: Document) -> list[SentenceReadability]:
    """One entry per sentence of ``doc``, in order. Words, syllables and letters are the chunks'
    counts (:mod:`textmetrics.metrics.counts`), which do not depend on a word opening its sentence."""
    values = list(map(_VALUES, map(_COUNTS, doc.records)))
    words, syllables, alnum = (list(map(get, values)) for get in (_WORDS, _SYLLABLES, _ALNUM))
    out, start = [], 0
    for sentence in doc.sentences:
        end = start + len(sentence.chunks)
        n = sum(words[start:end])
        grade = _grade(n, sum(alnum[start:end]))
        out.append(SentenceReadability(n, sum(syllables[start:end]), grade, _difficulty(grade)))
        start = end
    return out


def length_figures(sentences: list[SentenceReadability]) -> dict[str, float | int | None]:
    """The sentence-length and difficulty figures of the ``style`` group; ``None`` without sentences."""
    n = len(sentences)
    lengths = [s.words for s in sentences]
    if not n:
        return dict.fromkeys(("mean_sentence_length", "sentence_length_sd", "max_sentence_length",
                              "long_sentence_ratio", "hard_sentence_ratio", "very_hard_sentence_ratio"))
    mean = sum(lengths) / n
    bands = [s.difficulty for s in sentences]
    return {
        "mean_sentence_length": mean,
        "sentence_length_sd": math.sqrt(sum((x - mean) ** 2 for x in lengths) / n),
        "max_sentence_length": max(lengths),
        "long_sentence_ratio": sum(x > LONG_WORDS for x in lengths) / n,
        # hard counts the very hard too: the share of sentences at or above the hard grade
        "hard_sentence_ratio": (bands.count("hard") + bands.count("very_hard")) / n,
        "very_hard_sentence_ratio": bands.count("very_hard") / n,
    }


_REF_ARI = "Senter & Smith (1967), ARI, applied per sentence as the Hemingway Editor does"


def _m(key: str, name: str, description: str, unit: str, rng: tuple, higher: str, ref: str) -> Metric:
    return Metric(f"style.{key}", "style", name, description, unit, rng, higher, ref)


CATALOGUE = (
    _m("mean_sentence_length", "Mean sentence length", "Words per sentence (word and number tokens).",
       "words", (0, None), "longer sentences", "Cutts (2020), Oxford Guide to Plain English: aim for 15-20"),
    _m("sentence_length_sd", "Sentence length spread",
       "Standard deviation of the sentences' lengths in words (over the document's sentences): "
       "how much the rhythm varies.", "words", (0, None), "more varied sentence lengths",
       "Cutts (2020), Oxford Guide to Plain English: vary sentence length"),
    _m("max_sentence_length", "Longest sentence", "Words in the longest sentence.", "words", (0, None),
       "a longer longest sentence", "Cutts (2020), Oxford Guide to Plain English, guideline 1"),
    _m("long_sentence_ratio", "Long sentences", f"Share of sentences of more than {LONG_WORDS} words.",
       "ratio", (0, 1), "more long sentences", "Cutts (2020), Oxford Guide to Plain English, guideline 1"),
    _m("hard_sentence_ratio", "Hard sentences",
       f"Share of sentences whose grade (ARI of the sentence, at least {GRADE_MIN_WORDS} words) is "
       f"{HARD_GRADE:g} or more, the very hard included: above the grade 8-9 that plain-language "
       "guidance sets for the general public.", "ratio", (0, 1), "more hard sentences",
       f"{_REF_ARI}; thresholds: textmetrics, after the US Federal Plain Language Guidelines (2011)"),
    _m("very_hard_sentence_ratio", "Very hard sentences",
       f"Share of sentences whose grade is {VERY_HARD_GRADE:g} or more (college level).", "ratio", (0, 1),
       "more very hard sentences", f"{_REF_ARI}; threshold: textmetrics"),
)
