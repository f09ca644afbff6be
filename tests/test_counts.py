"""Counts on a text counted by hand (each figure's derivation in the comments)."""

from __future__ import annotations

import textmetrics.cache as memo
from textmetrics.text.chunks import CHUNKS
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


def _reference_counts(text: str) -> dict:
    """The definitions of counts.py, applied token by token (the slow, obvious way)."""
    from textmetrics.text.document import build_document
    from textmetrics.words.features import number_features, word_features

    doc = build_document(text)
    out = dict.fromkeys(
        ["words", "syllables", "characters", "letters", "polysyllabic_words", "monosyllabic_words",
         "long_words", "difficult_words", "complex_words"], 0)
    unfamiliar = set()
    for sentence in doc.sentences:
        position = 0
        for t in sentence.tokens:
            out["characters"] += t.end - t.start
            if t.kind not in ("word", "number"):
                continue
            f = number_features(t.text) if t.kind == "number" else word_features(t.lower)
            out["words"] += 1
            out["syllables"] += f.syllables
            out["polysyllabic_words"] += f.syllables >= 3
            out["monosyllabic_words"] += f.syllables == 1
            if t.kind == "word":
                proper = position > 0 and t.text[:1].isupper() and not t.text.isupper()
                out["letters"] += f.letters
                out["long_words"] += f.letters > 6
                if not (f.familiar or proper):
                    out["difficult_words"] += 1
                    unfamiliar.add(t.lower)
                out["complex_words"] += f.complex and not proper
            position += 1
    out["sentences"], out["paragraphs"] = len(doc.sentences), len(doc.paragraphs)
    return out


def test_packed_chunk_counts_equal_a_token_by_token_count():
    # counts.py sums per-chunk packed integers; this walks the tokens one by one instead
    texts = [
        TEXT,
        "“Nobody,” Senator Whitfield said, “expected the U.S.-based consortium to withdraw.” "
        "— Afterwards, Whitfield's committee met at 9:30 a.m. in Washington. 3D printers cost $1,200!",
        "-- Opening dashes first. (Parenthetical openings) count too. 12 angry jurors deliberated.\n\n"
        "* * *\n\nINTERNATIONAL BUSINESS MACHINES reported revenue; IBM did too.",
        "",
        "   \n\n  ",
    ]
    for text in texts:
        counts = analyze(text, metrics=["counts"]).to_dict()["counts"]
        assert counts == _reference_counts(text), text


# ten chunks no other test uses, so every one of them is a memo miss
MEMO_TEXT = "Quagga zyzzyva quokka axolotl numbat dugong okapi tapir kinkajou narwhal."


def _counts(text: str) -> dict:
    return analyze(text, metrics=["counts"]).to_dict()["counts"]


def _empty_memos() -> None:
    memo.clear_caches()


def test_counts_when_the_memo_fills_up_in_the_middle_of_a_document(monkeypatch):
    # A process that has seen MAX_ENTRIES distinct chunks empties the memo at the next miss: here
    # after 4 of the 10 new chunks. Before the fix the difficult-word look-up after the sums raised
    # KeyError for the chunks stored before the emptying (at the real size: the 1,667th document
    # of 120 new words each, in one process).
    _empty_memos()
    unbounded = _counts(MEMO_TEXT)
    _empty_memos()
    monkeypatch.setattr(memo, "MAX_ENTRIES", 4)
    bounded = _counts(MEMO_TEXT)
    assert bounded == unbounded
    # hand count: 10 words; characters 6+7+6+7+6+6+5+5+8+8 = 64
    assert (bounded["words"], bounded["characters"]) == (10, 64)


def test_counts_when_another_thread_empties_the_memo_between_compute_and_store(monkeypatch):
    # Memo.__missing__ computes and then stores; another thread's miss on a full memo can empty it
    # in between. A chunk's facts must stay usable (counts and difficult words once lived in two
    # tables, and the chunk was left in one without the other). Simulated deterministically.
    _empty_memos()
    compute = CHUNKS.compute

    def racing(chunk: str):
        record = compute(chunk)
        record.counts  # noqa: B018 - fill the fact, then lose the record
        CHUNKS.clear()  # the other thread's emptying, at the worst moment
        return record

    monkeypatch.setattr(CHUNKS, "compute", racing)
    CHUNKS["zyzzyvas"]  # noqa: B018 - a look-up that fills the memo
    monkeypatch.undo()
    # "We", "counted", "zyzzyvas", "twice.": 4 words, 2+7+8+6 = 23 characters (hand count);
    # before the fix every later document holding the chunk raised KeyError
    found = _counts("We counted zyzzyvas twice.")
    assert (found["words"], found["characters"]) == (4, 23)
