"""The document model every metric group reads: built once per text, in one pass.

text → :func:`~textmetrics.normalize.normalize` (same length, so offsets are shared) → paragraphs →
sentences → tokens → per-token features (syllables, letters). No metric group re-splits or
re-tokenises; they all walk :attr:`Document.sentences` and :attr:`Document.tokens`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .normalize import normalize
from .segment import paragraph_spans, sentence_spans
from .tokens import NUMBER, WORD, Token, tokenize

__all__ = ["Document", "Sentence", "build_document"]


@dataclass(slots=True)
class Sentence:
    """A sentence: its span in the text, its paragraph and its tokens (a slice of the document's)."""

    index: int
    start: int
    end: int
    paragraph: int
    tokens: list[Token] = field(default_factory=list)

    @property
    def words(self) -> list[Token]:
        return [t for t in self.tokens if t.kind is WORD or t.kind is NUMBER]


@dataclass(slots=True)
class Document:
    """Original text, normalised text (same length), paragraph spans, sentences and all tokens."""

    text: str
    norm: str
    paragraphs: list[tuple[int, int]]
    sentences: list[Sentence]
    tokens: list[Token]

    @property
    def words(self) -> list[Token]:
        """Word and number tokens: what readability formulas call words."""
        return [t for t in self.tokens if t.kind is WORD or t.kind is NUMBER]


def build_document(text: str) -> Document:
    """Build the document model of ``text`` (any string, possibly empty)."""
    norm = normalize(text)
    paragraphs = paragraph_spans(norm)
    sentences: list[Sentence] = []
    tokens: list[Token] = []
    original = None if text == norm else text  # most texts need no folding: skip the re-slicing
    for p_index, (p_start, p_end) in enumerate(paragraphs):
        for s_start, s_end in sentence_spans(norm, p_start, p_end):
            index = len(sentences)
            sent_tokens = tokenize(norm, s_start, s_end, index, original)
            sentences.append(Sentence(index, s_start, s_end, p_index, sent_tokens))
            tokens.extend(sent_tokens)
    return Document(text, norm, paragraphs, sentences, tokens)
