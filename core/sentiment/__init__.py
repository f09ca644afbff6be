"""Sentiment: VADER (Hutto & Gilbert 2014; the rules and resources of vaderSentiment 3.3.2) per
sentence, and a document score that means the same for a tweet and for a 2,000-word op-ed.

One path, sentence by sentence (:func:`score_document`): each sentence's VADER words are the
white-space chunks of its span as written (:mod:`.chunks`); each chunk's facts (VADER's word, its
rating, its :class:`WordState`) are worked out once per process and kept in the chunk's record of
the one chunk cache (:mod:`.words`); the rules (:mod:`.rules`) run only around the words they
read or may change, within their sentence, and every word they change becomes a new
:class:`WordValence` that lists each rule's step. The document's and each sentence's scores are
summed from those records, so the records are the evidence of the scores
(:meth:`SentimentResult.evidence`). :mod:`.reference` scores the same text with every word
through every rule, no cache and no shortcut; the tests hold the two equal, float for float.
The ALL-CAPS emphasis rule reads the whole document ("some but not all words in capitals"), as
VADER does for one text. Words inside quotations count, as in VADER, unless ``include_quoted`` is
False: then the step that collects the valences leaves them out (``SentimentResult.left_out``),
and the evidence marks them ``counted: False``.

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
from operator import attrgetter
from typing import Container, Iterator

from textmetrics.catalogue import Metric
from textmetrics.sentiment.chunks import chunk_spans, chunks_of
from textmetrics.sentiment.rules import Rule, apply_rules, normalize, punctuation_emphasis
from textmetrics.sentiment.vader import vader_resources
from textmetrics.sentiment.words import WordState, WordValence, facts_of
from textmetrics.text.document import Document, Sentence

__all__ = [
    "compute",
    "score_document",
    "SentimentResult",
    "WordState",
    "WordValence",
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

_VALENCE, _STATE = attrgetter("valence"), attrgetter("state")


class SentimentResult:
    """``document``: the document's sentiment object; ``sentences``: one object per sentence,
    summarised on first use (only ``detail="full"`` reads them); :meth:`evidence`: the words
    that carry valence, with the rules that changed them.

    ``words``: the text's VADER words after the rules (:class:`WordValence`), sentence after
    sentence; ``bounds``: where each sentence's words end in it; ``doc_sentences``: the document's
    sentences (their ``start`` and ``end`` in ``text``); ``left_out``: the indices in ``words`` of
    the words the scores leave out (those inside quotations, when quoted words are not counted;
    empty by default). Every score is summed from the counted words (:meth:`hits`)."""

    __slots__ = ("document", "text", "words", "bounds", "doc_sentences", "left_out", "_sentences")

    def __init__(self, document: dict, text: str, words: list[WordValence], bounds: list[int],
                 doc_sentences: list[Sentence], left_out: frozenset[int] = frozenset()) -> None:
        self.document, self.text, self.words, self.bounds = document, text, words, bounds
        self.doc_sentences, self.left_out = doc_sentences, left_out
        self._sentences: list[dict] | None = None

    def sentence_words(self) -> list[list[WordValence]]:
        """The words of each sentence."""
        words, bounds = self.words, self.bounds
        return [words[lo:hi] for lo, hi in zip([0, *bounds], bounds)]

    def hits(self, lo: int = 0, hi: int | None = None) -> list[float]:
        """The non-zero valences of ``words[lo:hi]`` that the scores count, in text order: the one
        step that collects the valences, for the document and for each sentence; a word in
        ``left_out`` adds none."""
        valences = map(_VALENCE, self.words if lo == 0 and hi is None else self.words[lo:hi])
        if not self.left_out:
            return list(filter(None, valences))
        left_out = self.left_out
        return [v for k, v in enumerate(valences, lo) if v and k not in left_out]

    @property
    def sentences(self) -> list[dict]:
        if self._sentences is None:
            if len(self.doc_sentences) == 1:  # the sentence is the document
                self._sentences = [dict(self.document)]
            else:
                count = self.text.count
                self._sentences = [summarise(self.hits(lo, hi), hi - lo,
                                             count("!", s.start, s.end), count("?", s.start, s.end))
                                   for lo, hi, s in zip([0, *self.bounds], self.bounds, self.doc_sentences)]
        return self._sentences

    def located(self) -> Iterator[tuple[int, int, int, int, str | None]]:
        """Where each word that carries valence is, in text order: its index in ``words``, its
        sentence's index, its ``start`` and ``end`` in the text (an emoji's description spans the
        emoji) and the emoji (None for a word written as it is)."""
        emojis, text = vader_resources().emojis, self.text
        for index, (lo, hi, s) in enumerate(zip([0, *self.bounds], self.bounds, self.doc_sentences)):
            rated = list(map(_VALENCE, self.words[lo:hi]))
            if not any(rated):
                continue
            start = s.start
            # only the words with valence are located (compress: at C speed)
            for (a, b, emoji), k in zip(chunk_spans(text[start:s.end], emojis, rated), compress(range(lo, hi), rated)):
                yield k, index, start + a, start + b, emoji

    def evidence(self, quotes: Container[int] = ()) -> list[dict]:
        """Every word that carries valence, in text order, in the shape of the document's
        ``sentiment_words`` (docs/json.md) with the values unrounded: ``sentence`` (index),
        ``start``, ``end`` (offsets into the text; an emoji's description spans the emoji),
        ``text``, ``word`` (VADER's), ``lexicon_valence`` (its rating), ``valence`` (after the
        rules), ``rules``: each rule that changed the valence, in order, with what it read and the
        valence after it, ``in_quote`` (its start is in ``quotes``, the document's quotation
        offsets) and ``counted``: whether the scores count it (False only for a word in
        ``left_out``). A sentence's counted valences, summarised as :func:`summarise` does, give
        its score."""
        text, out = self.text, []
        for k, index, start, end, emoji in self.located():
            w = self.words[k]
            steps = [(Rule.EMOJI, emoji, w.rating), *w.steps] if emoji else w.steps
            out.append({"sentence": index, "start": start, "end": end, "text": text[start:end],
                        "word": w.word, "lexicon_valence": w.rating, "valence": w.valence,
                        "rules": [{"rule": str(rule), "read": read, "valence": v} for rule, read, v in steps],
                        "in_quote": start in quotes, "counted": k not in self.left_out})
        return out


def _empty() -> dict:
    return {"score": 0.0, "magnitude": 0.0, "label": "neutral", "positive": 0.0, "neutral": 0.0, "negative": 0.0}


def summarise(hits: list[float], n: int, exclamations: int, questions: int) -> dict:
    """The sentiment object of a span of ``n`` words whose non-zero valences (after the rules,
    in text order: the sums are of floats) are ``hits``, with that many "!" and "?"."""
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
    # the label: "mixed" if neither side outweighs the other two to one, else by the score
    weaker, stronger = (pos_mass, neg_mass) if pos_mass <= neg_mass else (neg_mass, pos_mass)
    if weaker >= MIXED_MIN and weaker >= MIXED_RATIO * stronger:
        label = "mixed"
    else:
        label = "positive" if score >= THRESHOLD else "negative" if score <= -THRESHOLD else "neutral"
    return {
        "score": score,
        "magnitude": pos_mass + neg_mass,
        "label": label,
        "positive": pos / weight,
        "neutral": neu / weight,
        "negative": neg / weight,
    }


def score_document(doc: Document, include_quoted: bool = True) -> SentimentResult:
    """Score every sentence of ``doc``, and the document from their words, in one linear pass.

    Each sentence's VADER words are the chunks of its span as written (:func:`.chunks.chunks_of`);
    their facts come from the chunk cache (:func:`.words.facts_of`, looked up for the whole
    text at once), and the rules run within each sentence around the words they read or may
    change (:func:`.rules.apply_rules`); a text without such a word takes every valence straight
    from the facts. "!" and "?" are counted in the text as written (normalisation leaves them
    alone).

    VADER's capitals test ("some but not all words in capitals") reads the whole text, as VADER
    does for one text; it is worked out only if a word in capitals is within a rule's reach. A
    document of one sentence is that sentence: its words, its "!" and "?", its capitals.

    ``include_quoted`` False: the words inside quotations (``start in doc.quotes``) are left out
    of the collected valences, so they add nothing to any score; they stay words (in the count
    that sets the units and the neutral share), the rules still read them and run on them as
    written, and the "!" and "?" are still the sentence's (docs/sentiment.md, "Quoted speech")."""
    r = vader_resources()
    text, emojis = doc.text, r.emojis
    sentences = doc.sentences
    # chunks_of(span), with its ASCII case (no quote to fold, no emoji) inline: this runs per sentence
    if len(sentences) == 1:  # most tweets and single sentences
        s = sentences[0]
        span = text[s.start:s.end]
        chunks = span.split() if span.isascii() else chunks_of(span, emojis)
        bounds = [len(chunks)]
    else:
        chunks, bounds = [], []
        for s in sentences:
            span = text[s.start:s.end]
            chunks += span.split() if span.isascii() else chunks_of(span, emojis)
            bounds.append(len(chunks))
    words = facts_of(chunks)
    marks = list(compress(range(len(words)), map(_STATE, words)))  # READ and OPEN words (FIXED is 0)
    if marks:  # a rule may apply around them
        words = apply_rules(text, chunks, words, marks, bounds, r)
    result = SentimentResult({}, text, words, bounds, sentences)  # the document object is set below
    if not include_quoted and doc.quotes.spans:
        quotes = doc.quotes
        result.left_out = frozenset(k for k, _, start, _, _ in result.located() if start in quotes)
    hits = result.hits()
    if len(sentences) == 1:
        result.document = summarise(hits, len(words), text.count("!", s.start, s.end), text.count("?", s.start, s.end))
    else:
        result.document = summarise(hits, len(words), text.count("!"), text.count("?"))
    return result


def compute(result: SentimentResult) -> dict:
    """The ``sentiment`` group of the JSON document object (the caller copies it when rounding)."""
    return result.document


_REF = "Hutto & Gilbert (2014), VADER, ICWSM-14; lexicon from the vaderSentiment package"

CATALOGUE = (
    Metric("sentiment.score", "sentiment", "Sentiment score",
           f"VADER's compound score of the text's average {UNIT_WORDS}-word unit: x / sqrt(x² + 15) of the "
           f"summed word valences (after negation, boosters, 'but', capitals, '!' rules) divided by "
           f"max(1, words / {UNIT_WORDS}). Equals VADER's compound for texts up to {UNIT_WORDS} words; "
           "does not drift towards ±1 as a text grows, so a tweet and an op-ed are comparable. Words inside "
           "quotations count unless sentiment_include_quoted is false.",
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
