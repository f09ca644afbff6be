"""Sentiment: VADER (Hutto & Gilbert 2014) per sentence, and a document score that means the same
for a tweet and for a 2,000-word op-ed.

Per sentence: VADER's rules (:mod:`.rules`) on VADER's words (:mod:`.chunks`), the "but" rule
within the sentence. The ALL-CAPS emphasis rule reads the whole document ("some but not all words
in capitals"), as VADER does for one text.

Document (and sentence) score: VADER's compound applied to the *average tweet-sized unit* of the
text. With W the number of VADER words and U = :data:`UNIT_WORDS`, the text counts as
u = max(1, W / U) units, and

    score = normalize((S + sign(S)·u·E(!/u, ?/u)) / u),   normalize(x) = x / sqrt(x² + 15)

where S is the sum of the word valences and E is VADER's punctuation emphasis of the per-unit
counts of "!" and "?". A text of at most U words (u = 1) gets exactly VADER's compound. A longer
text gets the compound of its valence density, so the score does not drift towards ±1 as the text
grows: VADER's whole-text compound sums every word and saturates (|compound| >= 0.95 for 22% of
whole NYT editorials, against 0% here; bench/sentiment.py). Dividing by u also tracks the human
ratings better than VADER on all four ground-truth sets, single sentences included (see
docs/sentiment.md).

``magnitude``: the sum of |valence| over the words (VADER's -4..+4 rating scale): the amount of
emotional content, growing with length, like Google Natural Language's magnitude.

``positive``, ``neutral``, ``negative``: VADER's pos/neu/neg proportions (each sentiment word
weighs 1 + |valence|, each other word 1; the punctuation emphasis goes to the larger side).

``label``: ``mixed`` when the text carries at least :data:`MIXED_MIN` of valence on each side and
the weaker side is at least :data:`MIXED_RATIO` of the stronger (neither side outweighs the other
two to one); otherwise ``positive`` (score >= 0.05), ``negative`` (score <= -0.05) or ``neutral``,
the cut-offs of Hutto & Gilbert (2014).
"""

from __future__ import annotations

from itertools import compress
from typing import Callable

from textmetrics.catalogue import Metric
from textmetrics.text.document import Document
from textmetrics.text.normalize import spaces_kept
from textmetrics.text.cuts import cuts_only_after_stops, cuts_only_at_spaces, may_end_sentence
from textmetrics.sentiment.chunks import chunks_of, fixed_valences, lower_words
from textmetrics.sentiment.lexicon import VaderResources, vader_resources
from textmetrics.sentiment.rules import (RULED, UNFIXED, apply_but, cap_differential, normalize, plain_hits, punctuation_emphasis,
                    word_valences)

__all__ = [
    "compute",
    "analyse",
    "SentimentResult",
    "summarise",
    "CATALOGUE",
    "UNIT_WORDS",
    "THRESHOLD",
    "MIXED_MIN",
    "MIXED_RATIO",
]

# About one tweet or one sentence: the median ground-truth tweet has 13 words, the median NYT,
# Amazon and movie snippets 15-18.
UNIT_WORDS = 15
THRESHOLD = 0.05  # Hutto & Gilbert (2014): compound >= 0.05 positive, <= -0.05 negative
MIXED_MIN = 1.0  # at least one mildly rated word (|valence| >= 1) on each side
MIXED_RATIO = 0.5  # the weaker side at least half the stronger


Span = tuple[list[float], int, int, int]  # a sentence's non-zero valences, its words, start, end
Words = tuple[list[str], list[float]]  # VADER's chunks of a span as written, and their fixed valences


