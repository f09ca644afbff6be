"""Per-word sentiment evidence (SentimentResult.evidence): the words a score is summed from, with
their spans and the rules that changed them.

Texts written for these tests; ratings from vaderSentiment 3.3.2's vader_lexicon.txt (good 1.9,
great 3.1, bad -2.5, happy 2.7), rule constants from its vaderSentiment.py (N_SCALAR -0.74,
B_INCR 0.293, C_INCR 0.733).
"""

from __future__ import annotations

import random

import pytest

import textmetrics.sentiment as sentiment
from textmetrics.sentiment.chunks import _expanded, chunk_spans, chunks_of, expand_emoji
from textmetrics.sentiment.vader import vader_resources
from textmetrics.text.document import build_document
from textmetrics.text.normalize import QUOTES

from test_sentiment_reference import CASES, FRAGMENTS, JOINERS


def evidence_of(text: str) -> tuple[sentiment.SentimentResult, list[dict]]:
    result = sentiment.score_document(build_document(text))
    return result, result.evidence()


def test_negated_boosted_word_in_order():
    # hand: great 3.1, "very" before it +0.293 = 3.393, "not" 2 back × -0.74 = -2.51082
    _, ev = evidence_of("It is not very great.")
    assert len(ev) == 1
    e = ev[0]
    assert (e["sentence"], e["start"], e["end"], e["text"], e["word"], e["rating"]) == (0, 15, 21, "great.", "great", 3.1)
    assert [(s["rule"], s["read"]) for s in e["rules"]] == [("booster", "very"), ("negation", "not")]
    assert e["rules"][0]["valence"] == pytest.approx(3.393)
    assert e["valence"] == e["rules"][-1]["valence"] == pytest.approx(-2.51082)


def test_but_capitals_idiom_and_emoji_steps():
    text = "The start was GOOD but the end was the bomb \U0001f60d"
    result, ev = evidence_of(text)
    by_word = {e["word"]: e for e in ev}
    # capitals (the text has mixed case) then "but": (1.9 + 0.733) × 0.5
    assert [s["rule"] for s in by_word["good"]["rules"]] == ["capitals", "but"]
    assert by_word["good"]["valence"] == pytest.approx((1.9 + 0.733) * 0.5)
    # "the bomb" replaces bomb's rating (-2.2) with 3, then × 1.5 after "but"
    assert [(s["rule"], s["read"]) for s in by_word["bomb"]["rules"]] == [("idiom", "the bomb"), ("but", "after")]
    # an emoji's description: its words span the emoji; the first step says where they come from
    smiling = by_word["smiling"]
    assert text[smiling["start"]:smiling["end"]] == "\U0001f60d"
    # 3.3.2's special-case check also reads the two words before the word, so "the bomb" right
    # before "smiling" replaces its valence too (kept as written): the steps show it
    assert [(s["rule"], s["read"]) for s in smiling["rules"]] == [("emoji", "\U0001f60d"), ("idiom", "the bomb"),
                                                                    ("but", "after")]
    assert smiling["valence"] == 3 * 1.5


def test_a_word_no_rule_changed_has_no_steps():
    _, ev = evidence_of("We were happy.")
    assert [(e["word"], e["rating"], e["valence"], e["rules"]) for e in ev] == [("happy", 2.7, 2.7, [])]


def _sentence_objects_from_evidence(text: str) -> list[dict]:
    """Each sentence's object summed from its evidence alone, as the catalogue says."""
    result, ev = evidence_of(text)
    r = vader_resources()
    out = []
    for k, s in enumerate(build_document(text).sentences):
        hits = [e["valence"] for e in ev if e["sentence"] == k]
        n = len(chunks_of(text[s.start:s.end], r.emojis))
        out.append(sentiment.summarise(hits, n, text.count("!", s.start, s.end), text.count("?", s.start, s.end)))
    return out


@pytest.mark.parametrize("text", CASES)
def test_evidence_sums_to_each_sentence_score(text):
    result = sentiment.score_document(build_document(text))
    if len(result.doc_sentences) > 1:
        assert _sentence_objects_from_evidence(text) == result.sentences
    else:  # a text of one sentence is that sentence; its object is the document's
        assert _sentence_objects_from_evidence(text) == [result.document] * len(result.doc_sentences)


def test_evidence_on_strung_fragments():
    # 500 generated texts: the evidence gives every sentence's score, and every span holds its word
    rng = random.Random(2031)
    for _ in range(500):
        text = "".join(rng.choice(FRAGMENTS) + rng.choice(JOINERS) for _ in range(rng.randint(1, 18)))
        result, ev = evidence_of(text)
        expected = result.sentences if len(result.doc_sentences) > 1 else [result.document] * len(result.doc_sentences)
        assert _sentence_objects_from_evidence(text) == expected, text
        for e in ev:
            written = text[e["start"]:e["end"]]
            assert written == e["text"]
            if not any(s["rule"] == "emoji" for s in e["rules"]):
                assert e["word"] in written.translate(QUOTES).lower(), (text, e)


@pytest.mark.parametrize("span", [
    "Good \U0001f60d day", "\U0001f60d\U0001f60dgreat", "no\u00a0emoji here", "\u201cGood\u201d \U0001f936!", "  ",
])
def test_chunk_spans_follow_chunks_of(span):
    emojis = vader_resources().emojis
    # the slow walk gives expand_emoji's text, and one span per chunk
    assert "".join(c for c, _ in _expanded(span, emojis)) == expand_emoji(span, emojis)
    spans = chunk_spans(span, emojis)
    chunks = chunks_of(span, emojis)
    assert len(spans) == len(chunks)
    for (a, b, emoji), chunk in zip(spans, chunks):
        if emoji is None:
            assert span[a:b].translate(QUOTES) == chunk
        else:
            assert emoji in span[a:b]
