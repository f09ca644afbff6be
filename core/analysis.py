"""``analyze()``: build the document model once, then let each requested metric group read it."""

from __future__ import annotations

import math
from typing import Any, Callable, Generic, Iterable, TypeVar

from textmetrics import norms as reference_norms, sentiment, style
from textmetrics.metrics import counts, hedging, lexical, persuasion, readability, sentence_readability
from textmetrics.catalogue import GROUP_MODULES
from textmetrics.text.document import Document, build_document
from textmetrics.errors import InvalidInputError, UnknownMetricError
from textmetrics.markers import Marker, find_markers, user_lexicon
from textmetrics.report import Report
from textmetrics.text.abbreviations import user_abbreviations

__all__ = ["analyze", "GROUPS", "DETAILS", "LANGUAGES"]

GROUPS: tuple[str, ...] = tuple(GROUP_MODULES)
DETAILS = ("summary", "full")
LANGUAGES = ("en",)
ROUND_DIGITS = 4


T = TypeVar("T")


class cached(Generic[T]):
    """functools.cached_property without its lock: Python 3.11 takes an RLock on every first
    access (1.1 µs against 0.4 µs here, on a path that costs 25 µs for a tweet); an Analysis
    belongs to one call, so no lock is needed."""

    def __init__(self, func: Callable[[Any], T]) -> None:
        self.func, self.name = func, func.__name__
        self.__doc__ = func.__doc__

    def __get__(self, obj: Any, owner: type | None = None) -> T:
        if obj is None:
            return self  # type: ignore[return-value]
        value = obj.__dict__[self.name] = self.func(obj)  # later reads find the instance attribute
        return value


class Analysis:
    """The document plus what several groups share, each computed at most once."""

    def __init__(self, doc: Document, options: dict) -> None:
        self.doc = doc
        self.options = options
        self.warnings: list[str] = []

    @cached
    def stats(self) -> counts.Stats:
        return counts.compute_stats(self.doc)

    @cached
    def markers(self) -> list[Marker]:
        """Hedging and persuasion markers, found once and read by both groups and ``markers``."""
        return find_markers(self.doc, self.options.get("marker_lexicon"))

    @cached
    def word_count(self) -> int:
        """Word and number tokens, the denominator of the marker rates (shared by both groups);
        taken from the counts when another group has computed them already."""
        if "stats" in self.__dict__:
            return self.stats.words
        return hedging.word_count(self.doc)

    @cached
    def style_spans(self) -> list[style.StyleSpan]:
        """Passives, nominalizations and -ly adverbs: the style layer of spans."""
        return style.find_style_spans(self.doc)

    @cached
    def sentence_readability(self) -> list[sentence_readability.SentenceReadability]:
        """Each sentence's words, syllables, grade and difficulty band."""
        return sentence_readability.sentence_readability(self.doc)

    @cached
    def sentiment(self) -> sentiment.SentimentResult:
        """Per-sentence and document sentiment (VADER rules), shared by the group and ``sentences``."""
        return sentiment.score_document(self.doc, self.options["sentiment_include_quoted"])


_GROUP_FUNCS: dict[str, Callable[[Analysis], dict]] = {
    "counts": lambda a: counts.counts_dict(a.stats),
    "readability": lambda a: readability.compute(a.stats, a.warnings),
    "lexical": lambda a: lexical.compute(a.doc),
    "hedging": lambda a: hedging.compute(a.markers, a.doc, a.options["include_quoted"], a.word_count),
    "persuasion": lambda a: persuasion.compute(a.markers, a.doc, a.options["include_quoted"], a.word_count),
    "sentiment": lambda a: sentiment.compute(a.sentiment),
    "style": lambda a: {**style.style_counts(a.style_spans, a.doc, a.word_count),
                        **sentence_readability.length_figures(a.sentence_readability)},
}


def _clean(value):
    """Round floats for stable output, and turn NaN/Infinity (never valid JSON) into None."""
    if isinstance(value, float):
        return round(value, ROUND_DIGITS) if math.isfinite(value) else None
    if isinstance(value, dict):
        return _clean_dict(value)
    if isinstance(value, list):
        return [_clean(v) for v in value]
    return value


_PLAIN = frozenset({int, str, bool, type(None)})


def _clean_dict(d: dict) -> dict:
    # _clean for a dict, with the scalar cases inline: on short texts this runs for every group
    # object and was a tenth of the whole call
    out = {}
    for key, v in d.items():
        kind = type(v)
        if kind is float:
            out[key] = round(v, ROUND_DIGITS) if v - v == 0.0 else None  # inf - inf and nan - nan are nan
        elif kind in _PLAIN:
            out[key] = v
        elif kind is dict:
            out[key] = _clean_dict(v)
        else:
            out[key] = _clean(v)
    return out


def _resolve_groups(metrics: Iterable[str] | str | None) -> list[str]:
    if metrics is None:
        return list(GROUPS)
    if isinstance(metrics, str):
        metrics = [m for m in metrics.split(",") if m.strip()]
    try:
        wanted = {str(m).strip() for m in metrics}
    except TypeError:
        raise InvalidInputError("metrics must be a list of group names", field="metrics") from None
    unknown = sorted(wanted - set(GROUPS))
    if unknown:
        raise UnknownMetricError(
            f"unknown metric group(s) {', '.join(unknown)}; choose from {', '.join(GROUPS)}", field="metrics"
        )
    if not wanted:
        raise InvalidInputError("metrics must name at least one group", field="metrics")
    return [g for g in GROUPS if g in wanted]


