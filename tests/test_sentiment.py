"""Sentiment: VADER's rules on the document model, the document score, and the group's contract.

Sources of the expected values:

- "vaderSentiment 3.3.2": the output of ``SentimentIntensityAnalyzer().polarity_scores`` from the
  PyPI package vaderSentiment 3.3.2 on the sentence shown (all sentences written for these
  tests), recorded once; the parity tests hold us to it.
- "hand": computed here from VADER's published rules and the lexicon means in
  vaderSentiment's ``vader_lexicon.txt`` (good 1.9, great 3.1, lovely 2.8, dull -1.7, affection 2.4,
  ok 1.2, friendly 2.2, fine 0.8, worth 0.9); compound = x / sqrt(x² + 15).
"""

from __future__ import annotations

import math
import threading
import time

import pytest

import textmetrics.sentiment as sentiment
from textmetrics import analyze, catalogue
from textmetrics.catalogue import GROUP_MODULES
from textmetrics.text.document import build_document
from textmetrics.sentiment.lexicon import vader_resources


def doc_sentiment(text: str) -> dict:
    return analyze(text, metrics=["sentiment"]).to_dict()["sentiment"]


def compound(x: float) -> float:
    return x / math.sqrt(x * x + 15)


# --------------------------------------------------------------------------- resources


def test_lexicon_comes_from_the_installed_package():
    r = vader_resources()
    assert r.lexicon["good"] == 1.9  # vader_lexicon.txt: "good 1.9 0.9434 [...]"
    assert r.lexicon[":)"] == 2.0  # vader_lexicon.txt: ":) 2.0 1.18322 [...]"
    assert r.emojis["\U0001f60d"] == "smiling face with heart-eyes"  # emoji_utf8_lexicon.txt
    assert r.boosters["very"] == 0.293 and r.n_scalar == -0.74  # vaderSentiment.py constants


