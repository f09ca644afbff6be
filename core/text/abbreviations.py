"""The segmenter's word lists: abbreviations by class and typical sentence openers.

``core/data/abbreviations.txt`` lists abbreviations that end in a full stop under a class header
(``[title]`` Mr., St.: never end a sentence before a name; ``[number]`` No., p.: never before a
number; ``[continue]`` e.g., i.e.: never end one; ``[general]`` Inc., Jr.: end one before a typical
sentence opener; ``[place]`` Calif.: like general, but also after a comma); ``sentence_openers.txt``
lists words that typically open an English sentence. Both are read once per process.
"""

from __future__ import annotations

from dataclasses import dataclass

from textmetrics.errors import ResourceError
from textmetrics.resources import load_once, read_lines

__all__ = ["SegmenterLexicon", "segmenter_lexicon", "TITLE", "NUMBER", "CONTINUE", "GENERAL", "PLACE"]

TITLE, NUMBER, CONTINUE, GENERAL, PLACE = "title", "number", "continue", "general", "place"


@dataclass(frozen=True, slots=True)
class SegmenterLexicon:
    abbreviations: dict[str, str]  # form without its final stop -> class
    lowercase: dict[str, str]  # lower-case forms, also matched when capitalised
    openers: frozenset[str]


def _load() -> SegmenterLexicon:
    abbreviations: dict[str, str] = {}
    kind = GENERAL
    for line in read_lines("abbreviations.txt"):
        if line.startswith("["):
            kind = line.strip("[]")
            if kind not in (TITLE, NUMBER, CONTINUE, GENERAL, PLACE):
                raise ResourceError(f"abbreviations.txt: unknown class [{kind}]")
            continue
        abbreviations.setdefault(line, kind)
    lowercase = {form: kind for form, kind in abbreviations.items() if form.islower()}
    return SegmenterLexicon(abbreviations, lowercase, frozenset(read_lines("sentence_openers.txt")))


segmenter_lexicon = load_once(_load)  # the abbreviation and opener lists, read once per process
