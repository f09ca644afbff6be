"""The bounded two-generation memo under the per-word and per-chunk tables."""

from __future__ import annotations

import textmetrics.cache as memo
from textmetrics.cache import Memo


def test_memo_computes_once_and_keeps_common_keys_across_a_rotation(monkeypatch):
    monkeypatch.setattr(memo, "MAX_ENTRIES", 2)
    computed = []
    m = Memo(lambda key: computed.append(key) or key.upper())
    assert [m["a"], m["b"], m["a"]] == ["A", "B", "A"]
    assert computed == ["a", "b"]  # "a" the second time is a plain hit
    assert m["c"] == "C"  # full: a and b become the previous generation
    assert dict(m) == {"c": "C"} and computed == ["a", "b", "c"]
    assert m["a"] == "A"  # found in the previous generation, not computed again
    assert computed == ["a", "b", "c"] and dict(m) == {"c": "C", "a": "A"}
    assert m["d"] == "D"  # full again: {c, a} become the previous generation, b is dropped
    assert m["b"] == "B" and computed == ["a", "b", "c", "d", "b"]
    assert len(m) + len(m._previous) <= 2 * memo.MAX_ENTRIES


def test_memo_clear_empties_both_generations(monkeypatch):
    monkeypatch.setattr(memo, "MAX_ENTRIES", 1)
    computed = []
    m = Memo(lambda key: computed.append(key) or len(key))
    m["x"], m["yy"]  # noqa: B018 - "x" moves to the previous generation
    m.clear()
    assert m["x"] == 1 and computed == ["x", "yy", "x"]
