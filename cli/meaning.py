"""What a number means to a reader: grade levels, ease bands, reading time, and the metric rows.

The tables of ``score`` and ``compare`` and the HTML report put these words next to the values, so
that "Flesch Reading Ease 48.2" reads as "difficult (college)". Each band table cites the paper that
defines it. :func:`metric_rows` gives all three the same rows: catalogue name, value, meaning.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import Any

from textmetrics import catalogue

from .columns import flatten

__all__ = ["describe", "grade_words", "format_value", "metric_rows", "catalogue_index", "percentile_phrase",
           "with_percentile", "GRADE_METRICS"]

# Metrics whose value is a US school grade (the catalogue gives them the unit "US school grade").
GRADE_METRICS = frozenset({
    "readability.flesch_kincaid_grade", "readability.gunning_fog", "readability.smog_index",
    "readability.coleman_liau_index", "readability.automated_readability_index",
    "readability.linsear_write", "readability.spache", "readability.forcast", "readability.consensus_grade",
})

# Flesch (1948), "A new readability yardstick", Table 5: reading ease -> style and school grade.
_FLESCH_BANDS = (
    (30, "very difficult (college graduate)"),
    (50, "difficult (college)"),
    (60, "fairly difficult (grades 10-12)"),
    (70, "standard (grades 8-9)"),
    (80, "fairly easy (grade 7)"),
    (90, "easy (grade 6)"),
    (float("inf"), "very easy (grade 5)"),
)

# Chall & Dale (1995), Readability Revisited, Table of adjusted grade levels for raw scores.
_DALE_CHALL_BANDS = (
    (5.0, "grade 4 and below"),
    (6.0, "grades 5-6"),
    (7.0, "grades 7-8"),
    (8.0, "grades 9-10"),
    (9.0, "grades 11-12"),
    (10.0, "college (grades 13-15)"),
    (float("inf"), "college graduate"),
)

# Björnsson (1968), Läsbarhet: LIX bands.
_LIX_BANDS = (
    (30, "very easy"),
    (40, "easy"),
    (50, "medium"),
    (60, "difficult"),
    (float("inf"), "very difficult"),
)

# Anderson (1983), "Lix and Rix", Table 2: RIX lower bounds -> grade.
_RIX_BOUNDS = (0.2, 0.5, 0.8, 1.3, 1.8, 2.4, 3.0, 3.7, 4.5, 5.3, 6.2, 7.2)
_RIX_GRADES = ("grade 1", "grade 2", "grade 3", "grade 4", "grade 5", "grade 6", "grade 7", "grade 8",
               "grade 9", "grade 10", "grade 11", "grade 12", "college")

# McAlpine (2006), EFLAW: bands for readers of English as a foreign language.
_EFLAW_BANDS = (
    (21, "very easy for learners"),
    (26, "quite easy for learners"),
    (30, "a little difficult for learners"),
    (float("inf"), "confusing for learners"),
)


def _band(value: float, bands) -> str:
    for upper, words in bands:
        if value < upper:
            return words
    return bands[-1][1]


def grade_words(grade: float) -> str:
    """A US school grade in words: ``8.4`` -> ``"grade 8 (age 13-14)"``."""
    g = round(grade)
    if g < 1:
        return "below grade 1"
    if g <= 12:
        return f"grade {g} (age {g + 5}-{g + 6})"
    if g <= 16:
        return f"college, year {g - 12}"
    return "graduate level"


def _duration(seconds: float) -> str:
    seconds = round(seconds)
    if seconds < 60:
        return f"about {seconds} s of reading"
    return f"about {seconds // 60} min {seconds % 60:02d} s of reading"


def describe(metric_id: str, value, higher_means: str = "") -> str:
    """A short phrase saying what ``value`` of ``metric_id`` means, or ``""`` when nothing useful fits."""
    if value is None:
        return "undefined for this text"
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return ""
    if metric_id in GRADE_METRICS:
        return grade_words(value)
    if metric_id == "readability.flesch_reading_ease":
        return _band(value, _FLESCH_BANDS)
    if metric_id == "readability.dale_chall":
        return _band(value, _DALE_CHALL_BANDS)
    if metric_id == "readability.lix":
        return _band(value, _LIX_BANDS)
    if metric_id == "readability.rix":
        return _RIX_GRADES[bisect_right(_RIX_BOUNDS, value)]
    if metric_id == "readability.mcalpine_eflaw":
        return _band(value, _EFLAW_BANDS)
    if metric_id == "readability.reading_time_seconds":
        return _duration(value)
    if metric_id == "sentiment.score":
        return "negative" if value < -0.05 else "positive" if value > 0.05 else "near neutral"
    if higher_means and higher_means != "more of it":
        return f"higher: {higher_means}"
    return ""


def format_value(value) -> str:
    """A value as a table cell: integers plain, floats to two decimals, None as a dash."""
    if value is None:
        return "-"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int):
        return f"{value:,}"
    if isinstance(value, float):
        return f"{value:,.2f}"
    if isinstance(value, (list, tuple)):
        return ", ".join(str(v) for v in value)
    return str(value)


def catalogue_index() -> dict[str, Any]:
    """Metric id -> its catalogue entry."""
    return {m.id: m for m in catalogue()}


def percentile_phrase(metric_id: str, percentiles: dict | None) -> str:
    """``"p87 among editorials, p40 among news"``: where the value falls in each reference ("" if nowhere)."""
    if not percentiles:
        return ""
    return ", ".join(f"p{by_metric[metric_id]:.0f} among {name}" for name, by_metric in percentiles.items()
                     if isinstance(by_metric, dict) and by_metric.get(metric_id) is not None)


def with_percentile(meaning: str, metric_id: str, percentiles: dict | None) -> str:
    """``meaning`` followed by :func:`percentile_phrase` when there is one."""
    phrase = percentile_phrase(metric_id, percentiles)
    return f"{meaning}; {phrase}" if meaning and phrase else meaning or phrase


def _humanize(key: str) -> str:
    return key.replace("_", " ").replace(".", " ").capitalize()


def metric_rows(group: str, values: dict, index: dict | None = None,
                percentiles: dict | None = None) -> list[tuple[str, str, Any, str]]:
    """(metric id, display name, value, meaning) for a group's object; ``{count, per_1000_words}``
    pairs become one row whose meaning gives the rate. With the document's ``percentiles``, each
    meaning ends with where the value falls among each reference (a pair: where its rate falls)."""
    index = index if index is not None else catalogue_index()
    rows = []
    for key, value in values.items():
        mid = f"{group}.{key}"
        entry = index.get(mid)
        name = entry.name if entry else _humanize(key)
        if isinstance(value, dict) and "count" in value and "per_1000_words" in value:
            rate = value["per_1000_words"]
            count_entry = index.get(f"{mid}.count")
            rows.append((mid, count_entry.name if count_entry else name, value["count"],
                         with_percentile(f"{format_value(rate)} per 1,000 words", f"{mid}.per_1000_words",
                                          percentiles)))
        elif isinstance(value, dict):
            for sub, subvalue in flatten(value).items():
                sid = f"{mid}.{sub}"
                sentry = index.get(sid)
                # a breakdown (hedges by subtype): the group's own row already says what higher means
                rows.append((sid, sentry.name if sentry else f"{name}: {_humanize(sub).lower()}", subvalue,
                             with_percentile("", sid, percentiles)))
        else:
            rows.append((mid, name, value, with_percentile(describe(mid, value, entry.higher_means if entry else ""),
                                                            mid, percentiles)))
    return rows
