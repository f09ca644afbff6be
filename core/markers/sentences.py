"""Sentence-level markers: rhetorical questions and exclamations, found from punctuation.

- ``rhetorical_question``: a question mark. Not a headline (a title-case line standing alone as its
  paragraph), not "(?)" (a query mark in brackets). In argumentative prose nearly every question the
  writer asks is one they do not expect the reader to answer (Hyland 2005: questions as engagement).
- ``exclamation``: an exclamation mark, not part of a name written with one ("Yahoo!",
  "Jeopardy!"): a mark glued to a capitalised word and followed by more of the same sentence, or
  after a known name.

A question or exclamation inside a quotation is somebody else's: like every other marker there, it
is listed, and :func:`textmetrics.markers.find_markers` gives it ``in_quote=True``, which keeps it
out of the author's figures (docs/markers.md).

The span is the punctuation token itself, so that the marker never overlaps a word marker; the
``sentence`` field says which sentence it closes.
"""

from __future__ import annotations

__all__ = ["sentence_markers", "is_headline", "DETECTORS", "DETECTOR_DESCRIPTIONS"]

# the categories found here, each with the rule id its markers carry
DETECTORS = {"rhetorical_question": "question_mark", "exclamation": "exclamation_mark"}

# what each detector's rule finds, in plain words (GET /v1/rules)
DETECTOR_DESCRIPTIONS = {
    "question_mark": "A question in the author's voice: a question mark that ends a sentence which is not "
                     "a headline and not a query mark in brackets.",
    "exclamation_mark": "An exclaimed sentence: an exclamation mark that is not part of a name written with "
                        "one (Yahoo!, Jeopardy!).",
}
_QUESTION, _EXCLAMATION = DETECTORS["rhetorical_question"], DETECTORS["exclamation"]
_BRANDS = frozenset("yahoo jeopardy wham oklahoma mamma hello".split())
_EDGE = 16  # characters of blank space tolerated around a headline inside its paragraph span
_TITLE_SMALL = frozenset("a an the and or but of in on at to for by with from as is are vs via".split())


def is_headline(doc, sent) -> bool:
    """A sentence that is a whole paragraph and written in title case (most longer words capitalised)."""
    para_start, para_end = doc.paragraphs[sent.paragraph]
    # only blank space may lie between the paragraph's edges and the sentence; a longer gap holds
    # another sentence, and is not sliced (slicing a long paragraph once per question is quadratic)
    if sent.start - para_start > _EDGE or para_end - sent.end > _EDGE:
        return False
    if doc.norm[para_start:sent.start].strip() or doc.norm[sent.end:para_end].strip():
        return False
    words = [t.text for t in sent.tokens if t.kind == "word" and t.lower not in _TITLE_SMALL]
    if len(words) < 2 or len(words) > 20:
        return False
    caps = sum(1 for w in words if w[0].isupper())
    return caps >= 0.8 * len(words) and caps >= 2


def sentence_markers(doc, sent) -> list[tuple]:
    """Questions and exclamations closing or inside ``sent``, as (start token, end token, category,
    subtype, rule). Whether a mark is quoted is decided, as for every marker, by the caller."""
    toks = sent.tokens
    out: list[tuple] = []
    n = len(toks)
    headline = None
    for k, t in enumerate(toks):
        if t.kind != "punct":
            continue
        mark = t.lower[0]
        if mark != "?" and mark != "!":
            continue
        if mark == "?":
            if k > 0 and toks[k - 1].lower == "(" and k + 1 < n and toks[k + 1].lower == ")":
                continue
            if headline is None:
                headline = is_headline(doc, sent)
            if headline:
                continue
            out.append((k, k + 1, "rhetorical_question", "question", _QUESTION))
        else:
            if k > 0:
                prev = toks[k - 1]
                glued = prev.end == t.start and prev.kind == "word"
                if glued and prev.lower in _BRANDS:
                    continue
                if glued and prev.text[0].isupper() and k + 1 < n and toks[k + 1].kind == "word" \
                        and toks[k + 1].text[0].islower():
                    continue  # "Yahoo! announced": a name, the sentence goes on
            out.append((k, k + 1, "exclamation", "exclamation", _EXCLAMATION))
    return out
