"""Lexical diversity on word lists computed by hand: TTR, MATTR and MTLD, then the length-robust
measures of metrics/diversity.py (HD-D, Maas a², Yule's K, Herdan's C, Guiraud's R, CTTR, MSTTR,
MTLD-MA), each against a hand computation or its definition written out here."""

from __future__ import annotations

import math
import random
from fractions import Fraction
from pathlib import Path

import pytest

from textmetrics import analyze
from textmetrics.metrics import diversity as d
from textmetrics.metrics.lexical import CATALOGUE, compute, mattr, mtld, ttr, words_of
from textmetrics.text.document import build_document


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
    text = ("“Don’t,” said Dr. O'Neil -- the U.S.-based firm's 3D printers cost $1,200 (in 2019)! "
            "WELL-KNOWN words; well-known words...\n\n- a list item\n- another: x_y ²b 12a")
    doc = build_document(text)
    assert words_of(doc) == [t.lower for t in doc.tokens if t.kind == "word"]


# --- the length-robust measures (metrics/diversity.py) ------------------------------------------------

# N = 10 words, V = 4 types: "the" 4 times, "cat", "saw" and "dog" twice each
CATS = "the cat saw the dog the dog saw the cat".split()


def test_frequency_measures_by_hand():
    # Yule's K = 10^4 (Σ f² V_f − N) / N² = 10^4 (4² + 3 × 2² − 10) / 10² = 10^4 × 18 / 100
    assert d.yules_k(CATS) == 1800.0
    # Maas a² = (ln 10 − ln 4) / (ln 10)²; Herdan's C = ln 4 / ln 10 = log10(4)
    assert d.maas_a2(CATS) == pytest.approx((math.log(10) - math.log(4)) / math.log(10) ** 2, rel=1e-15)
    assert d.maas_a2(CATS) == pytest.approx(0.172823149894798, rel=1e-12)
    assert d.herdan_c(CATS) == pytest.approx(0.602059991327962, rel=1e-12)
    # Guiraud's R = 4 / √10; CTTR = 4 / √20
    assert d.guiraud_r(CATS) == pytest.approx(1.264911064067352, rel=1e-12)
    assert d.cttr(CATS) == pytest.approx(0.894427190999916, rel=1e-12)
    # no repeated word: K = 10^4 (N − N) / N² = 0, a² = 0, C = 1, R = √N
    distinct = ["a", "b", "c", "d"]
    assert (d.yules_k(distinct), d.maas_a2(distinct), d.herdan_c(distinct), d.guiraud_r(distinct)) == (0.0, 0.0, 1.0, 2.0)


def test_hdd_by_hand():
    # N = 44: "a" 3 times, "b" twice, 39 words once; samples of n = 42 tokens.
    # P(a type with f tokens is not drawn) = C(44 − f, 42) / C(44, 42), C(44, 42) = 946:
    # f = 1: C(43, 42) = 43 -> 43/946 = 1/22; f = 2: C(42, 42) = 1 -> 1/946; f = 3: C(41, 42) = 0.
    words = ["a"] * 3 + ["b"] * 2 + [f"w{i}" for i in range(39)]
    expected = (39 * Fraction(21, 22) + Fraction(945, 946) + 1) / 42
    assert d.hdd(words) == pytest.approx(float(expected), rel=1e-12)
    # N = 42: every type is in the one possible sample, so HD-D is the TTR (here 21 types / 42)
    assert d.hdd([f"w{i % 21}" for i in range(42)]) == pytest.approx(0.5, rel=1e-12)
    assert d.hdd([f"w{i}" for i in range(41)]) is None  # fewer than 42 words: no sample of 42


def random_lists(seed: int, count: int, alphabet: str, min_size: int, max_size: int):
    """Seeded random word lists (the same on every run): few types, so words repeat often."""
    rng = random.Random(seed)
    for _ in range(count):
        size = rng.randint(min_size, max_size)
        yield [rng.choice(alphabet[:rng.randint(1, len(alphabet))]) for _ in range(size)]


def test_hdd_equals_the_exact_hypergeometric_sum():
    # the definition in exact rationals with math.comb, against the log-gamma form
    for words in random_lists(1, 60, "abcdefghijklmnopqrstuvwxyz", 42, 150):
        n = len(words)
        exact = sum(1 - Fraction(math.comb(n - words.count(t), 42), math.comb(n, 42)) for t in set(words)) / 42
        assert d.hdd(words) == pytest.approx(float(exact), rel=1e-9, abs=1e-12)


def test_msttr_drops_the_remainder():
    # 250 words: segment 1 has 50 types in 100 words (TTR 0.5), segment 2 has 100 (TTR 1.0);
    # the 50 words after them ("x" repeated) are dropped: (0.5 + 1.0) / 2
    words = [f"a{i % 50}" for i in range(100)] + [f"b{i}" for i in range(100)] + ["x"] * 50
    assert d.msttr(words) == 0.75
    assert d.msttr(words[:100]) == 0.5  # exactly one segment
    assert d.msttr(words[:99]) is None  # no full segment


