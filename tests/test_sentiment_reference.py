"""The scorer against the reference (textmetrics.sentiment.reference: VADER's rules on every word,
no cache, no shortcut), and the rules against vaderSentiment 3.3.2's own code, word for word.

Every text here was written for these tests or is generated from fragments written for them.
"Float for float": the scores, every sentence's score and every word's valence and steps must be
equal, not close; the scorer takes shortcuts only where they cannot change a result.
"""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings, strategies as st

import textmetrics.sentiment as sentiment
from textmetrics.sentiment.chunks import chunks_of
from textmetrics.sentiment.reference import explain
from textmetrics.sentiment.rules import Rule, cap_differential
from textmetrics.sentiment.vader import vader_resources
from textmetrics.sentiment.words import UNRATED
from textmetrics.text.document import build_document


def assert_matches_reference(text: str, segmented_first: bool = False) -> None:
    """score_document(text) equals explain(text): document, sentences, every word."""
    expected = explain(text)
    doc = build_document(text)
    if segmented_first:  # as when another group has segmented the text before sentiment
        doc.sentences
    result = sentiment.score_document(doc)
    assert result.document == expected.document, text
    assert result.sentences == expected.sentences, text
    got = [(w.rating, w.valence, list(w.steps)) for w in result.words]
    assert got == [(w.rating, w.valence, list(w.steps)) for w in expected.words], text
    # each word is VADER's, but for the shared fact of the unrated words no rule reads by name
    named = vader_resources().named
    for w, e in zip(result.words, expected.words):
        assert w.word == e.word or (w is UNRATED and not e.rating and e.word not in named), (text, e)


# Sentences written for this test, each with a rule that a shortcut could miss: phrases whose
# common words ("the", "to", "of") do not flag them, capitals, "n't", "no", "but", emoji, a word
# never seen before, rule words out of a rated word's reach, and sentence ends within a rule's
# reach (the rules stop at them).
CASES = [
    "The opening act was the bomb. The crowd loved the shit out of it.",
    "It was kind of good, sort of fine, and just enough to pass.",
    "Yeah right, that went well. The bad ass guitar was to die for.",
    "They said it was GOOD and the food was GREAT :D but the wait was LONG.",
    "I don\u2019t love it. We didn't hate it either, no problems at all.",
    "This is the least helpful plan, at least for now, and not a bad one.",
    "So good! Never so happy. Without doubt the best day, or not.",
    "The residents love it \U0001f60d and the zorblatt was wonderful.",
    "The council met on Tuesday. It was very very good, really, and the vote was fine.",
    "Good plan. the plan is good",
    "The food was GOOD. The wait was long.",  # capitals: the whole text has mixed case
    "GOOD!\n-----\nsad",  # capitals of one sentence among lines that are no sentence
    "The food was good but the wait was long.",
    "The crew couldn't've liked it.",  # "n't" in a word that is no listed negation
    "The crowd went the bomb.",  # a special case flagged by "bomb"
    "We love this town, and we enjoy it.",  # "this" after a rated word reads nothing
    "The show was not. Good luck to them.",  # "not" reaches "Good" only across the stop
    "The show was great.Everyone was happy.",  # a boundary inside a chunk
    "He called it ``great.'' Then he left happy.",
    "Good news\n-----\nSad news for the fans",
    "Great staff \u2022 fine rooms \u2022 ugly parking",
    "It was a bad ass concert. Yeah right, kiss of death.",
    "It was good. But the end was bad.",
    "No. Good job, not bad",
    "They were kind. Of course it ended well, not badly.",
    "What a bad. Ass move, not great",
    "She wrote 'Fine.' \" Not so good.",
    ' it." " IN so Great',
    "We met \U0001f936 and it was not fun",  # an emoji whose description holds a stop ("Mrs. Claus")
    "So sad... Not that good either!",
    # typographic quote pairs that normalize() folds to a quote and a space, at a sentence end
    "Good.\u2019\u2019Then",
    "No.\u2018\u2018Good",
    "It was not good.\u2019\u2019Then it was great.",
    "We saw \u2018\u2018Monsters, Inc.\u2019\u2019, and it was good.",
    "",
    "   \n\n  ",
]


@pytest.mark.parametrize("text", CASES)
def test_cases_match_the_reference(text):
    # twice: the first call may meet the chunks for the first time, the second reads the cache
    for segmented_first in (False, False, True):
        assert_matches_reference(text, segmented_first)


