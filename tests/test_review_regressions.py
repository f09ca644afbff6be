"""Regressions found by the correctness review of the performance changes (fb192dd..649d5c0).

Each test pins down a behaviour that the version before those changes (fb192dd) had: the counts
must not depend on when the per-chunk memos are emptied, and ``analyze`` accepts any iterable of
group names, as its signature (``Iterable[str]``) says.
"""

from __future__ import annotations

import pytest

import textmetrics.chunks as chunks
from textmetrics import analyze
from textmetrics import counts as counts_module

# ten chunks no other test uses, so every one of them is a memo miss
TEXT = "Quagga zyzzyva quokka axolotl numbat dugong okapi tapir kinkajou narwhal."


def _counts(text: str) -> dict:
    return analyze(text, metrics=["counts"]).to_dict()["counts"]


def _empty_memos() -> None:
    counts_module._PACKED.clear()
    counts_module._PACKED_FIRST.clear()


def test_counts_when_the_memo_fills_up_in_the_middle_of_a_document(monkeypatch):
    # A process that has seen MAX_ENTRIES distinct chunks empties the memo at the next miss: here
    # after 4 of the 10 new chunks. Before the fix the difficult-word look-up after the sums raised
    # KeyError for the chunks stored before the emptying (at the real size, the 1,667th document of
    # 120 new words each: /tmp/rev/realscale.py in the review).
    _empty_memos()
    unbounded = _counts(TEXT)
    _empty_memos()
    monkeypatch.setattr(chunks, "MAX_ENTRIES", 4)
    bounded = _counts(TEXT)
    assert bounded == unbounded
    # hand count: 10 words; characters 6+7+6+7+6+6+5+5+8+8 = 64
    assert (bounded["words"], bounded["characters"]) == (10, 64)


def test_counts_when_another_thread_empties_the_memo_between_compute_and_store(monkeypatch):
    # Memo.__missing__ computes (which records the chunk's difficult words) and then stores the
    # packed counts; another thread's miss on a full memo can empty both in between, leaving the
    # chunk in the packed memo without its difficult words. Simulated here deterministically.
    _empty_memos()
    compute = counts_module._PACKED.compute

    def racing(chunk: str) -> int:
        value = compute(chunk)
        counts_module._PACKED.clear()  # the other thread's emptying, at the worst moment
        return value

    monkeypatch.setattr(counts_module._PACKED, "compute", racing)
    counts_module._PACKED["zyzzyvas"]  # noqa: B018 - a look-up that fills the memo
    monkeypatch.undo()
    # "We", "counted", "zyzzyvas", "twice.": 4 words, 2+7+8+6 = 23 characters (hand count);
    # before the fix every later document holding the chunk raised KeyError
    found = _counts("We counted zyzzyvas twice.")
    assert (found["words"], found["characters"]) == (4, 23)


def test_analyze_accepts_a_set_or_a_dict_of_group_names():
    # analyze(metrics: Iterable[str]): fb192dd accepted any iterable; the resolved-groups cache
    # raised TypeError (unhashable) for a set, a dict or a dict's keys
    for metrics in ({"counts"}, {"counts": True}, {"counts": True}.keys()):
        assert list(analyze("The cat sat.", metrics=metrics).to_dict()) == ["counts", "warnings"]


def test_analyze_reads_an_iterator_of_group_names_each_time():
    # an exhausted iterator names no group: fb192dd said so the second time; a cache keyed by the
    # iterator object answered with the first call's groups instead
    names = iter(["counts"])
    assert list(analyze("The cat sat.", metrics=names).to_dict()) == ["counts", "warnings"]
    with pytest.raises(ValueError, match="at least one group"):
        analyze("The cat sat.", metrics=names)