def test_mtld_ma_by_hand():
    # one two … seven, then one two three: from the first word the TTR is 1 for seven words, then
    # 7/8, 7/9, 7/10 = 0.7 <= 0.72: a factor of 10 words. From the second word the run reaches the
    # end at 7/9 without closing, which ends the procedure (koRpus): MTLD-MA = 10.
    words = "one two three four five six seven one two three".split()
    assert d.mtld_ma(words) == 10.0
    # factors under 10 words are not counted: a b a b -> factors of 3 (a b a: 2/3) from both
    # starts that close; the third start (a b) runs off the end
    assert d.mtld_ma(["a", "b", "a", "b"]) is None
    assert d.mtld_ma(["a", "b", "a", "b"], min_length=1) == 3.0
    # the first start that does not close stops the procedure, though a later one would close:
    # a b c d a a -> from a: 4/5, 4/6 = 0.67 closes at 6; from b: b c d a a = 4/5 at the end, stop
    # (the start at the fifth word, "a a", would close at 2 but is never reached)
    assert d.mtld_ma("a b c d a a".split(), min_length=1) == 6.0
    # step 2: starts 0 and 2 of a b a b a b: a b a (3), a b a (3), then a b from 4 runs off
    assert d.mtld_ma(list("ababab"), min_length=1, step=2) == 3.0


def _mtld_ma_by_definition(words, threshold=0.72, min_length=10, step=1):
    lengths = []
    for start in range(0, len(words), step):
        ends = [end for end in range(start + 1, len(words) + 1)
                if len(set(words[start:end])) / (end - start) <= threshold]
        if not ends:
            break
        if ends[0] - start >= min_length:
            lengths.append(ends[0] - start)
    return sum(lengths) / len(lengths) if lengths else None


def test_mtld_ma_equals_the_definition():
    rng = random.Random(2)
    for words in random_lists(2, 150, "abcdefghijklmnopqrst", 0, 80):
        step, min_length = rng.randint(1, 4), rng.randint(1, 12)
        assert d.mtld_ma(words, min_length=min_length, step=step) == _mtld_ma_by_definition(words, 0.72, min_length, step)


def test_ma_step_caps_the_starts():
    assert d.MTLD_MA_STARTS == 10
    assert [d.ma_step(n) for n in (0, 1, 10, 11, 20, 648)] == [1, 1, 1, 2, 2, 65]
    assert len(range(0, 648, d.ma_step(648))) == 10


def test_undefined_cases_are_none():
    measures = (d.hdd, d.maas_a2, d.yules_k, d.herdan_c, d.guiraud_r, d.cttr, d.msttr, d.mtld_ma)
    assert all(m([]) is None for m in measures)
    one = ["word"]
    assert (d.maas_a2(one), d.herdan_c(one), d.hdd(one), d.msttr(one), d.mtld_ma(one)) == (None,) * 5
    assert (d.yules_k(one), d.guiraud_r(one)) == (0.0, 1.0)
    assert d.cttr(one) == pytest.approx(1 / math.sqrt(2))
    # two words, one type: ln 1 = 0, so C = 0 and a² = ln 2 / (ln 2)² = 1 / ln 2
    assert d.herdan_c(["a", "a"]) == 0.0
    assert d.maas_a2(["a", "a"]) == pytest.approx(1 / math.log(2))


def test_values_are_finite_and_in_range():
    measures = (d.hdd, d.maas_a2, d.yules_k, d.herdan_c, d.guiraud_r, d.cttr, d.msttr, d.mtld_ma)
    for words in random_lists(3, 200, "abcdefxyz", 0, 160):
        values = {m.__name__: m(words) for m in measures}
        for name, value in values.items():
            assert value is None or math.isfinite(value), name
        for name in ("hdd", "herdan_c", "msttr"):
            assert values[name] is None or 0 <= values[name] <= 1 + 1e-12, name
        for name in ("maas_a2", "yules_k"):
            assert values[name] is None or values[name] >= 0, name


def test_group_keys_match_the_catalogue():
    doc = build_document(open_example())
    out = compute(doc)
    assert [f"lexical.{key}" for key in out] == [m.id for m in CATALOGUE]
    assert all(m.group == "lexical" and m.description and m.reference for m in CATALOGUE[1:])
    words = words_of(doc)
    assert out["type_token_ratio"] == ttr(words)  # from the frequencies, the same value
    assert out["mtld_ma"] == d.mtld_ma(words, step=d.ma_step(len(words)))
    assert out["hdd"] == d.hdd(words) and out["yules_k"] == d.yules_k(words)


def test_short_texts_give_null_not_nan():
    doc = analyze("Yes.").to_dict()["lexical"]
    assert doc["hdd"] is None and doc["maas_a2"] is None and doc["herdan_c"] is None
    assert doc["msttr"] is None and doc["mtld_ma"] is None
    assert doc["yules_k"] == 0.0 and doc["guiraud_r"] == 1.0
    empty = analyze("2019 1,200").to_dict()["lexical"]  # numbers are not words
    assert empty["types"] == 0 and all(empty[k] is None for k in empty if k != "types")


def open_example() -> str:
    return (Path(__file__).resolve().parent.parent / "examples" / "oped.txt").read_text(encoding="utf-8")
