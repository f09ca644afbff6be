"""Tests of the style layer (textmetrics.style): passive voice, nominalizations, -ly adverbs.

The contrast suite (tests/data/style_contrasts.jsonl) holds pairs written and hand-annotated by the
textmetrics authors: a sentence with the construction and a look-alike without it (or with a
different subtype), each with the exact spans expected for its category (text, subtype and, for
passives and adverbs, the rule id), following the grammar cited in docs/style.md (Quirk et al. 1985
§3.63-3.78 and ch. 8; Biber et al. 1999 §6.4; Biber 1988). The held-out set
(tests/data/style_heldout.jsonl) and the blind crowd-style set (tests/data/style_crowd_blind.jsonl)
are the sentence-level evaluation of bench/passive.py; here they only guard against regressions.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from hypothesis import given, settings, strategies as st

from textmetrics.catalogue import Metric
from textmetrics.metrics.sentence_readability import CATALOGUE as SENTENCE_CATALOGUE
from textmetrics.style import CATALOGUE, CATEGORIES, RULES, StyleSpan, find_style_spans, style_counts
from textmetrics.style import passive as passive_module
from textmetrics.style.lexicon import style_lexicon
from textmetrics.style.nominalization import nominalization_suffix
from textmetrics.style.passive import is_participle
from textmetrics.text.document import build_document

DATA = Path(__file__).parent / "data"
CONTRASTS = [json.loads(line) for line in (DATA / "style_contrasts.jsonl").read_text("utf-8").splitlines()]
HELDOUT = [json.loads(line) for line in (DATA / "style_heldout.jsonl").read_text("utf-8").splitlines()]
CROWD = [json.loads(line) for line in (DATA / "style_crowd_blind.jsonl").read_text("utf-8").splitlines()]


def spans_of(text: str, category: str | None = None) -> list[StyleSpan]:
    return [s for s in find_style_spans(build_document(text)) if category is None or s.category == category]


# --- the contrast suite -------------------------------------------------------------------------

def test_contrast_suite_shape():
    pairs: dict[str, list[str]] = {}
    for row in CONTRASTS:
        assert set(row) == {"pair", "role", "text", "category", "expected", "note"}
        assert row["category"] in CATEGORIES
        pairs.setdefault(row["pair"], []).append(row["role"])
    assert all(sorted(roles) == ["look-alike", "marked"] for roles in pairs.values())
    assert len(pairs) >= 60
    by_category = {c: sum(p.startswith(c + ":") for p in pairs) for c in CATEGORIES}
    assert by_category == {"passive": 80, "nominalization": 14, "adverb": 16}


@pytest.mark.parametrize("row", CONTRASTS, ids=[f"{r['pair']}:{r['role']}" for r in CONTRASTS])
def test_contrast(row):
    found = spans_of(row["text"], row["category"])
    got = [{"text": s.text, "subtype": s.subtype, **({"rule": s.rule} if "rule" in e else {})}
           for s, e in zip(found, row["expected"] + [{}] * len(found))]
    assert got == row["expected"], row["note"]
    for s in found:  # exact offsets: the span is where its text is
        assert row["text"][s.start:s.end] == s.text
        assert row["text"].count(s.text) == 1 and row["text"].index(s.text) == s.start


# --- passive details ----------------------------------------------------------------------------

def test_curly_apostrophe_offsets_index_the_original():
    text = "He said it\u2019s been decided, and she\u2019s told."
    found = spans_of(text, "passive")
    assert [(s.text, s.start, s.end, s.rule) for s in found] == [
        ("\u2019s been decided", 10, 25, "passive.perfect"),
        ("\u2019s told", 34, 41, "passive.be"),
    ]


def test_span_fields_and_sentence_index():
    text = "We met at noon. The vote was delayed by the chair. It was quickly forgotten."
    found = spans_of(text)
    assert [s.to_dict() for s in found] == [
        {"category": "passive", "subtype": "full", "start": 25, "end": 36, "text": "was delayed",
         "sentence": 1, "rule": "passive.be"},
        {"category": "passive", "subtype": "agentless", "start": 54, "end": 75, "text": "was quickly forgotten",
         "sentence": 2, "rule": "passive.be"},
        {"category": "adverb", "subtype": "manner", "start": 58, "end": 65, "text": "quickly",
         "sentence": 2, "rule": "adverb.manner"},
    ]


def test_agent_window_stops_at_a_new_clause():
    assert [s.subtype for s in spans_of("He was arrested and the car was searched by police.", "passive")] == [
        "agentless", "full"]
    assert [s.subtype for s in spans_of("The fine was paid, by all accounts.", "passive")] == ["agentless"]
    assert [s.subtype for s in spans_of("The song was written in 1975 by two friends.", "passive")] == ["full"]


def test_sentence_without_be_has_no_passive():
    assert spans_of("The police arrested the man. Broken glass covered the floor.", "passive") == []


@pytest.mark.parametrize("word,expected", [
    ("written", True), ("taken", True), ("built", True), ("impeached", True), ("agreed", True),
    ("re-elected", True), ("unveiled", True), ("took", True),
    ("red", False), ("bed", False), ("need", False), ("proceed", False), ("hundred", False),
    ("naked", False), ("talented", False), ("unexpected", False), ("well-known", False),
    ("gone", False), ("happened", False), ("ed", False), ("causing", False),
])
def test_is_participle(word, expected):
    assert is_participle(word) is expected


# --- nominalizations and adverbs ----------------------------------------------------------------

@pytest.mark.parametrize("word,suffix", [
    ("government", "ment"), ("governments", "ment"), ("awareness", "ness"), ("awarenesses", "ness"),
    ("ability", "ity"), ("abilities", "ity"), ("information", "tion"), ("self-awareness", "ness"),
    ("nation", None), ("moment", None), ("city", None), ("cities", None), ("mention", None),
    ("business", None), ("unity", None), ("decision", None), ("fruity", None),
])
def test_nominalization_suffix(word, suffix):
    assert nominalization_suffix(word) == suffix


def test_adverbs_beside_markers_may_share_words():
    """"clearly" is a booster marker and, inside the clause, a manner adverb: separate layers."""
    found = spans_of("The results clearly show a gain, and the data were reportedly checked.")
    assert [(s.category, s.text) for s in found] == [
        ("adverb", "clearly"), ("passive", "were reportedly checked")]


def test_clause_edge_adverb_beside_a_passive():
    found = spans_of("Clearly the form was signed. They signed it clearly; honestly, they cared.")
    assert [(s.category, s.text, s.sentence) for s in found] == [
        ("passive", "was signed", 0), ("adverb", "clearly", 1)]


# --- counts and catalogue -----------------------------------------------------------------------

def test_style_counts_hand_count():
    # 3 sentences of 7, 4 and 2 words; passives: "was signed" (full, sentence 0) and "were told"
    # (agentless, sentence 1); nominalizations: agreement, government; adverbs: quickly
    text = "The agreement was signed by the government. Workers were told quickly. Nobody came."
    doc = build_document(text)
    assert doc.word_count == 13
    group = style_counts(find_style_spans(doc), doc, doc.word_count)
    assert group == {
        "passive": {"count": 2, "per_1000_words": 2000 / 13, "passive_sentence_ratio": 2 / 3,
                    "agentless_count": 1, "agentless_share": 0.5},
        "nominalization": {"count": 2, "per_1000_words": 2000 / 13},
        "adverb": {"count": 1, "per_1000_words": 1000 / 13},
    }


def test_style_counts_empty_text_gives_nulls():
    doc = build_document("")
    assert find_style_spans(doc) == []
    assert style_counts([], doc, 0) == {
        "passive": {"count": 0, "per_1000_words": None, "passive_sentence_ratio": None,
                    "agentless_count": 0, "agentless_share": None},
        "nominalization": {"count": 0, "per_1000_words": None},
        "adverb": {"count": 0, "per_1000_words": None},
    }


def test_catalogue_matches_the_group_object():
    ids = [m.id for m in CATALOGUE]
    assert all(isinstance(m, Metric) and m.group == "style" and m.reference for m in CATALOGUE)
    assert len(set(ids)) == len(ids)
    doc = build_document("It was done.")
    group = style_counts(find_style_spans(doc), doc, doc.word_count)
    flat = [f"style.{k}.{field}" for k, v in group.items() for field in v]
    assert ids[:len(flat)] == flat  # then the sentence-length entries (metrics.sentence_readability)
    assert ids[len(flat):] == [m.id for m in SENTENCE_CATALOGUE]


def test_every_rule_has_a_one_sentence_description():
    emitted = {s.rule for row in CONTRASTS + HELDOUT for s in spans_of(row["text"])}
    assert emitted == set(RULES)
    for rule, description in RULES.items():
        assert rule.split(".")[0] in CATEGORIES
        assert description.endswith(".") and len(re.findall(r"[.!?](?:\s|$)", description)) == 1, rule


_VOCAB = ["was", "is", "been", "being", "has", "it's", "he's", "got", "get", "there", "by", "the", "a", "very",
          "not", "never", "told", "tired", "done", "used", "to", "supposed", "clearly", "quickly", "nation",
          "government", "happily", "family", "?", ",", ".", "'s", "\u2019s", "Was", "Why", "wasn't", "5", "well",
          "much", "up", "and", "I", "we", "Be", "re-elected", "well-known", "\n\n", "\u00e9t\u00e9"]


def _check_spans(text: str) -> None:
    doc = build_document(text)
    found = find_style_spans(doc)
    assert [(s.start, -s.end) for s in found] == sorted((s.start, -s.end) for s in found)
    for s in found:
        assert text[s.start:s.end] == s.text and s.category in CATEGORIES and s.rule in RULES
        assert 0 <= s.sentence < len(doc.sentences)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_VOCAB), max_size=40))
def test_spans_are_exact_slices_in_order(words):
    _check_spans(" ".join(words))


# --- the held-out set and the cost --------------------------------------------------------------

@pytest.mark.parametrize("rows", [HELDOUT, CROWD], ids=["heldout", "crowd_blind"])
def test_heldout_set_regression_guard(rows):
    gold = [r["passive"] for r in rows]
    pred = [int(bool(spans_of(r["text"], "passive"))) for r in rows]
    tp = sum(g and p for g, p in zip(gold, pred))
    precision, recall = tp / sum(pred), tp / sum(gold)
    assert len(rows) >= 150 and precision >= 0.95 and recall >= 0.95


def test_work_is_linear_in_the_text(monkeypatch):
    """The passive matcher is tried once per auxiliary and every step inside is bounded, so the
    number of tries grows exactly with the text (counted, not timed)."""
    calls = 0
    original = passive_module._Matcher.match

    def counting(self, i):
        nonlocal calls
        calls += 1
        return original(self, i)

    monkeypatch.setattr(passive_module._Matcher, "match", counting)
    unit = " ".join(r["text"] for r in HELDOUT[:40]) + " "
    counts = []
    for k in (1, 8):
        calls = 0
        found = find_style_spans(build_document(unit * k))
        counts.append((calls, len(found)))
    assert counts[1] == (8 * counts[0][0], 8 * counts[0][1])


def test_lexicon_lists_are_lower_case_and_disjoint_where_they_must_be():
    lex = style_lexicon()
    assert not lex.irregular & lex.not_participle
    assert not lex.not_adverb & lex.adv_degree
    for name in ("irregular", "not_participle", "skip", "degree", "nom_exceptions", "not_adverb"):
        assert all(w == w.lower() for w in getattr(lex, name)), name
