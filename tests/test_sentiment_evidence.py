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


def evidence_of(text: str, include_quoted: bool = True) -> tuple[sentiment.SentimentResult, list[dict]]:
    result = sentiment.score_document(build_document(text), include_quoted)
    return result, result.evidence()


def test_negated_boosted_word_in_order():
    # hand: great 3.1, "very" before it +0.293 = 3.393, "not" 2 back × -0.74 = -2.51082
    _, ev = evidence_of("It is not very great.")
    assert len(ev) == 1
    e = ev[0]
    assert (e["sentence"], e["start"], e["end"], e["text"], e["word"], e["lexicon_valence"]) == (0, 15, 21, "great.", "great", 3.1)
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
    assert [(e["word"], e["lexicon_valence"], e["valence"], e["rules"]) for e in ev] == [("happy", 2.7, 2.7, [])]


def _sentence_objects_from_evidence(text: str, include_quoted: bool = True) -> list[dict]:
    """Each sentence's object summed from its evidence alone (the counted words), as the catalogue says."""
    result, ev = evidence_of(text, include_quoted)
    r = vader_resources()
    out = []
    for k, s in enumerate(build_document(text).sentences):
        hits = [e["valence"] for e in ev if e["sentence"] == k and e["counted"]]
        n = len(chunks_of(text[s.start:s.end], r.emojis))
        out.append(sentiment.summarise(hits, n, text.count("!", s.start, s.end), text.count("?", s.start, s.end)))
    return out


@pytest.mark.parametrize("include_quoted", [True, False])
@pytest.mark.parametrize("text", CASES)
def test_evidence_sums_to_each_sentence_score(text, include_quoted):
    result = sentiment.score_document(build_document(text), include_quoted)
    if len(result.doc_sentences) > 1:
        assert _sentence_objects_from_evidence(text, include_quoted) == result.sentences
    else:  # a text of one sentence is that sentence; its object is the document's
        assert _sentence_objects_from_evidence(text, include_quoted) == [result.document] * len(result.doc_sentences)


@pytest.mark.parametrize("include_quoted", [True, False])
def test_evidence_on_strung_fragments(include_quoted):
    # 500 generated texts (quote marks among the fragments): the evidence gives every sentence's
    # score, and every span holds its word; a word is left out exactly when quoted words are not
    # counted and it starts inside a quotation
    rng = random.Random(2031)
    left_out = 0
    for _ in range(500):
        text = "".join(rng.choice(FRAGMENTS) + rng.choice(JOINERS) for _ in range(rng.randint(1, 18)))
        result, ev = evidence_of(text, include_quoted)
        expected = result.sentences if len(result.doc_sentences) > 1 else [result.document] * len(result.doc_sentences)
        assert _sentence_objects_from_evidence(text, include_quoted) == expected, text
        quotes = build_document(text).quotes
        assert [e["counted"] for e in ev] == [include_quoted or e["start"] not in quotes for e in ev], text
        left_out += sum(not e["counted"] for e in ev)
        for e in ev:
            written = text[e["start"]:e["end"]]
            assert written == e["text"]
            if not any(s["rule"] == "emoji" for s in e["rules"]):
                assert e["word"] in written.translate(QUOTES).lower(), (text, e)
    assert (left_out > 0) is not include_quoted  # the generated texts do quote sentiment words


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


# --- quoted speech: sentiment_include_quoted (docs/sentiment.md, "Quoted speech") ----------------------------------

MINISTER = 'The minister called the plan "a disaster", but the figures look good.'
# hand count: 12 VADER words (white-space chunks); the quotation is '"a disaster"'. disaster -3.1
# before "but" × 0.5 = -1.55; good 1.9 after "but" × 1.5 = 2.85; no "!" or "?"; one unit (12 <= 15).
#   counted:   S = 2.85 - 1.55 = 1.3, score = 1.3 / sqrt(1.3² + 15) = 0.31821...
#              (vaderSentiment 3.3.2's compound of the sentence: 0.3182)
#   left out:  S = 2.85, score = 2.85 / sqrt(2.85² + 15) = 0.59269...; pos = (2.85 + 1) / (3.85 + 11),
#              neu = 11 / 14.85 (the quoted word still counts as a word); magnitude 2.85
#              (vaderSentiment's compound of the same sentence with "a thing" for "a disaster": 0.5927)