class SentimentResult:
    """``document``: the document's sentiment object; ``sentences``: one object per sentence,
    summarised on first use (only ``detail="full"`` reads them). ``spans`` None: not scored sentence
    by sentence yet (the document was scored whole, see :func:`analyse`), or the document is one
    sentence, whose object equals the document's. Holds the document, which it may segment, and
    the text's words when it was scored whole, so that they are not looked up twice."""

    __slots__ = ("document", "_doc", "_spans", "_words", "_sentences")

    def __init__(self, document: dict, doc: Document, spans: list[Span] | None, words: Words | None = None) -> None:
        self.document = document
        self._doc = doc
        self._spans = spans
        self._words = words
        self._sentences: list[dict] | None = None

    @property
    def sentences(self) -> list[dict]:
        if self._sentences is None:
            spans = self._spans
            if spans is None and len(self._doc.sentences) > 1:  # the document was scored whole
                spans = _sentence_spans(self._doc, self._words, vader_resources())
            if spans is None:
                self._sentences = [dict(self.document)] if self._doc.sentences else []
            else:
                count = self._doc.text.count
                self._sentences = [summarise(hits, n, count("!", start, end), count("?", start, end))
                                   for hits, n, start, end in spans]
        return self._sentences


def _label(score: float, pos_mass: float, neg_mass: float) -> str:
    weaker, stronger = (pos_mass, neg_mass) if pos_mass <= neg_mass else (neg_mass, pos_mass)
    if weaker >= MIXED_MIN and weaker >= MIXED_RATIO * stronger:
        return "mixed"
    if score >= THRESHOLD:
        return "positive"
    if score <= -THRESHOLD:
        return "negative"
    return "neutral"


def _empty() -> dict:
    return {"score": 0.0, "magnitude": 0.0, "label": "neutral", "positive": 0.0, "neutral": 0.0, "negative": 0.0}


def summarise(hits: list[float], n: int, exclamations: int, questions: int) -> dict:
    """The sentiment object of a span of ``n`` words whose non-zero valences (after the "but"
    rule) are ``hits``, with that many "!" and "?"."""
    if not n:
        return _empty()
    pos_mass = neg_mass = 0.0
    n_pos = 0
    for v in hits:
        if v > 0:
            pos_mass += v
            n_pos += 1
        else:
            neg_mass -= v
    units = n / UNIT_WORDS if n > UNIT_WORDS else 1.0
    total = pos_mass - neg_mass
    # VADER's pos/neu/neg: each sentiment word weighs 1 + |valence|, each other word 1
    pos, neg, neu = pos_mass + n_pos, neg_mass + len(hits) - n_pos, n - len(hits)
    if exclamations or questions:  # the emphasis goes to the larger side (none on a tie)
        emphasis = units * punctuation_emphasis(exclamations / units, questions / units)
        if total > 0:
            total += emphasis
        elif total < 0:
            total -= emphasis
        if pos > neg:
            pos += emphasis
        elif pos < neg:
            neg += emphasis
    weight = pos + neg + neu
    score = normalize(total / units)
    return {
        "score": score,
        "magnitude": pos_mass + neg_mass,
        "label": _label(score, pos_mass, neg_mass),
        "positive": pos / weight,
        "neutral": neu / weight,
        "negative": neg / weight,
    }


def analyse(doc: Document) -> SentimentResult:
    """Score every sentence of ``doc`` and the document, in one linear pass over the words.
    "!" and "?" are counted in the text as written (normalisation leaves them alone).

    When every sentence boundary falls on white space (:func:`textmetrics.text.cuts.cuts_only_at_spaces`),
    the sentences' words are consecutive slices of the text's words, which are looked up once.
    The document's score does not depend on where its sentences end, and the text is scored whole,
    without segmenting it (the sentences' objects, if asked for, are scored then), when

    - no rule can read across words anywhere in the text (no word any rule reads within reach of
      a sentiment word, no "but", no sentiment word in capitals: two texts in three), so every
      word keeps its fixed valence; or
    - the rules read across words, but no sentence can end within their reach (see
      :func:`_whole_text_hits`).
    """
    r = vader_resources()
    text = doc.text
    words = _text_words(doc, r)
    if words is not None:
        hits = _fixed_hits(words[1])
        if hits is None:
            hits = _whole_text_hits(doc, words, r)
        if hits is not None:
            document = summarise(hits, len(words[0]), text.count("!"), text.count("?"))
            return SentimentResult(document, doc, None, words)
    sentences = doc.sentences
    if len(sentences) == 1:  # the sentence is the document: its words are the text's
        s = sentences[0]
        start, end = s.start, s.end
        chunks, fixed = words if words is not None else _words(text[start:end], r)
        hits, n = _score(chunks, fixed, None, r)
        document = summarise(hits, n, text.count("!", start, end), text.count("?", start, end))
        return SentimentResult(document, doc, None)
    spans = _sentence_spans(doc, words, r)
    hits = [v for span in spans for v in span[0]]
    document = summarise(hits, sum([span[1] for span in spans]), text.count("!"), text.count("?"))
    return SentimentResult(document, doc, spans)