def test_resources_load_once_across_threads():
    seen = []
    threads = [threading.Thread(target=lambda: seen.append(vader_resources())) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(seen) == 8 and all(x is seen[0] for x in seen)


# --------------------------------------------------------------------------- parity with 3.3.2

# (sentence, compound, pos, neu, neg): vaderSentiment 3.3.2 polarity_scores on each sentence.
PARITY = [
    ("The new bridge is good.", 0.4404, 0.42, 0.58, 0.0),  # plain lexicon word
    ("The new bridge is not good.", -0.3412, 0.0, 0.675, 0.325),  # negation
    ("The new bridge is very good.", 0.4927, 0.39, 0.61, 0.0),  # booster
    ("The new bridge is kind of good.", 0.3832, 0.303, 0.697, 0.0),  # "kind of" dampener
    ("The new bridge is GOOD and the old one is fine.", 0.6633, 0.376, 0.624, 0.0),  # capitals
    ("The new bridge is good!!!", 0.5826, 0.486, 0.514, 0.0),  # exclamation marks
    ("Is the new bridge good??", 0.504, 0.449, 0.551, 0.0),  # question marks
    ("There is no good reason to close the bridge.", -0.3412, 0.0, 0.769, 0.231),  # "no" + word
    ("No problems were found in the audit.", 0.3089, 0.273, 0.727, 0.0),  # "no" negates
    ("This is at least a decent plan.", 0.0, 0.0, 1.0, 0.0),  # "at least" ... lexicon-free
    ("This is the least helpful plan.", -0.3252, 0.0, 0.682, 0.318),  # "least" negates
    ("The council never so much as replied, which is sad.", -0.4767, 0.0, 0.744, 0.256),
    ("Without doubt the plan is good.", 0.6136, 0.556, 0.444, 0.0),  # "without doubt"
    ("The residents love it :)", 0.802, 0.706, 0.294, 0.0),  # emoticon
    ("The residents love it \U0001f60d", 0.802, 0.545, 0.455, 0.0),  # emoji description
    ("The opening act was the bomb.", 0.6124, 0.444, 0.556, 0.0),  # special case "the bomb"
    ("It is not a bad start at all.", 0.431, 0.289, 0.711, 0.0),  # negated negative
    ("We didn't like the great plan.", -0.6602, 0.0, 0.425, 0.575),  # contraction negation
    ("The bridge isn't perfect but it is useful.", 0.4312, 0.325, 0.506, 0.169),  # one "but"
]


@pytest.mark.parametrize("text,expected,pos,neu,neg", PARITY)
def test_parity_with_vadersentiment_332(text, expected, pos, neu, neg):
    s = doc_sentiment(text)
    assert s["score"] == pytest.approx(expected, abs=1e-4)
    assert (round(s["positive"], 3), round(s["neutral"], 3), round(s["negative"], 3)) == (pos, neu, neg)


def test_hand_computed_single_word():
    # hand: "good" 1.9 among 3 neutral words; pos = 2.9 / 5.9, neu = 3 / 5.9
    s = doc_sentiment("The bridge is good.")
    assert s["score"] == pytest.approx(compound(1.9), abs=1e-4)  # 0.4404
    assert s["positive"] == pytest.approx(2.9 / 5.9, abs=1e-4)
    assert s["neutral"] == pytest.approx(3 / 5.9, abs=1e-4)
    assert s["negative"] == 0.0
    assert s["magnitude"] == pytest.approx(1.9)
    assert s["label"] == "positive"


def test_empty_text_is_neutral_zero():
    s = doc_sentiment("")
    assert s == {"score": 0.0, "magnitude": 0.0, "label": "neutral", "positive": 0.0, "neutral": 0.0,
                 "negative": 0.0}


# --------------------------------------------------------------------------- deliberate differences


def test_difference_but_scales_by_position():
    # vaderSentiment 3.3.2: 0.6542. Its _but_check finds "ok" (1.2) with list.index(1.2), which
    # hits the already halved "affection" (2.4 -> 1.2) and halves it again, leaving "ok" unscaled:
    # 1.55 + 0.6 + 1.2 = 3.35. hand, by position: great 3.1 * 0.5 + affection 2.4 * 0.5 + ok 1.2 * 1.5
    s = doc_sentiment("The choir showed great affection but the music was ok for us.")
    assert s["score"] == pytest.approx(compound(1.55 + 1.2 + 1.8), abs=1e-4)  # 0.7615


def test_difference_last_but_of_the_sentence_governs():
    # vaderSentiment 3.3.2 applies the first "but": lovely * 0.5, dull * 1.5, friendly * 1.5 -> 0.4854.
    # hand, last "but": lovely 2.8 * 0.5 + dull -1.7 * 0.5 + friendly 2.2 * 1.5 = 3.85
    s = doc_sentiment("The hall is lovely but dull, but the staff are friendly.")
    assert s["score"] == pytest.approx(compound(1.4 - 0.85 + 3.3), abs=1e-4)  # 0.7050


def test_difference_but_stays_in_its_sentence():
    # vaderSentiment 3.3.2: 0.8885 (the opening "But" weights every later word by 1.5).
    # hand: the first sentence has no lexicon word; good 1.9 + great 3.1 unscaled; 14 words, u = 1
    s = doc_sentiment("But the start was slow. The ending was good and the cast was great.")
    assert s["score"] == pytest.approx(compound(5.0), abs=1e-4)  # 0.7906


def test_difference_negation_does_not_cross_a_sentence_end():
    # vaderSentiment 3.3.2: -0.3412 ("not." strips to "not" and negates "Good" in the next sentence)
    s = doc_sentiment("It was not. Good work.")
    assert s["score"] == pytest.approx(compound(1.9), abs=1e-4)  # 0.4404


def test_difference_typographic_quotes_are_folded():
    # vaderSentiment 3.3.2: 0.3612 ("didn’t" is not a negation and "“great”" keeps its quotes);
    # hand: the same as the ASCII sentence in PARITY, -0.6602
    s = doc_sentiment("We didn\u2019t like the \u201cgreat\u201d plan.")
    assert s["score"] == pytest.approx(-0.6602, abs=1e-4)


def test_difference_long_text_counts_in_units_of_fifteen_words():
    # vaderSentiment 3.3.2: 0.8555 = compound(6.4). hand: good 1.9 + fine 0.8 + lovely 2.8 +
    # worth 0.9 = 6.4 over 30 words = 2 units of 15 -> compound(6.4 / 2)
    text = ("The new bridge is good and the old one is fine, and the river is lovely, so the walk "
            "along the bank is worth doing in any weather at all.")
    assert len(text.split()) == 30
    s = doc_sentiment(text)
    assert s["score"] == pytest.approx(compound(3.2), abs=1e-4)  # 0.6369
    assert s["magnitude"] == pytest.approx(6.4)


# --------------------------------------------------------------------------- fast paths


# Sentences written for this test, each with a rule that a fast path could miss: phrases whose
# common words ("the", "to", "of") do not flag them, capitals, "n't", "no", "but", emoji, a word
# never seen before, and rule words out of a sentiment word's reach.
FAST_PATH_CASES = [
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
    # one rule each, in a sentence with no other word a rule reads
    "The food was GOOD. The wait was long.",  # capitals (the whole text has mixed case)
    "The food was good but the wait was long.",  # "but"
    "The crew couldn't've liked it.",  # "n't" in a word that is not a listed negation
    "The crowd went the bomb.",  # a special case flagged by "bomb"
    # scored whole, without segmenting (no rule reads across words anywhere), and the cases that
    # must not be: a rule word before a sentence end, a stop glued to the next sentence, newswire
    # quotes, a separator line, inline bullets
    "The team played well. The fans were happy and the city was proud!",
    "We love this town, and we enjoy it.",  # "this" after a sentiment word reads nothing
    "The show was not. Good luck to them.",  # "not" is within reach of "Good" only across the stop
    "The show was great.Everyone was happy.",  # a boundary inside the chunk "great.Everyone"
    "He called it ``great.'' Then he left happy.",
    "Good news\n-----\nSad news for the fans",
    "Great staff \u2022 fine rooms \u2022 ugly parking",
    "It was a bad ass concert. Yeah right, kiss of death.",  # phrase starts: the words after them count
    # rules over the whole text, without segmenting it (no rule reads across a chunk that may end
    # a sentence), and the cases that must be segmented
    "The team did not play well. The fans were very happy!",  # the rules stay within sentences
    "Not good, but not bad either",  # "but" in a text of one sentence
    "It was good. But the end was bad.",  # "but" with two sentences: segmented
    "No. Good job, not bad",  # "no" before a lexicon word, across the stop
    "They were kind. Of course it ended well, not badly.",  # "kind of" across the stop
    "What a bad. Ass move, not great",  # a phrase start before the stop
    "She wrote 'Fine.' \" Not so good.",  # a cut after a lone closing quote
    # the cut after a lone closer keeps "so" before "Great" from reaching back to it (3.3.2 scales
    # by 1.25 only with a word 3 places back); found by review with the closer rule removed
    ' it." " IN so Great',
    "We met \U0001f936 and it was not fun",  # an emoji whose description holds a stop ("Mrs. Claus")
    "So sad... Not that good either!",  # an ellipsis within the reach of "Not"
]


def _rules_only(text: str) -> tuple[dict, list[dict]]:
    """The document and sentence objects from VADER's rules alone: every word marked UNFIXED, so
    no fixed-valence shortcut is taken (word_valences sends every sentiment word to the rules)."""
    from textmetrics.sentiment.chunks import chunks_of, lower_words
    from textmetrics.sentiment.rules import UNFIXED, apply_but, cap_differential, word_valences

    r = vader_resources()
    doc = build_document(text)
    whole_caps = cap_differential(chunks_of(text, r.emojis))
    spans = []
    for s in doc.sentences:
        chunks = chunks_of(text[s.start:s.end], r.emojis)
        lowers = lower_words(chunks, r)
        caps = whole_caps if len(doc.sentences) > 1 else cap_differential(chunks)
        valences = word_valences(chunks, lowers, [UNFIXED] * len(chunks), lambda: caps, r)
        apply_but(lowers, valences)
        spans.append(([v for v in valences if v], len(chunks), s.start, s.end))
    sentences = [sentiment.summarise(h, n, text.count("!", a, b), text.count("?", a, b)) for h, n, a, b in spans]
    document = sentiment.summarise([v for h, _, _, _ in spans for v in h], sum(n for _, n, _, _ in spans),
                                   text.count("!"), text.count("?"))
    return document, sentences


@pytest.mark.parametrize("text", FAST_PATH_CASES)
def test_fast_paths_give_the_rules_own_scores(text):
    # Scored twice: the first call meets the words for the first time (the rules proper), the
    # second takes the memoised fixed valences; both must equal the rules alone, float for float,
    # whether the document was segmented before (as when counts ran first) or not
    expected = _rules_only(text)
    for segmented_first in (False, False, True):
        doc = build_document(text)
        if segmented_first:
            doc.sentences
        result = sentiment.analyse(doc)
        assert (result.document, result.sentences) == expected


# Typographic quote pairs (’’ ‘‘ ′′ ’' '’) that normalize() folds to '' and then to '"' plus a
# space: a sentence boundary can fall on that space, which is no space in the text as written, so
# the text's chunks are not the sentences' chunks ("Good.’’Then" is one chunk of the text, and the
# sentences are "Good.’" and "Then"). Written for this test (review of 792a772, which scored them
# from the text's chunks: "Good.’’Then" 0.0 instead of VADER's 0.4404 for "good").
FOLDED_QUOTE_PAIR_CASES = [
    "Good.\u2019\u2019Then",
    "No.\u2018\u2018Good",
    "It was great.\u2032\u2032Then",
    "Great!\u2019'Then",
    "It was not good.\u2019\u2019Then it was great.",  # a rule word: scored sentence by sentence
    "We saw \u2018\u2018Monsters, Inc.\u2019\u2019, and it was good.",  # a comma after the pair
]


@pytest.mark.parametrize("text", FOLDED_QUOTE_PAIR_CASES)
def test_folded_quote_pair_at_a_sentence_end(text):
    expected = _rules_only(text)
    for segmented_first in (False, True):
        doc = build_document(text)
        if segmented_first:
            doc.sentences
        result = sentiment.analyse(doc)
        assert (result.document, result.sentences) == expected


def test_folded_quote_pair_keeps_the_word_before_it():
    # hand count: the sentences are "Good.’" (VADER's word "good", 1.9) and "Then";
    # compound 1.9 / sqrt(1.9² + 15) = 0.4404
    assert analyze("Good.\u2019\u2019Then", metrics=["sentiment"]).to_dict()["sentiment"]["score"] == 0.4404


def test_a_text_no_rule_reads_across_is_scored_without_segmenting_it():
    # the point of the whole-text paths: sentiment alone on a tweet need not find its sentences
    for text in ("The team played well. The fans were happy!",  # every word keeps its valence
                 "The team did not play well. The fans were very happy!",  # rules within sentences
                 "Not good, but not bad either"):  # "but" in a text with no stop before its end
        doc = build_document(text)
        sentiment.analyse(doc)
        assert doc._sentences is None, text
    for text in ("The show was not. Good luck to them.",  # "not" reaches "Good" across the stop
                 "It was good. But the end was bad."):  # "but" reads its sentence: find it
        doc = build_document(text)
        sentiment.analyse(doc)
        assert doc._sentences is not None, text


def test_fast_paths_on_strung_fragments():
    # 2,000 texts strung from rule words, sentiment words, stops, closers, capitals, lists and
    # emoji (written for this test): every path must give the rules' own scores, float for float
    import random

    fragments = ["not", "good", "bad", "very", "but", "But", "No.", "no", "kind", "of", "GREAT", "great!", "Mr.",
                 "least", "at", "never", "so", "this", "without", "doubt", "the", "shit", "ass", "yeah", "right",
                 ":)", "happy.", "sad?", "Why?!", "wait...", "'Fine.'", '"', "''", "\u2022", "1)", "2)", "isn't",
                 "\U0001f60d", "\U0001f936", "kiss", "death", "The", "fans", "were", "It.", "OK", "\u2019\u2019"]
    rng = random.Random(2028)
    for _ in range(2000):
        text = " ".join(rng.choice(fragments) for _ in range(rng.randint(1, 14)))
        doc = build_document(text)
        result = sentiment.analyse(doc)
        assert (result.document, result.sentences) == _rules_only(text), text


# --------------------------------------------------------------------------- labels


def test_label_mixed_when_sides_balance():
    # hand: lovely 2.8 * 0.5 = 1.4 and dull -1.7 * 1.5 = -2.55; 1.4 >= 0.5 * 2.55 -> mixed
    assert doc_sentiment("The food was lovely but the service was dull.")["label"] == "mixed"
    # hand: no "but": good 1.9 and dull -1.7; 1.7 >= 0.5 * 1.9 -> mixed
    assert doc_sentiment("The food was good and the service was dull.")["label"] == "mixed"
    # hand: great 3.1 vs dull 1.7 * 0.5 = 0.85 < 1 (MIXED_MIN) -> positive
    assert doc_sentiment("The service was dull but the food was great.")["label"] == "positive"


OPED = "\n\n".join([
    (
        'The congestion charge turns one year old this week, and the city deserves an honest account of '
        'what it has and has not done.'
    ),
    (
        'Start with the good news. Traffic in the centre is down by a fifth, buses run on time, and the '
        'air on the main avenues is cleaner than it has been in decades. Shop owners who warned of ruin '
        'have mostly been proven wrong; footfall is up, and several streets that were choked with cars '
        'are now pleasant places to sit and talk. Those are real gains, and the council should be proud '
        'of them.'
    ),
    (
        'But the charge has also hurt people it was never meant to hurt. Nurses and cleaners who start '
        'work before the trains run pay the full fee every day, while wealthy drivers treat it as a minor '
        'cost. The promised discounts for low-paid workers arrived late, are confusing to claim, and '
        'reach only a fraction of those who need them. Small traders on the edge of the zone report '
        'losses that the council has been slow to acknowledge, and its replies to their complaints have '
        'been defensive and vague.'
    ),
    (
        'The revenue is another mixed story. Some of it has paid for safer crossings and better bus '
        'shelters, which is welcome. Much of it, however, has disappeared into the general budget, which '
        'breaks a clear promise and feeds the suspicion that the scheme was always about money.'
    ),
    (
        'None of this means the charge should be scrapped. It means it should be fixed. Exempt the early '
        'shifts, simplify the discounts, publish every pound of revenue, and meet the traders before '
        'another year of anger hardens into opposition. A good policy that is run badly can still fail.'
    ),
])  # written for this test: an op-ed that weighs a policy's gains against its faults


def test_mixed_oped_is_not_strong_because_it_is_long():
    text = OPED
    one = doc_sentiment(text)
    five = doc_sentiment("\n\n".join([text] * 5))
    assert one["label"] == "mixed" and abs(one["score"]) < 0.1
    # five times the text: same score and label; only the magnitude grows, five-fold
    assert five["label"] == "mixed"
    assert five["score"] == pytest.approx(one["score"], abs=1e-3)
    assert five["magnitude"] == pytest.approx(5 * one["magnitude"], rel=1e-3)


# --------------------------------------------------------------------------- contract


def test_sentences_carry_their_sentiment_with_detail_full():
    d = analyze("The bridge is good. The road is bad.", metrics=["sentiment"], detail="full").to_dict()
    scores = [s["sentiment"]["score"] for s in d["sentences"]]
    assert scores == [pytest.approx(compound(1.9), abs=1e-4), pytest.approx(compound(-2.5), abs=1e-4)]
    assert set(d["sentences"][0]["sentiment"]) == {"score", "magnitude", "label", "positive", "neutral",
                                                    "negative"}
    # hand: document 1.9 - 2.5 = -0.6 over 8 words (u = 1); bad 2.5 and good 1.9 >= 0.5 * 2.5 -> mixed
    assert d["sentiment"]["score"] == pytest.approx(compound(-0.6), abs=1e-4)
    assert d["sentiment"]["label"] == "mixed"
    without = analyze("The bridge is good.", metrics=["counts"], detail="full").to_dict()
    assert "sentiment" not in without["sentences"][0]


def test_catalogue_entries_and_group_order():
    assert list(GROUP_MODULES)[:4] == ["counts", "readability", "lexical", "sentiment"]
    ids = [m.id for m in catalogue() if m.group == "sentiment"]
    assert ids == ["sentiment.score", "sentiment.magnitude", "sentiment.label", "sentiment.positive",
                   "sentiment.neutral", "sentiment.negative"]
    keys = set(doc_sentiment("Fine."))
    assert keys == {i.split(".", 1)[1] for i in ids}


# --------------------------------------------------------------------------- speed


def _cpu(fn) -> float:
    """CPU time of one call: process time, so that other processes on a busy machine (which
    preempt us and inflate wall-clock times) do not count."""
    t = time.process_time()
    fn()
    return time.process_time() - t


def test_linear_time():
    # Ten times the text must take at most 12 times as long (the bound). Both sides time
    # the same amount of text (the short one scored ten times over), interleaved, best of 9, so
    # fixed costs and noise do not tilt the ratio; linear gives 1.0, vaderSentiment 3.3.2 about 9.5.
    small = build_document("\n\n".join([OPED] * 3))  # about 850 words
    large = build_document("\n\n".join([OPED] * 30))  # ten times as long
    sentiment.analyse(large)

    def ten_small():
        for _ in range(10):
            sentiment.analyse(small)

    def large_again():  # each reading spans several calls (~10 ms): one pause of the host tilts less
        for _ in range(4):
            sentiment.analyse(large)

    def small_again():
        for _ in range(4):
            ten_small()

    best_large = best_small = math.inf
    for _ in range(9):
        best_large = min(best_large, _cpu(large_again))
        best_small = min(best_small, _cpu(small_again))
    assert best_large / best_small < 1.2
