"""Normalisation and tokenisation: offsets always index the original text."""

from __future__ import annotations

import pytest

from textmetrics.text.document import build_document
from textmetrics.text.normalize import normalize, spaces_kept
from textmetrics.text.tokens import tokenize


def kinds(text):
    return [(t.kind, t.text) for t in tokenize(text, 0, len(text), 0)]


def test_normalize_keeps_length_and_folds_quotes():
    original = "\u201cYes,\u201d she said \u2018twice\u2019,\r\nand ``then'' left.\u00a0End"
    norm = normalize(original)
    assert len(norm) == len(original)
    assert norm == '"Yes," she said \'twice\', \nand " then"  left. End'


def test_tokens_kinds_hand_labelled():
    assert kinds("The U.S. spent $2.5 billion on 175,000 jobs in the 1990s...") == [
        ("word", "The"), ("word", "U.S."), ("word", "spent"), ("symbol", "$"), ("number", "2.5"),
        ("word", "billion"), ("word", "on"), ("number", "175,000"), ("word", "jobs"), ("word", "in"),
        ("word", "the"), ("number", "1990s"), ("punct", "..."),
    ]
    assert kinds("Don't rock'n'roll; well-known COVID-19 21st!!") == [
        ("word", "Don't"), ("word", "rock'n'roll"), ("punct", ";"), ("word", "well-known"),
        ("word", "COVID-19"), ("number", "21st"), ("punct", "!!"),
    ]


def test_token_text_is_original_and_lower_is_normalised():
    text = "It\u2019s \u201cfine\u201d."
    doc = build_document(text)
    first = doc.tokens[0]
    assert first.text == "It\u2019s" and first.lower == "it's"
    for token in doc.tokens:
        assert text[token.start:token.end] == token.text


def test_offsets_survive_crlf_and_newswire_quotes():
    text = "He said ``no.''\r\nThen he left."
    doc = build_document(text)
    for s in doc.sentences:
        assert text[s.start:s.end].strip() == text[s.start:s.end]
    assert [text[t.start:t.end] for t in doc.tokens if t.kind == "word"] == ["He", "said", "no", "Then", "he", "left"]


# Texts written for the tests below: every kind of token, glued stops, separators, odd white space.
_TRICKY = [
    "The U.S.-based firm (est. 1999) paid $2.5bn -- or 2,500,000,000 -- to Dr. O'Neil's 3D team!",
    "«Quoted» ‘single’ “double” ``newswire'' 1990s 21st 3-year-old x_y __init__ ²b 12a a1 ☺😀 ok.",
    "world.Today 1,000.That e.g. a.m. ... ?! – — ‐ … \u2028line\x1cbreak\u00a0nbsp\ttab",
    "- item one\n- item two\n\n1. First\n2. Second\n\n* * *\n\nAfter the rule, I.B.M. rose 3.14%.",
]


def test_word_forms_are_the_word_and_number_tokens():
    # Sentence.forms (the chunk records' forms) must equal the words of the full token scan
    for text in _TRICKY:
        for sentence in build_document(text).sentences:
            doc_norm = normalize(text)
            words = [doc_norm[t.start:t.end] for t in sentence.tokens if t.kind in ("word", "number")]
            assert sentence.forms == words, text


def test_tokens_of_a_sentence_are_one_regex_scan_of_it():
    # tokenize() cuts each white-space chunk once and reuses the cut; it must equal one scan of
    # the token regex over the whole sentence (the definition), offsets, kinds and texts included
    from textmetrics.text.tokens import _KINDS, _TOKEN_RE

    for text in _TRICKY:
        doc = build_document(text)
        for sentence in doc.sentences:
            scan = [(m.start(), m.end(), _KINDS[m.lastgroup], text[m.start():m.end()])
                    for m in _TOKEN_RE.finditer(doc.norm, sentence.start, sentence.end)]
            assert [(t.start, t.end, t.kind, t.text) for t in sentence.tokens] == scan, text
            assert all(t.lower == doc.norm[t.start:t.end].lower() or t.kind != "word" for t in sentence.tokens)


def test_the_document_is_segmented_on_first_use_only():
    doc = build_document("One. Two.")
    assert doc._paragraphs is None and doc._sentences is None
    assert [(s.start, s.end) for s in doc.sentences] == [(0, 4), (5, 9)]
    assert doc.sentences is doc.sentences and doc.paragraphs == [(0, 9)]


@pytest.mark.parametrize(("text", "empty"), [
    ("", True), ("  \n\t ", True), ("-----\n=====", True),  # separator lines alone: no sentence
    ("-----", False), ("Hi", False), ("a\nb", False), ("\u00a0x\u3000", False),
])
def test_is_empty_without_segmenting_a_line_and_as_the_sentences_say(text, empty):
    doc = build_document(text)
    assert doc.is_empty is empty
    assert doc.is_empty is (not doc.sentences)


@pytest.mark.parametrize(("text", "kept"), [
    ('He said "yes" then', True),
    ("a\u00a0b\tc\r\nd\u3000e", True),  # exotic spaces become spaces: white space either way
    ("He said ''yes'' then", False),  # the closing '' is a quote and a space
    ("``Hi,'' she said", False),
    ("Good.\u2019\u2019Then", False),  # a typographic pair is folded to '' first
    ("It\u2019s \u201cfine\u201d", True),  # single quotes fold to one character each
])
def test_spaces_kept_says_whether_normalising_added_white_space(text, kept):
    norm = normalize(text)
    assert spaces_kept(text, norm) is kept
    assert kept is ([c.isspace() for c in text] == [c.isspace() for c in norm])