def _words(span: str, r: VaderResources) -> Words:
    chunks = chunks_of(span, r.emojis)
    return chunks, fixed_valences(chunks, r)


def _text_words(doc: Document, r: VaderResources) -> Words | None:
    """The words of the whole text, if every sentence's words are a slice of them; else None.
    Sentences are cut in the normalised text, at its white space (``cuts_only_at_spaces``), and
    the words are read from the text as written, which must have its white space in the same
    places (``spaces_kept``: not so where a quote pair was folded to a quote and a space)."""
    text, norm = doc.text, doc.norm
    if not cuts_only_at_spaces(norm) or not spaces_kept(text, norm):
        return None
    return _words(text, r)


def _fixed_hits(fixed: list[float]) -> list[float] | None:
    """The non-zero valences, if every word keeps its fixed valence (no rule applies); else None."""
    hits = list(filter(None, fixed))  # sentiment words and marks (a NaN is true)
    if UNFIXED in hits:
        return None
    if RULED in hits:
        return plain_hits(fixed)  # None if a RULED word is within reach of a sentiment word
    return hits


def _whole_text_hits(doc: Document, words: Words, r: VaderResources) -> list[float] | None:
    """The non-zero valences of the whole text after the rules, if no rule can read across a
    sentence end; else None. A sentence ends only after a chunk that may end one
    (:func:`textmetrics.text.cuts.cuts_only_after_stops`), so the rules read within one sentence when
    no such chunk lies in any rule's reach; the "but" rule reads the whole sentence, so a text with
    "but" must be one sentence. The capitals test reads the whole text either way."""
    if not cuts_only_after_stops(doc.norm):
        return None
    chunks, fixed = words
    lowers = lower_words(chunks, r)
    if "but" in lowers:
        if may_end_sentence(chunks[:-1]):
            return None
    elif not _rules_within_sentences(chunks, fixed):
        return None
    valences = word_valences(chunks, lowers, fixed, lambda: cap_differential(chunks), r)
    apply_but(lowers, valences)
    return list(filter(None, valences))


def _rules_within_sentences(chunks: list[str], fixed: list[float]) -> bool:
    """No sentence may end within the reach of a rule, as :func:`word_valences` reads them: after
    one of the 3 words before a sentiment word that has a marked word among them, or, for a marked
    sentiment word, also after the word itself or the next (the only words a rule reads forward
    from: "no" before a lexicon word, "kind of", the phrases' first words). The text's last chunk
    ends the text, not a sentence within it."""
    last = len(chunks) - 1
    for i in compress(range(len(fixed)), fixed):  # sentiment words and marks (NaN is true)
        valence = fixed[i]
        if valence is RULED:
            continue
        lo = i - 3 if i > 3 else 0
        if valence is UNFIXED:
            if may_end_sentence(chunks[lo:min(i + 2, last)]):
                return False
        elif (UNFIXED in fixed[lo:i] or RULED in fixed[lo:i]) and may_end_sentence(chunks[lo:i]):
            return False
    return True


