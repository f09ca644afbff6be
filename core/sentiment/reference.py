"""VADER's rules on every word, without shortcuts: the reference the scorer is held to, and a
word-by-word explanation of a score (in the manner of spaCy's ``Tokenizer.explain``).

:func:`textmetrics.sentiment.score_document` takes two shortcuts: each chunk's facts come from
the chunk cache, and a word whose state is FIXED, with only FIXED words among the 3 before it,
keeps its rating without going through the rules. This module takes neither. It segments the
text, rebuilds every sentence's VADER words from the text as written (Hutto & Gilbert 2014;
vaderSentiment 3.3.2's ``SentiText``, with the project's deliberate differences listed in
docs/sentiment.md), sends every rated word through :func:`.rules.word_valence`, applies "but",
and sums the scores with :func:`textmetrics.sentiment.summarise`. It is slow (no cache, every
word through every rule) and meant for tests and for reading:

    >>> from textmetrics.sentiment.reference import explain
    >>> [(w.word, w.valence, [str(rule) for rule, _, _ in w.steps]) for w in explain("Not good!").words]
    [('not', 0.0, []), ('good', -1.406, ['negation'])]

tests/test_sentiment_reference.py holds the scorer to it on generated texts (scores, sentence
scores and every word's valence and steps, float for float), and holds :func:`.rules.word_valence`
to vaderSentiment 3.3.2's own ``sentiment_valence``, word for word.
"""

from __future__ import annotations

from dataclasses import dataclass

from textmetrics.sentiment.chunks import chunks_of
from textmetrics.sentiment.rules import Rule, apply_but, cap_differential, word_valence
from textmetrics.sentiment.vader import vader_resources
from textmetrics.sentiment.words import Step, WordState, WordValence, vader_word
from textmetrics.text.document import build_document

__all__ = ["ExplainedWord", "Explanation", "explain"]


@dataclass(frozen=True)
class ExplainedWord:
    """One VADER word: its sentence, its position among the sentence's words, the chunk it is
    (as written, quotes folded, emoji replaced by their descriptions), VADER's lower-case word,
    its rating (0 if unrated), its valence after the rules and the rules' steps, in order."""

    sentence: int
    index: int
    chunk: str
    word: str
    rating: float
    valence: float
    steps: tuple[Step, ...]


@dataclass(frozen=True)
class Explanation:
    """The document's and each sentence's sentiment objects, and every word of the text."""

    document: dict
    sentences: list[dict]
    words: list[ExplainedWord]

    @property
    def evidence(self) -> list[ExplainedWord]:
        """The words that carry valence (the ones a score is summed from)."""
        return [w for w in self.words if w.valence]


def explain(text: str) -> Explanation:
    """Score ``text`` with VADER's rules on every word, and say how each word got its valence."""
    from textmetrics.sentiment import summarise  # the package imports nothing from here

    r = vader_resources()
    doc = build_document(text)
    sentences = doc.sentences
    # VADER's capitals test reads the whole text; a text of one sentence is that sentence
    whole_caps = cap_differential(chunks_of(text, r.emojis))
    words: list[ExplainedWord] = []
    objects: list[dict] = []
    hits: list[float] = []
    n_words = 0
    for k, s in enumerate(sentences):
        chunks = chunks_of(text[s.start:s.end], r.emojis)
        caps = cap_differential(chunks) if len(sentences) == 1 else whole_caps
        valences = _rules(chunks, caps)
        words += [ExplainedWord(k, i, chunk, w.word, w.rating, w.valence, tuple(w.steps))
                  for i, (chunk, w) in enumerate(zip(chunks, valences))]
        sentence_hits = [w.valence for w in valences if w.valence]
        objects.append(summarise(sentence_hits, len(chunks), text.count("!", s.start, s.end),
                                 text.count("?", s.start, s.end)))
        hits += sentence_hits
        n_words += len(chunks)
    if len(sentences) == 1:
        document = dict(objects[0])
    else:
        document = summarise(hits, n_words, text.count("!"), text.count("?"))
    return Explanation(document, objects, words)


def _rules(chunks: list[str], caps: bool) -> list[WordValence]:
    """Every word of one sentence through VADER's rules (polarity_scores' loop, then "but")."""
    r = vader_resources()
    lowers = [vader_word(chunk) for chunk in chunks]
    out = []
    for i, lower in enumerate(lowers):
        rating = r.ratings.get(lower, 0.0)
        steps: list[Step] = []
        if not rating or lower in r.boosters:  # unrated words and boosters score 0 themselves
            valence = 0.0
        elif lower == "kind" and lowers[i + 1:i + 2] == ["of"]:
            valence = 0.0
            steps.append((Rule.KIND_OF, "of", valence))
        else:
            valence = word_valence(i, chunks, lowers, caps, r, steps)
        out.append(WordValence(lower, WordState.OPEN, rating, valence, steps))  # OPEN: no shortcut
    if "but" in lowers:
        apply_but(len(lowers) - 1 - lowers[::-1].index("but"), out, [], 0, len(out))  # the last "but"
    return out
