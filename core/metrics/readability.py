"""Readability formulas, each as published, applied to the counts of :mod:`textmetrics.metrics.counts`.

Every function takes a :class:`~textmetrics.metrics.counts.Stats` and returns a float, or None where the
formula is undefined (no words or no sentences): never NaN or Infinity.

Where textstat 0.7.13 departs from the published formula, the docstring says so; the tests hold
both our value and the size of the difference.
"""

from __future__ import annotations

import math
from statistics import median

from textmetrics.catalogue import Metric
from textmetrics.metrics.counts import Stats

__all__ = ["compute", "CATALOGUE", "READING_WPM", "SMOG_MIN_SENTENCES"]

READING_WPM = 238  # Brysbaert (2019): mean silent reading rate of adults for non-fiction
SMOG_MIN_SENTENCES = 30  # McLaughlin (1969) samples 30 sentences


def _defined(s: Stats) -> bool:
    return s.words > 0 and s.sentences > 0


def flesch_reading_ease(s: Stats) -> float | None:
    """Flesch (1948): 206.835 − 1.015 (words/sentences) − 84.6 (syllables/words)."""
    if not _defined(s):
        return None
    return 206.835 - 1.015 * s.words / s.sentences - 84.6 * s.syllables / s.words


def flesch_kincaid_grade(s: Stats) -> float | None:
    """Kincaid, Fishburne, Rogers & Chissom (1975): 0.39 (W/S) + 11.8 (Sy/W) − 15.59."""
    if not _defined(s):
        return None
    return 0.39 * s.words / s.sentences + 11.8 * s.syllables / s.words - 15.59


def gunning_fog(s: Stats) -> float | None:
    """Gunning (1952): 0.4 [(W/S) + 100 (complex words/W)]; complex words as in counts."""
    if not _defined(s):
        return None
    return 0.4 * (s.words / s.sentences + 100 * s.complex_words / s.words)


def smog_index(s: Stats) -> float | None:
    """McLaughlin (1969): 1.0430 √(polysyllables × 30/sentences) + 3.1291.

    Defined for samples of 30 sentences; on fewer it is extrapolated and a warning is given
    (textstat returns 0 under 3 sentences and otherwise applies it without a warning).
    """
    if not _defined(s):
        return None
    return 1.0430 * math.sqrt(s.polysyllabic_words * 30 / s.sentences) + 3.1291


def coleman_liau_index(s: Stats) -> float | None:
    """Coleman & Liau (1975): 0.0588 L − 0.296 S − 15.8, with L letters and S sentences per 100 words.

    textstat 0.7.13 uses 0.058 instead of 0.0588 (0.4 grade lower at typical L ≈ 500).
    """
    if not _defined(s):
        return None
    letters_per_100 = 100 * s.letters / s.words
    sentences_per_100 = 100 * s.sentences / s.words
    return 0.0588 * letters_per_100 - 0.296 * sentences_per_100 - 15.8


def automated_readability_index(s: Stats) -> float | None:
    """Senter & Smith (1967): 4.71 (characters/W) + 0.5 (W/S) − 21.43.

    Characters are letters and digits of words; textstat 0.7.13 counts punctuation too, which
    raises its ARI by about half a grade on ordinary prose.
    """
    if not _defined(s):
        return None
    return 4.71 * s.alphanumerics / s.words + 0.5 * s.words / s.sentences - 21.43


def dale_chall(s: Stats) -> float | None:
    """Dale & Chall (1948), with the 1995 familiar list and counting rules (Chall & Dale 1995):
    0.1579 × PDW + 0.0496 × (W/S), plus 3.6365 when PDW (percent difficult words) exceeds 5.

    textstat's ``dale_chall_readability_score_v2`` adds 3.6365 when the raw *score* exceeds
    0.05, i.e. almost always, and its difficult words exclude one-syllable words.
    """
    if not _defined(s):
        return None
    pdw = 100 * s.difficult_words / s.words
    score = 0.1579 * pdw + 0.0496 * s.words / s.sentences
    return score + 3.6365 if pdw > 5 else score


