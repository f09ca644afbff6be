"""Lexical diversity: TTR, MATTR and MTLD on word lists computed by hand."""

from __future__ import annotations

import pytest

from textmetrics import analyze
from textmetrics.metrics.lexical import mattr, mtld, ttr


def test_ttr():
    assert ttr(["a", "b", "a", "c"]) == 0.75
    assert ttr([]) is None


def test_mattr_windows_by_hand():
    # window 3 over a b a c: "a b a" = 2/3, "b a c" = 3/3 -> mean 0.8333
    assert mattr(["a", "b", "a", "c"], window=3) == pytest.approx(5 / 6)
    # shorter than the window: plain TTR
    assert mattr(["a", "a"], window=50) == 0.5


def test_mtld_by_hand():
    # McCarthy & Jarvis (2010) procedure, threshold 0.72. Forward over a b a b:
    # a (1.0) b (1.0) a (2/3 <= .72: factor 1, reset) b (1.0, partial (1-1)/.28 = 0) -> 4/1 = 4.
    # Backward b a b a gives the same: MTLD = 4.
    assert mtld(["a", "b", "a", "b"]) == pytest.approx(4.0)
    # No factor completed: a b c -> partial (1 - 1)/0.28 = 0 factors -> the length, 3
    assert mtld(["a", "b", "c"]) == pytest.approx(3.0)
    # a a a a: forward a (1.0) a (0.5: factor) a (1.0) a (0.5: factor) -> 4/2 = 2; same backward.
    assert mtld(["a", "a", "a", "a"]) == pytest.approx(2.0)


def test_lexical_group_in_document():
    doc = analyze("The cat saw the dog. The dog saw the cat.").to_dict()
    # words: the cat saw the dog the dog saw the cat -> 10 words, 4 types
    assert doc["lexical"]["types"] == 4
    assert doc["lexical"]["type_token_ratio"] == 0.4


def test_mattr_sliding_window_equals_the_definition():
    # The definition (Covington & McFall 2010): the mean of the TTRs of every window, computed naively.
    import random

    rng = random.Random(7)
    words = [rng.choice("abcdefghijklmnopqrstuvwxyz"[:12]) for _ in range(400)]
    naive = sum(len(set(words[i:i + 50])) / 50 for i in range(len(words) - 49)) / (len(words) - 49)
    assert mattr(words) == pytest.approx(naive, rel=1e-12)


def test_words_from_chunks_equal_the_word_tokens():
    # lexical reads words through per-chunk memos; they must be the lower forms of the word tokens
    from textmetrics.text.document import build_document
    from textmetrics.metrics.lexical import words_of

    text = ("“Don’t,” said Dr. O'Neil -- the U.S.-based firm's 3D printers cost $1,200 (in 2019)! "
            "WELL-KNOWN words; well-known words...\n\n- a list item\n- another: x_y ²b 12a")
    doc = build_document(text)
    assert words_of(doc) == [t.lower for t in doc.tokens if t.kind == "word"]
