"""Predicates on where sentence boundaries can fall, without segmenting: what the sentiment scorer
needs to read a text's words once and slice them by sentence."""

from __future__ import annotations

import re

from textmetrics.text.sentences import _CLOSERS, _GLUED_RE, _INLINE_BULLET_RE, _LEAD_ENUM_RE, _TERM

__all__ = ["cuts_only_at_spaces", "cuts_only_after_stops", "may_end_sentence"]


def cuts_only_at_spaces(text: str) -> bool:
    """True if no sentence boundary of ``text`` (normalised, one line) can fall inside a chunk of
    non-space characters, so its chunks are exactly its sentences' chunks, in order.

    Every boundary these rules draw is followed by white space or the end (see _CANDIDATE_RE,
    list items and bullets are cut where white space precedes them), except a stop glued to a
    capitalised word ("world.Today"), which this looks for. A newline may start a separator line
    ("-----") that belongs to no sentence, so a text with one is not vouched for."""
    return "\n" not in text and "\u2029" not in text and _GLUED_RE.search(text) is None


def cuts_only_after_stops(text: str) -> bool:
    """True if every sentence boundary of ``text`` (normalised, one line) falls at white space
    right after a chunk that :func:`may_end_sentence`: :func:`cuts_only_at_spaces`, and no list
    on the line (no inline bullet, no leading "1)" whose followers are cut before their marker).
    Then chunks in a row none of which may end a sentence (the last one aside) lie in one sentence,
    whatever the rules decide about each stop."""
    return (cuts_only_at_spaces(text) and _INLINE_BULLET_RE.search(text) is None
            and _LEAD_ENUM_RE.match(text) is None)


# a chunk after which _CANDIDATE_RE may cut: it holds a stop, or it is closers alone, the second
# group of "by 'Adults.' ''" that the cut takes along
_MAY_END_RE = re.compile(rf"{_TERM}|(?<!\S)[{_CLOSERS}]+(?!\S)")


def may_end_sentence(chunks: list[str]) -> bool:
    """True if a sentence boundary may follow one of ``chunks`` (white-space-delimited, quotes
    folded): one holds a stop (. ? ! … ‽) or is closing quotes and brackets alone."""
    return _MAY_END_RE.search(" ".join(chunks)) is not None

