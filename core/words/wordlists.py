"""Familiar-word list for Dale-Chall and Spache, and the inflection rules that go with it.

The list is the ~3,000-word Dale-Chall list of words known to most fourth-graders, as shipped in
textstat's package data (``textstat/resources/en/easy_words.txt``, MIT); it is read from the
installed package, not copied into this project.

Chall & Dale (1995), *Readability Revisited: The New Dale-Chall Readability Formula*, count as
familiar not only the listed words but their regular inflections: plurals and possessives of nouns,
-ed/-ing/-s forms of verbs, and -er/-est forms of adjectives, as well as proper names and numbers.
:func:`is_familiar` implements the inflection rules by trying the plausible base forms.
"""

from __future__ import annotations

from textmetrics.resources import load_once, read_text

__all__ = ["familiar_words", "is_familiar"]


@load_once
def familiar_words() -> frozenset[str]:
    """The Dale-Chall familiar words (lower case), loaded once per process."""
    raw = read_text("resources/en/easy_words.txt", package="textstat")
    return frozenset(w.strip().lower() for w in raw.split() if w.strip())


def _base_forms(word: str):
    """Candidate base forms of an inflected ``word`` (regular English inflection)."""
    if word.endswith("'s") or word.endswith("s'"):
        yield word[:-2]
    for suffix in ("ing", "ed", "es", "er", "est", "s", "d"):
        if word.endswith(suffix) and len(word) > len(suffix) + 1:
            stem = word[: -len(suffix)]
            yield stem
            if suffix in ("ing", "ed", "er", "est"):
                yield stem + "e"  # hoping -> hope, later -> late
                if len(stem) > 2 and stem[-1] == stem[-2]:
                    yield stem[:-1]  # stopped -> stop, bigger -> big
            if stem.endswith("i") and suffix in ("es", "ed", "er", "est"):
                yield stem[:-1] + "y"  # cities -> city, happier -> happy


def is_familiar(word: str) -> bool:
    """True if the lower-case ``word`` is on the Dale-Chall list or a regular inflection of one."""
    words = familiar_words()
    if word in words:
        return True
    return any(base in words for base in _base_forms(word))
