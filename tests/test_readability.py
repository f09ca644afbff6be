"""Readability formulas: published worked examples, and the documented differences from textstat.

Formula-level tests build :class:`Stats` by hand, so they hold whatever the segmenter and the
syllable counter do; end-to-end tests use texts whose counts are checked by hand.
"""

from __future__ import annotations

import math

import pytest

from textmetrics import analyze
from textmetrics.metrics import readability as r
from textmetrics.metrics.counts import Stats


def test_coleman_liau_published_example():
    # Coleman & Liau (1975), J. Applied Psychology 60(2): their abstract, 5 sentences, 119 words,
    # 639 letters -> 14.53 (L = 536.97, S = 4.20).
    s = Stats(sentences=5, words=119, letters=639)
    assert round(r.coleman_liau_index(s), 2) == 14.53


def test_ari_stevenson_example():
    # Senter & Smith (1967)'s worked example as reprinted in readability texts: a passage of
    # Stevenson's with 6 sentences, 151 words, 623 characters -> ARI 10.586.
    s = Stats(sentences=6, words=151, alphanumerics=623)
    assert round(r.automated_readability_index(s), 3) == 10.586


def test_flesch_cat_sat_on_the_mat():
    # 6 words, 6 syllables, 1 sentence: 206.835 - 1.015*6 - 84.6*1 = 116.145 (hand computation).
    doc = analyze("The cat sat on the mat.").to_dict()
    assert doc["counts"]["words"] == 6
    assert doc["counts"]["syllables"] == 6
    assert doc["readability"]["flesch_reading_ease"] == 116.145
    # FKGL = 0.39*6 + 11.8*1 - 15.59 = -1.45
    assert doc["readability"]["flesch_kincaid_grade"] == -1.45


def test_gunning_fog_hand_computed():
    # 20 words, 2 sentences, 3 complex words: 0.4 * (10 + 15) = 10.0
    s = Stats(sentences=2, words=20, complex_words=3)
    assert r.gunning_fog(s) == pytest.approx(10.0)


def test_smog_formula_and_short_text_warning():
    # McLaughlin (1969): 1.0430 * sqrt(30 * 30/30) + 3.1291 = 8.8418 for 30 polysyllables in 30 sentences
    s = Stats(sentences=30, words=400, polysyllabic_words=30)
    assert r.smog_index(s) == pytest.approx(1.0430 * math.sqrt(30) + 3.1291)
    warnings: list[str] = []
    r.compute(Stats(sentences=29, words=400, polysyllabic_words=30), warnings)
    assert any("SMOG" in w for w in warnings)
    warnings.clear()
    r.compute(s, warnings)
    assert not any("SMOG" in w for w in warnings)


def test_dale_chall_adjustment_follows_difficult_word_share():
    # 100 words, 10 sentences, 2 difficult words: PDW 2 <= 5, so no 3.6365 adjustment:
    # 0.1579*2 + 0.0496*10 = 0.8118. textstat's v2 adds 3.6365 whenever the raw score > 0.05,
    # which would give 4.4483 here.
    assert r.dale_chall(Stats(sentences=10, words=100, difficult_words=2)) == pytest.approx(0.8118)
    # 6 difficult words: PDW 6 > 5: 0.1579*6 + 0.496 + 3.6365 = 5.0799
    assert r.dale_chall(Stats(sentences=10, words=100, difficult_words=6)) == pytest.approx(5.0799)


def test_linsear_write_both_branches():
    # 100 words (90 easy, 10 hard), 4 sentences: r = (90 + 30)/4 = 30 > 20 -> 15.0
    assert r.linsear_write(Stats(sentences=4, words=100, polysyllabic_words=10)) == pytest.approx(15.0)
    # 100 words, 10 hard, 10 sentences: r = 12 <= 20 -> (12 - 2)/2 = 5.0
    assert r.linsear_write(Stats(sentences=10, words=100, polysyllabic_words=10)) == pytest.approx(5.0)


def test_spache_revised_coefficients():
    # Spache (1974): 0.121*(100/10) + 0.082*(100*5/100) + 0.659 = 1.21 + 0.41 + 0.659 = 2.279
    s = Stats(sentences=10, words=100, unique_unfamiliar=5)
    assert r.spache(s) == pytest.approx(2.279)


def test_eflaw_lix_rix_forcast():
    s = Stats(sentences=5, words=100, mini_words=40, long_words=20, monosyllabic_words=75)
    assert r.mcalpine_eflaw(s) == pytest.approx(28.0)  # (100 + 40)/5
    assert r.lix(s) == pytest.approx(40.0)  # 100/5 + 100*20/100
    assert r.rix(s) == pytest.approx(4.0)  # 20/5
    assert r.forcast(s) == pytest.approx(8.75)  # 20 - (75*150/100)/10 = 20 - 11.25


def test_reading_time_at_238_wpm():
    assert r.reading_time_seconds(Stats(words=238)) == pytest.approx(60.0)


def test_consensus_is_median_of_grade_formulas():
    s = Stats(sentences=10, words=200, syllables=300, letters=900, alphanumerics=910, polysyllabic_words=30,
              complex_words=25, monosyllabic_words=120)
    grades = sorted(f(s) for f in r._GRADE_FORMULAS)
    assert r.consensus_grade(s) == pytest.approx(grades[3])  # 7 formulas: the 4th is the median


def test_empty_text_gives_nulls_and_warning_not_nan():
    for text in ("", "   \n\n\t  "):
        doc = analyze(text).to_dict()
        assert all(v == 0 for v in doc["counts"].values())
        assert all(v is None for k, v in doc["readability"].items() if k != "reading_time_seconds")
        assert doc["readability"]["reading_time_seconds"] == 0
        assert doc["warnings"]


def test_formulas_undefined_without_words_even_with_sentences():
    # Punctuation alone can make a "sentence" without words: every ratio must stay None.
    s = Stats(sentences=1, words=0)
    assert all(f(s) is None for name, f in r._FORMULAS.items() if name != "reading_time_seconds")


def test_coleman_liau_differs_from_textstat_by_its_constant():
    # textstat 0.7.13 uses 0.058 instead of 0.0588: for the same counts the difference is 0.0008 * L.
    # "The cat sat on the mat.": 17 letters, 6 words, 1 sentence (hand count), L = 283.33.
    import textstat

    ours = analyze("The cat sat on the mat.").to_dict()["readability"]["coleman_liau_index"]
    theirs = textstat.coleman_liau_index("The cat sat on the mat.")
    assert ours - theirs == pytest.approx(0.0008 * 1700 / 6, abs=0.01)


def test_ari_counts_letters_and_digits_not_punctuation():
    # "The cat sat on the mat." has 17 letters; textstat counts 18 characters (with the full stop).
    # Ours: 4.71*17/6 + 0.5*6 - 21.43 = -5.085; textstat: 4.71*18/6 + 3 - 21.43 = -4.30
    doc = analyze("The cat sat on the mat.").to_dict()
    assert doc["readability"]["automated_readability_index"] == pytest.approx(-5.085, abs=1e-4)
    import textstat

    assert textstat.automated_readability_index("The cat sat on the mat.") == pytest.approx(-4.3, abs=0.01)
