"""White-space chunks and what is known about them: one record per distinct chunk, in one cache.

A sentence's tokens are the tokens of its white-space-separated chunks ("reading", "room,",
"U.S.-based"): no token holds white space, and the tokeniser's look-aheads stop at it
(tests/test_text_model.py). Prose repeats its chunks (Zipf), so every fact about a chunk is
worked out once per process, the first time some stage asks for it, and kept in the chunk's
:class:`Chunk` record; the records live in one bounded cache, :data:`CHUNKS`.

Each fact is computed by the module that owns it and registered here with :func:`chunk_fact`:

========================  ==================================  ===================================
slot                      what                                computed in
========================  ==================================  ===================================
``tokens``                token templates (offsets in chunk)  :mod:`textmetrics.text.tokens`
``forms``                 word and number tokens as written   :mod:`textmetrics.text.tokens`
``counts``                counts of its words                 :mod:`textmetrics.metrics.counts`
``first_counts``          the same, opening a sentence        :mod:`textmetrics.metrics.counts`
``words``                 lower-case words (not numbers)      :mod:`textmetrics.metrics.lexical`
``sentiment``             VADER's words and fixed valences    :mod:`textmetrics.sentiment`
``style``                 style codes, one per token          :mod:`textmetrics.style.codes`
========================  ==================================  ===================================

A slot that is still empty is filled on first read (``__getattr__`` runs only then), so a stage
reads a whole sentence with ``map(attrgetter("counts"), records)`` at C speed, and a run that
asks only for sentiment never tokenises. To add a fact: add a slot here and register its
function in the module that owns it.
"""

from __future__ import annotations

from typing import Any, Callable

from textmetrics.cache import Memo

__all__ = ["Chunk", "CHUNKS", "chunk_fact", "records_of"]


class Chunk:
    """The facts of one white-space chunk (see the module docstring), each computed on first use."""

    __slots__ = ("text", "tokens", "forms", "counts", "first_counts", "words", "sentiment", "style")

    def __init__(self, text: str) -> None:
        self.text = text

    def __getattr__(self, name: str) -> Any:
        # Python calls this only when the slot is empty: compute the fact once and keep it.
        # Racing threads compute the same value; either may be kept.
        compute = _FACTS.get(name)
        if compute is None:
            raise AttributeError(f"a chunk has no fact {name!r}")
        value = compute(self)
        setattr(self, name, value)
        return value

    def __repr__(self) -> str:
        return f"Chunk({self.text!r})"


_FACTS: dict[str, Callable[[Chunk], Any]] = {}


def chunk_fact(name: str) -> Callable[[Callable[[Chunk], Any]], Callable[[Chunk], Any]]:
    """Register the function that computes the fact ``name`` of a chunk (a slot of :class:`Chunk`)."""
    if name not in Chunk.__slots__ or name == "text":
        raise ValueError(f"{name!r} is not a slot of Chunk")

    def register(compute: Callable[[Chunk], Any]) -> Callable[[Chunk], Any]:
        _FACTS[name] = compute
        return compute

    return register


CHUNKS: Memo[Chunk] = Memo(Chunk)
"""chunk text -> :class:`Chunk`: the one cache of facts about chunks (bounded, see
:class:`~textmetrics.cache.Memo`)."""


def records_of(chunks: list[str]) -> list[Chunk]:
    """The records of ``chunks``, in order."""
    return list(map(CHUNKS.__getitem__, chunks))