def _check(text, detail: str, language: str) -> None:
    if not isinstance(text, str):
        raise InvalidInputError(f"text must be a string, not {type(text).__name__}", field="text")
    if detail not in DETAILS:
        raise InvalidInputError(f"detail must be one of {', '.join(DETAILS)}, not {detail!r}", field="detail")
    if language not in LANGUAGES:
        raise InvalidInputError(f"language {language!r} is not supported; only 'en'", field="language")


def _sentences(analysis: Analysis, groups: list[str]) -> list[dict]:
    out = [{"index": s.index, "start": s.start, "end": s.end, **r.to_dict()}
           for s, r in zip(analysis.doc.sentences, analysis.sentence_readability)]
    if "sentiment" in groups:
        for entry, scores in zip(out, analysis.sentiment.sentences):
            entry["sentiment"] = scores
    return out


def _sentiment_words(analysis: Analysis) -> list[dict]:
    """Every word that carries valence, with the rules that changed it (the computation itself:
    a sentence's counted valences, summarised, give its score), and whether it is inside a
    quotation. ``counted`` only when quoted words are left out (``sentiment_include_quoted``
    False): with the default every listed word counts, and the output is as it was before the
    option. Valences are finite (products of lexicon ratings and VADER's constants), so they are
    rounded here directly."""
    counted = not analysis.options["sentiment_include_quoted"]
    out = analysis.sentiment.evidence(analysis.doc.quotes)
    for entry in out:  # rounded in place: the keys keep their order
        entry["lexicon_valence"] = round(entry["lexicon_valence"], ROUND_DIGITS)
        entry["valence"] = round(entry["valence"], ROUND_DIGITS)
        for step in entry["rules"]:
            step["valence"] = round(step["valence"], ROUND_DIGITS)
        if not counted:
            del entry["counted"]
    return out


def analyze(
    text: str,
    metrics: Iterable[str] | str | None = None,
    detail: str = "summary",
    language: str = "en",
    *,
    include_quoted: bool = False,
    sentiment_include_quoted: bool = True,
    lexicon: str | None = None,
    abbreviations: str | None = None,
    norms: str | Iterable[str] | None = None,
) -> Report:
    """Measure ``text`` and return a :class:`Report`; ``report.to_dict()`` is the JSON document object.

    ``metrics``: group names (see :data:`GROUPS`), None for all. ``detail``: ``"summary"``, or
    ``"full"`` to add ``sentences`` (with their length, grade and difficulty), ``markers`` (the
    stance layer) and ``style_spans`` (the style layer). ``include_quoted``: count markers inside
    quotations in the author's rates too. ``sentiment_include_quoted``: count the sentiment words
    inside quotations in the sentiment scores (the default, as VADER reads a text); False leaves
    their valence out of every sentiment score (they still count as words) and marks each listed
    word of ``sentiment_words`` with ``counted`` (see docs/sentiment.md, "Quoted speech").
    ``lexicon``: path of a user lexicon file adding marker entries (see
    :mod:`textmetrics.markers`). ``abbreviations``: path of an abbreviation file adding to the
    sentence splitter's list. ``norms``: a reference name (``"editorials"``), a norms file path,
    or a list of them: adds ``percentiles`` (see :mod:`textmetrics.norms`).
    Raises :class:`InvalidInputError` (a ValueError) for a non-string text, an unknown group,
    detail, language or reference.
    """
    _check(text, detail, language)
    groups = _resolve_groups(metrics)
    references = reference_norms.resolve(norms)  # InvalidInputError(field="norms"), before any work
    marker_lexicon = user_lexicon(lexicon) if lexicon is not None else None  # InvalidInputError(field="lexicon")
    options = {"detail": detail, "include_quoted": bool(include_quoted),
               "sentiment_include_quoted": bool(sentiment_include_quoted), "lexicon": lexicon,
               "marker_lexicon": marker_lexicon}
    splitter = user_abbreviations(abbreviations) if abbreviations is not None else None  # field="abbreviations"
    analysis = Analysis(build_document(text, splitter), options)
    if analysis.doc.is_empty:
        analysis.warnings.append("the text is empty")
    # cleaned once here, so that percentiles compare the very numbers the document shows
    data: dict = _clean_dict({group: _GROUP_FUNCS[group](analysis) for group in groups})
    if references:
        data["percentiles"] = reference_norms.percentiles(data, references)
        analysis.warnings.extend(reference_norms.length_warnings(analysis.word_count, references))
    data["warnings"] = list(analysis.warnings)
    if detail == "full":
        data["sentences"] = _clean(_sentences(analysis, groups))
        data["markers"] = _clean([m.to_dict() for m in analysis.markers])
        data["style_spans"] = [span.to_dict() for span in analysis.style_spans]
        if "sentiment" in groups:
            data["sentiment_words"] = _sentiment_words(analysis)
    return Report(data, analysis.doc)