def _sentence_spans(doc: Document, words: Words | None, r: VaderResources) -> list[Span]:
    """Each sentence scored: its non-zero valences, its number of words, its span. ``words``: the
    text's words, which the sentences slice in order (see :func:`_text_words`), or None."""
    text = doc.text
    caps: list[bool] = []

    def doc_caps() -> bool:  # VADER's capitals test reads the whole text; computed once, if needed
        if not caps:
            caps.append(cap_differential(words[0] if words is not None else chunks_of(text, r.emojis)))
        return caps[0]

    out: list[Span] = []
    pos = 0
    for s in doc.sentences:
        chunks = chunks_of(text[s.start:s.end], r.emojis)
        stop = pos + len(chunks)
        if words is not None and words[0][pos:stop] == chunks:  # the look-ups are done: slice them
            fixed = words[1][pos:stop]
        else:  # no text words, or out of line with them (never, if the checks hold): look up
            words, fixed = None, fixed_valences(chunks, r)
        pos = stop
        out.append((*_score(chunks, fixed, doc_caps, r), s.start, s.end))
    return out


def _score(chunks: list[str], fixed: list[float], cap_test: Callable[[], bool] | None,
           r: VaderResources) -> tuple[list[float], int]:
    """A sentence's non-zero valences (after the rules) and its number of words. ``cap_test``
    None: the sentence is the whole document. Only one sentence's rule state is alive at a time."""
    hits = _fixed_hits(fixed)
    if hits is not None:  # most sentences: every word keeps its fixed valence
        return hits, len(chunks)
    lowers = lower_words(chunks, r)
    valences = word_valences(chunks, lowers, fixed, cap_test or (lambda: cap_differential(chunks)), r)
    if "but" in lowers:
        apply_but(lowers, valences)
    return list(filter(None, valences)), len(valences)


def compute(result: SentimentResult) -> dict:
    """The ``sentiment`` group of the JSON document object (the caller copies it when rounding)."""
    return result.document


_REF = "Hutto & Gilbert (2014), VADER, ICWSM-14; lexicon from the vaderSentiment package"

CATALOGUE = (
    Metric("sentiment.score", "sentiment", "Sentiment score",
           f"VADER's compound score of the text's average {UNIT_WORDS}-word unit: x / sqrt(x² + 15) of the "
           f"summed word valences (after negation, boosters, 'but', capitals, '!' rules) divided by "
           f"max(1, words / {UNIT_WORDS}). Equals VADER's compound for texts up to {UNIT_WORDS} words; "
           "does not drift towards ±1 as a text grows, so a tweet and an op-ed are comparable.",
           "score", (-1, 1), "more positive", _REF),
    Metric("sentiment.magnitude", "sentiment", "Sentiment magnitude",
           "Sum of the absolute word valences (VADER's -4..+4 rating scale): the amount of emotional "
           "content, positive and negative together; grows with the length of the text.",
           "valence", (0, None), "more emotional content", _REF),
    Metric("sentiment.label", "sentiment", "Sentiment label",
           f"'mixed' if each side carries at least {MIXED_MIN:g} of valence and the weaker side is at least "
           f"{MIXED_RATIO:g} of the stronger; else 'positive' (score >= {THRESHOLD}), 'negative' (score <= "
           f"-{THRESHOLD}) or 'neutral' (the cut-offs of Hutto & Gilbert 2014).",
           "category", (None, None), "not ordered", _REF),
    Metric("sentiment.positive", "sentiment", "Positive proportion",
           "VADER's pos: share of the text's weight on positive words (a sentiment word weighs "
           "1 + |valence|, other words 1).", "ratio", (0, 1), "more of the text is positive", _REF),
    Metric("sentiment.neutral", "sentiment", "Neutral proportion",
           "VADER's neu: share of the text's weight on words without sentiment.", "ratio", (0, 1),
           "more of the text is neutral", _REF),
    Metric("sentiment.negative", "sentiment", "Negative proportion",
           "VADER's neg: share of the text's weight on negative words.", "ratio", (0, 1),
           "more of the text is negative", _REF),
)