# fragments for generated texts: rule words, rated words, stops, closers, capitals, lists, quotes,
# emoji, "but", negations (written for this test)
FRAGMENTS = ["not", "good", "bad", "very", "but", "But", "No.", "no", "kind", "of", "GREAT", "great!", "Mr.",
             "least", "at", "never", "so", "this", "without", "doubt", "the", "shit", "ass", "yeah", "right",
             ":)", ":D", "happy.", "sad?", "Why?!", "wait...", "'Fine.'", '"', "''", "``", "\u2022", "1)", "2)",
             "isn't", "don\u2019t", "\U0001f60d", "\U0001f936", "kiss", "death", "The", "fans", "were", "It.", "OK",
             "\u2019\u2019", "\u201cgreat\u201d", "bus", "stop", "sort", "just", "enough", "or", "nor", "LOVE",
             "HATE!", "really", "extremely", "barely", "die", "for", "to", "bomb", "-----", "\u2026",
             # VADER's phrases whole, and unrated words that put a rated word out of a rule's reach
             "bad ass", "kiss of death", "the bomb", "yeah right", "kind of", "sort of", "just enough",
             "to die for", "bus stop", "beating heart", "the shit", "never so", "without doubt", "at least",
             "no one or", "we", "saw", "it", "then"]
JOINERS = [" ", " ", " ", "", "\n", "\n\n", "  "]


def test_strung_fragments_match_the_reference():
    rng = random.Random(2028)
    for _ in range(1500):
        parts = [rng.choice(FRAGMENTS) for _ in range(rng.randint(1, 18))]
        assert_matches_reference("".join(p + rng.choice(JOINERS) for p in parts))


@settings(max_examples=400, deadline=None, derandomize=True)
@given(st.lists(st.tuples(st.sampled_from(FRAGMENTS), st.sampled_from(JOINERS)), max_size=24))
def test_generated_texts_match_the_reference(parts):
    assert_matches_reference("".join(p + j for p, j in parts))


# --------------------------------------------------------------------------- the rules and 3.3.2


def _vader_word_valences(analyzer, chunks: list[str], caps: bool) -> list[float]:
    """vaderSentiment 3.3.2's valences of a sentence's words before its "but" check:
    polarity_scores' loop over SentiText's words, with sentiment_valence, as written there."""
    from vaderSentiment.vaderSentiment import BOOSTER_DICT, SentiText

    senti = SentiText(" ".join(chunks))
    senti.is_cap_diff = caps  # the whole text's test, as the scorer reads it
    words = senti.words_and_emoticons
    out: list[float] = []
    for i, item in enumerate(words):
        if item.lower() in BOOSTER_DICT or (i < len(words) - 1 and item.lower() == "kind"
                                            and words[i + 1].lower() == "of"):
            out.append(0)
            continue
        out = analyzer.sentiment_valence(0, senti, item, i, out)
    return out


def _before_but(steps, valence: float, rating: float) -> float:
    kept = [v for rule, _, v in steps if rule != Rule.BUT]
    if len(kept) == len(steps):
        return valence
    return kept[-1] if kept else rating


def test_rules_equal_vadersentiment_word_for_word():
    # every word of 1,500 generated sentences: the reference's valence before "but" (which the
    # project applies by position, docs/sentiment.md difference 2) equals 3.3.2's, float for float
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    analyzer = SentimentIntensityAnalyzer()
    rng = random.Random(2030)
    r = vader_resources()
    for _ in range(1500):
        text = " ".join(rng.choice(FRAGMENTS) for _ in range(rng.randint(1, 18)))
        explanation = explain(text)
        doc = build_document(text)
        whole_caps = cap_differential(chunks_of(text, r.emojis))
        for k, s in enumerate(doc.sentences):
            chunks = chunks_of(text[s.start:s.end], r.emojis)
            caps = whole_caps if len(doc.sentences) > 1 else cap_differential(chunks)
            words = [w for w in explanation.words if w.sentence == k]
            ours = [_before_but(w.steps, w.valence, w.rating) for w in words]
            assert ours == _vader_word_valences(analyzer, chunks, caps), (text, k)


def test_steps_end_at_the_valence():
    # each step records the valence after it: the last one is the word's valence
    for text in CASES:
        for w in explain(text).words:
            if w.steps:
                assert w.steps[-1][2] == w.valence, (text, w)
