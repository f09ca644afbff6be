"""Sentence by sentence: length, ARI grade, difficulty band, and the sentence-length figures
(textmetrics.metrics.sentence_readability). Texts written for these tests; counts by hand."""

from __future__ import annotations

import pytest

import textmetrics.metrics.counts  # noqa: F401 - registers the chunks' counts
from textmetrics.metrics.sentence_readability import (GRADE_MIN_WORDS, length_figures,
                                                      sentence_readability)
from textmetrics.text.document import build_document


def _one(text: str):
    (entry,) = sentence_readability(build_document(text))
    return entry


def test_grade_is_ari_of_the_sentence_by_hand():
    # 11 words; letters The 3 council 7 approved 8 the 3 budget 6 after 5 a 1 long 4 and 3 bitter 6
    # debate 6 = 52; ARI = 4.71 * 52/11 + 0.5 * 11 - 21.43 = 6.3355 (Senter & Smith 1967)
    s = _one("The council approved the budget after a long and bitter debate.")
    assert (s.words, s.difficulty) == (11, "ok")
    assert s.grade == pytest.approx(4.71 * 52 / 11 + 0.5 * 11 - 21.43)
    # the 1, coun-cil 2, ap-proved 2, the 1, bud-get 2, af-ter 2, a 1, long 1, and 1, bit-ter 2, de-bate 2
    assert s.syllables == 17


def test_short_sentence_has_no_grade_and_is_ok():
    s = _one("Stop the vote now.")
    assert s.words == 4 < GRADE_MIN_WORDS and s.grade is None and s.difficulty == "ok"


def test_bands_hard_and_very_hard():
    # Voters 6 deserve 7 complete 8 information 11 before 6 councillors 11 approve 7 expensive 9
    # construction 12 contracts 9: 10 words, 86 letters; 4.71 * 8.6 + 5 - 21.43 = 24.076
    very = _one("Voters deserve complete information before councillors approve expensive construction contracts.")
    assert very.grade == pytest.approx(24.076) and very.difficulty == "very_hard"
    # Residents 9 told 4 the 3 council 7 that 4 evening 7 closures 8 would 5 damage 6 their 5 small 5
    # local 5 businesses 10 badly 5: 14 words, 83 letters; 4.71 * 83/14 + 7 - 21.43 = 13.494
    hard = _one("Residents told the council that evening closures would damage their small local businesses badly.")
    assert hard.grade == pytest.approx(4.71 * 83 / 14 + 7 - 21.43) and hard.difficulty == "hard"


CHILDREN = """Tom has a red ball. He likes to kick it in the park.

One day the ball went over the wall. Tom was sad. His big sister came to help.

She got a long stick and found the ball in the grass. Tom said thank you. Then they went home for tea."""


def test_a_childrens_text_has_no_very_hard_sentence():
    entries = sentence_readability(build_document(CHILDREN))
    assert len(entries) == 8
    assert all(e.difficulty == "ok" for e in entries)


def test_length_figures_by_hand():
    entries = sentence_readability(build_document("One two three. One two three four five. "
                                                  "One two three four five six seven."))
    figures = length_figures(entries)
    assert [e.words for e in entries] == [3, 5, 7]
    assert figures["mean_sentence_length"] == 5
    assert figures["sentence_length_sd"] == pytest.approx((8 / 3) ** 0.5)  # ((4 + 0 + 4) / 3) ** 0.5
    assert figures["max_sentence_length"] == 7
    assert figures["long_sentence_ratio"] == 0 and figures["hard_sentence_ratio"] == 0


def test_no_sentences_gives_nulls():
    assert set(length_figures([]).values()) == {None}