def test_quoted_word_counts_by_default():
    result, ev = evidence_of(MINISTER)
    assert result.document["score"] == pytest.approx(1.3 / (1.3 ** 2 + 15) ** 0.5)
    assert round(result.document["score"], 4) == 0.3182
    assert (result.document["magnitude"], result.document["label"]) == (pytest.approx(4.4), "mixed")
    assert [(e["word"], e["valence"], e["counted"]) for e in ev] == [("disaster", -1.55, True),
                                                                      ("good", pytest.approx(2.85), True)]


def test_quoted_word_left_out_adds_no_valence():
    result, ev = evidence_of(MINISTER, include_quoted=False)
    doc = result.document
    assert doc["score"] == pytest.approx(2.85 / (2.85 ** 2 + 15) ** 0.5)
    assert round(doc["score"], 4) == 0.5927
    assert (doc["magnitude"], doc["label"], doc["negative"]) == (pytest.approx(2.85), "positive", 0.0)
    assert (doc["positive"], doc["neutral"]) == (pytest.approx(3.85 / 14.85), pytest.approx(11 / 14.85))
    # still listed, with the valence the rules gave it (the rules run on the text as written)
    assert [(e["word"], e["valence"], e["counted"]) for e in ev] == [("disaster", -1.55, False),
                                                                      ("good", pytest.approx(2.85), True)]
    # the same as the sentence with an unrated word in the quotation
    neutral = sentiment.score_document(build_document(MINISTER.replace("disaster", "thing")))
    assert doc == neutral.document


def test_left_out_words_are_left_out_of_every_sentence_and_the_document():
    # two sentences; hand: sentence 0 has "happy" (2.7, boosted by "so") inside the quotation,
    # sentence 1 "bad" (-2.5) outside. Left out: sentence 0 scores 0 with its 8 words (neutral 1.0);
    # the document has only -2.5 over 12 words (one unit): -2.5 / sqrt(6.25 + 15) = -0.54232...
    text = 'She wrote "I am so happy" on Monday. The rest was bad.'
    result = sentiment.score_document(build_document(text), include_quoted=False)
    assert [s["score"] for s in result.sentences] == [0.0, pytest.approx(-2.5 / (6.25 + 15) ** 0.5)]
    assert result.sentences[0]["neutral"] == 1.0
    assert result.document["score"] == pytest.approx(-2.5 / (6.25 + 15) ** 0.5)
    assert result.left_out == {5}  # 'happy"', the text's 6th word
    assert sentiment.score_document(build_document(text)).left_out == frozenset()


def test_analyze_option_default_and_json_fields():
    from textmetrics import analyze

    default = analyze(MINISTER, detail="full").to_dict()
    assert analyze(MINISTER, detail="full", sentiment_include_quoted=True).to_dict() == default
    assert default["sentiment"]["score"] == 0.3182
    assert all("counted" not in w for w in default["sentiment_words"])  # the output as before the option
    author = analyze(MINISTER, detail="full", sentiment_include_quoted=False).to_dict()
    assert author["sentiment"]["score"] == author["sentences"][0]["sentiment"]["score"] == 0.5927
    assert [(w["word"], w["in_quote"], w["counted"]) for w in author["sentiment_words"]] == [
        ("disaster", True, False), ("good", False, True)]
    # the markers' option is separate: it does not change the sentiment
    assert analyze(MINISTER, include_quoted=True).to_dict()["sentiment"] == default["sentiment"]


def test_worked_example_of_the_docs():
    # docs/sentiment.md, "Quoted speech": reckless -1.7, shameful -2.2, waste -1.8 inside the
    # quotation, encouraging 2.4 outside; 13 words, one unit
    from textmetrics import analyze

    text = 'Opponents called the scheme "a reckless, shameful waste". The first results are encouraging.'
    counted = analyze(text, metrics=["sentiment"], detail="full").to_dict()
    author = analyze(text, metrics=["sentiment"], detail="full", sentiment_include_quoted=False).to_dict()
    assert (counted["sentiment"]["score"], counted["sentiment"]["label"]) == (-0.6486, "negative")
    assert [s["sentiment"]["score"] for s in counted["sentences"]] == [-0.8271, 0.5267]
    assert (author["sentiment"]["score"], author["sentiment"]["label"]) == (0.5267, "positive")
    assert (author["sentiment"]["positive"], author["sentiment"]["neutral"]) == (0.2208, 0.7792)
    assert [(s["sentiment"]["score"], s["sentiment"]["neutral"]) for s in author["sentences"]] == [(0.0, 1.0),
                                                                                                 (0.5267, 0.5405)]
    assert [w["counted"] for w in author["sentiment_words"]] == [False, False, False, True]
