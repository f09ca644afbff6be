"""Counts on a text counted by hand (each figure's derivation in the comments)."""

from __future__ import annotations

from textmetrics import analyze

TEXT = "The committee approved the budget in 2019. Critics called it reckless!\n\nNobody resigned."


def test_hand_counted_text():
    counts = analyze(TEXT, metrics=["counts"]).to_dict()["counts"]
    assert counts == {
        # "The committee ... 2019." / "Critics called it reckless!" / "Nobody resigned."
        "sentences": 3,
        "paragraphs": 2,
        # 7 + 4 + 2; "2019" is a word (a number read aloud)
        "words": 13,
        # the 1, com-mit-tee 3, ap-proved 2, the 1, bud-get 2, in 1, twen-ty nine-teen 4 = 14;
        # crit-ics 2, called 1, it 1, reck-less 2 = 6; no-bod-y 3, re-signed 2 = 5 -> 25
        "syllables": 25,
        # non-space characters: "The committee approved the budget in 2019." 36,
        # "Critics called it reckless!" 24, "Nobody resigned." 15
        "characters": 75,
        # the same without the 4 digits and 3 punctuation marks
        "letters": 68,
        # 3+ syllables: committee, 2019 (McLaughlin: numbers as pronounced), nobody
        "polysyllabic_words": 3,
        # the, the, in, called, it
        "monosyllabic_words": 5,
        # more than 6 letters: committee, approved, critics, reckless, resigned
        "long_words": 5,
        # not on textstat's copy of the Dale-Chall list, nor an inflection of a listed word:
        # committee, approved (approve not listed), budget, critics, reckless, resigned;
        # "called" is call + -ed, and numbers are familiar (Chall & Dale 1995)
        "difficult_words": 6,
        # Gunning: committee, nobody (2019 is a number, not a hard word)
        "complex_words": 2,
    }


def test_proper_nouns_are_neither_complex_nor_difficult():
    # "Annabelle" (3 syllables, capitalised mid-sentence) is a name: not complex (Gunning 1952),
    # familiar (Chall & Dale 1995). "Yesterday" (yes-ter-day) opens the sentence: complex, but on
    # the list. "visited" (3) is visit (2) + -ed: not complex. So one complex word.
    counts = analyze("Yesterday we visited Annabelle.", metrics=["counts"]).to_dict()["counts"]
    assert counts["complex_words"] == 1
    # visited = visit + -ed (familiar); Annabelle a name: no difficult word
    assert counts["difficult_words"] == 0


def test_gunning_suffix_rule():
    # CMUdict: "educated" has 4 syllables and "educate" 3: still complex. "located" (3) comes from
    # "locate" (2) + -ed, "relaxing" (3) from "relax" (2) + -ing: not complex (Gunning 1952).
    counts = analyze("Educated readers located relaxing places.", metrics=["counts"]).to_dict()["counts"]
    assert counts["complex_words"] == 1