def linsear_write(s: Stats) -> float | None:
    """Linsear Write (O'Hayre 1966): r = (easy + 3 × hard)/sentences, easy = words of one or two
    syllables, hard = three or more; grade = r/2 if r > 20, else (r − 2)/2.

    The published procedure takes a 100-word sample; r is a per-sentence quantity, so we apply it
    to the whole text (textstat takes the first 100 words only).
    """
    if not _defined(s):
        return None
    hard = s.polysyllabic_words
    easy = s.words - hard
    r = (easy + 3 * hard) / s.sentences
    return r / 2 if r > 20 else (r - 2) / 2


def spache(s: Stats) -> float | None:
    """Revised Spache (Spache 1974): 0.121 × (W/S) + 0.082 × (percent unique unfamiliar words) + 0.659.

    Spache's own revised list of ~1,000 primary-grade words is not available under a free
    licence; we use the Dale-Chall familiar list, as textstat does. textstat applies the 1953
    coefficients (0.141, 0.086, 0.839) and counts all, not unique, difficult words.
    """
    if not _defined(s):
        return None
    return 0.121 * s.words / s.sentences + 0.082 * 100 * s.unique_unfamiliar / s.words + 0.659


def mcalpine_eflaw(s: Stats) -> float | None:
    """McAlpine (2006) EFLAW: (words + mini-words)/sentences, mini-words of three letters or fewer."""
    if not _defined(s):
        return None
    return (s.words + s.mini_words) / s.sentences


def lix(s: Stats) -> float | None:
    """Björnsson (1968) LIX: W/S + 100 × (long words/W), long words of more than six letters."""
    if not _defined(s):
        return None
    return s.words / s.sentences + 100 * s.long_words / s.words


def rix(s: Stats) -> float | None:
    """Anderson (1983) RIX: long words per sentence."""
    if not _defined(s):
        return None
    return s.long_words / s.sentences


def forcast(s: Stats) -> float | None:
    """FORCAST (Caylor, Sticht, Fox & Ford 1973): 20 − N/10, N = monosyllabic words per 150 words."""
    if not _defined(s):
        return None
    return 20 - (s.monosyllabic_words * 150 / s.words) / 10


def reading_time_seconds(s: Stats) -> float:
    """Words at 238 words per minute, the mean adult silent reading rate for non-fiction
    (Brysbaert 2019). textstat counts 14.69 ms per character instead."""
    return s.words * 60 / READING_WPM


_GRADE_FORMULAS = (
    flesch_kincaid_grade, gunning_fog, smog_index, coleman_liau_index,
    automated_readability_index, linsear_write, forcast,
)


def consensus_grade(s: Stats) -> float | None:
    """The median of the grade-level formulas (FKGL, Fog, SMOG, Coleman-Liau, ARI, Linsear Write,
    FORCAST): one robust number when the formulas disagree. Median, not mean, so that one formula's
    outlier (FORCAST on very short texts, SMOG on few sentences) does not move it."""
    grades = [g for f in _GRADE_FORMULAS if (g := f(s)) is not None]
    return median(grades) if grades else None


_FORMULAS = {
    "flesch_reading_ease": flesch_reading_ease,
    "flesch_kincaid_grade": flesch_kincaid_grade,
    "gunning_fog": gunning_fog,
    "smog_index": smog_index,
    "coleman_liau_index": coleman_liau_index,
    "automated_readability_index": automated_readability_index,
    "dale_chall": dale_chall,
    "linsear_write": linsear_write,
    "spache": spache,
    "mcalpine_eflaw": mcalpine_eflaw,
    "lix": lix,
    "rix": rix,
    "forcast": forcast,
    "consensus_grade": consensus_grade,
    "reading_time_seconds": reading_time_seconds,
}


def compute(s: Stats, warnings: list[str]) -> dict[str, float | None]:
    """The ``readability`` object; appends human-readable warnings to ``warnings``."""
    if not _defined(s):
        warnings.append("readability: the text has no words or sentences; formulas are null")
    elif s.sentences < SMOG_MIN_SENTENCES:
        warnings.append(
            f"readability: SMOG is calibrated on {SMOG_MIN_SENTENCES} sentences; "
            f"this text has {s.sentences}, so smog_index is unreliable"
        )
    if 0 < s.words < 100:
        warnings.append("readability: fewer than 100 words; grade levels are unstable on short texts")
    return {name: f(s) for name, f in _FORMULAS.items()}


def _grade(name, title, description, reference) -> Metric:
    return Metric(f"readability.{name}", "readability", title, description, "US school grade",
                  (None, None), "harder to read", reference)


CATALOGUE = (
    Metric("readability.flesch_reading_ease", "readability", "Flesch Reading Ease",
           "206.835 − 1.015 words/sentence − 84.6 syllables/word. 90–100 very easy, 60–70 plain English, "
           "0–30 very difficult (college graduate).", "score", (None, 121.22), "easier to read", "Flesch (1948)"),
    _grade("flesch_kincaid_grade", "Flesch-Kincaid Grade", "0.39 words/sentence + 11.8 syllables/word − 15.59.",
           "Kincaid et al. (1975)"),
    _grade("gunning_fog", "Gunning Fog", "0.4 (words/sentence + 100 complex words/words).", "Gunning (1952)"),
    _grade("smog_index", "SMOG", "1.0430 √(polysyllables × 30/sentences) + 3.1291; needs 30 sentences.",
           "McLaughlin (1969)"),
    _grade("coleman_liau_index", "Coleman-Liau", "0.0588 letters/100 words − 0.296 sentences/100 words − 15.8.",
           "Coleman & Liau (1975)"),
    _grade("automated_readability_index", "Automated Readability Index",
           "4.71 characters/word + 0.5 words/sentence − 21.43, characters = letters and digits.",
           "Senter & Smith (1967)"),
    Metric("readability.dale_chall", "readability", "New Dale-Chall",
           "0.1579 × % difficult words + 0.0496 words/sentence, + 3.6365 if difficult words exceed 5%. "
           "4.9 or lower: grade 4; 5–5.9: grades 5–6; ... 9–9.9: grades 13–15 (college).",
           "score", (0, None), "harder to read", "Dale & Chall (1948); Chall & Dale (1995)"),
    _grade("linsear_write", "Linsear Write", "(easy words + 3 hard words)/sentences, halved (minus 2 if ≤ 20).",
           "O'Hayre (1966)"),
    _grade("spache", "Spache (revised)", "0.121 words/sentence + 0.082 % unique unfamiliar words + 0.659; "
           "meant for primary-grade texts.", "Spache (1974)"),
    Metric("readability.mcalpine_eflaw", "readability", "McAlpine EFLAW",
           "(words + words of ≤ 3 letters)/sentences for English as a foreign language: ≤ 20 very easy, "
           "21–25 quite easy, 26–29 a little difficult, ≥ 30 very confusing.", "score", (0, None),
           "harder to read", "McAlpine (2006)"),
    Metric("readability.lix", "readability", "LIX", "words/sentence + 100 × long words/words. "
           "Under 30 very easy, 40 normal prose, over 60 very difficult.", "score", (0, None), "harder to read",
           "Björnsson (1968)"),
    Metric("readability.rix", "readability", "RIX", "Long words (> 6 letters) per sentence.", "score", (0, None),
           "harder to read", "Anderson (1983)"),
    _grade("forcast", "FORCAST", "20 − (monosyllabic words per 150 words)/10.", "Caylor et al. (1973)"),
    _grade("consensus_grade", "Consensus grade", "Median of FKGL, Fog, SMOG, Coleman-Liau, ARI, Linsear Write "
           "and FORCAST.", "textmetrics"),
    Metric("readability.reading_time_seconds", "readability", "Reading time",
           "Seconds to read silently at 238 words per minute.", "seconds", (0, None), "longer to read",
           "Brysbaert (2019)"),
)
