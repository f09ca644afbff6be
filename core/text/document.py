"""The document model every metric group reads: built once per text, in one pass.

text → :func:`~textmetrics.text.normalize.normalize` (same length, so offsets are shared) → paragraphs →
sentences → white-space chunks → tokens → per-token features (syllables, letters). No metric group
re-splits or re-tokenises; they all walk :attr:`Document.sentences` and either the tokens or, when
words alone are needed, the chunk records (:mod:`textmetrics.text.chunks`, one cache of every fact
about a chunk). Paragraphs, sentences, records, tokens and quotations are made on first use, once:
a group that does not need tokens (sentiment, counts) never builds them.
"""

from __future__ import annotations

from itertools import chain
from operator import attrgetter

from textmetrics.text.abbreviations import SegmenterLexicon
from textmetrics.text.chunks import Chunk, records_of
from textmetrics.text.normalize import normalize
from textmetrics.text.paragraphs import paragraph_spans
from textmetrics.text.quotes import QuoteIndex, quote_spans
from textmetrics.text.sentences import sentence_spans
from textmetrics.text.tokens import Token, tokenize

__all__ = ["Document", "Sentence", "build_document"]

_FORMS = attrgetter("forms")


class Sentence:
    """A sentence: its span in the text, its paragraph and its tokens.

    Tokens are made on first use: a run that asks only for sentiment (which reads sentence spans)
    never pays for them, and every group that does reads the same list. Groups that need only the
    words (counts, lexical diversity) read :attr:`chunks` through per-chunk memos (see
    :mod:`textmetrics.text.chunks`), or :attr:`forms`.
    """

    __slots__ = ("index", "start", "end", "paragraph", "_norm", "_original", "_tokens", "_chunks", "_records")

    def __init__(self, index: int, start: int, end: int, paragraph: int, norm: str,
                 original: str | None = None) -> None:
        self.index, self.start, self.end, self.paragraph = index, start, end, paragraph
        self._norm, self._original = norm, original
        self._tokens: list[Token] | None = None
        self._chunks: list[str] | None = None
        self._records: list[Chunk] | None = None

    @property
    def tokens(self) -> list[Token]:
        if self._tokens is None:
            self._tokens = tokenize(self._norm, self.start, self.end, self.index, self._original)
        return self._tokens

    @property
    def chunks(self) -> list[str]:
        """The sentence's white-space-separated chunks of the normalised text, in order."""
        if self._chunks is None:
            self._chunks = self._norm[self.start:self.end].split()
        return self._chunks

    @property
    def records(self) -> list[Chunk]:
        """The records of the sentence's chunks (:mod:`textmetrics.text.chunks`), in order."""
        if self._records is None:
            self._records = records_of(self.chunks)
        return self._records

    @property
    def forms(self) -> list[str]:
        """The texts of the word and number tokens (normalised, case kept), in order, without
        building tokens."""
        return list(chain.from_iterable(map(_FORMS, self.records)))

    def __repr__(self) -> str:
        return f"Sentence(index={self.index}, start={self.start}, end={self.end}, paragraph={self.paragraph})"


class Document:
    """Original text, normalised text (same length), paragraph spans, sentences and all tokens.

    Paragraphs and sentences not given are segmented on first use."""

    __slots__ = ("text", "norm", "_paragraphs", "_sentences", "_tokens", "_records", "_lexicon", "_quotes")

    def __init__(self, text: str, norm: str, paragraphs: list[tuple[int, int]] | None = None,
                 sentences: list[Sentence] | None = None, lexicon: SegmenterLexicon | None = None) -> None:
        self.text, self.norm, self._lexicon = text, norm, lexicon  # lexicon: the splitter's, if not the default
        self._paragraphs, self._sentences = paragraphs, sentences
        self._tokens: list[Token] | None = None
        self._records: list[Chunk] | None = None
        self._quotes: QuoteIndex | None = None

    @property
    def paragraphs(self) -> list[tuple[int, int]]:
        if self._paragraphs is None:
            self._paragraphs = paragraph_spans(self.norm)
        return self._paragraphs

    @property
    def sentences(self) -> list[Sentence]:
        if self._sentences is None:
            self._sentences = _segment(self.text, self.norm, self.paragraphs, self._lexicon)
        return self._sentences

    @property
    def is_empty(self) -> bool:
        """No sentence: the text is empty, white space or separator lines ("-----")."""
        norm = self.norm
        if self._sentences is not None or "\n" in norm or "\u2029" in norm:
            return not self.sentences
        return not norm or norm.isspace()  # one line of anything else is at least one sentence

    @property
    def quotes(self) -> QuoteIndex:
        """Where the quotations are (:mod:`textmetrics.text.quotes`): ``offset in doc.quotes``."""
        if self._quotes is None:
            self._quotes = QuoteIndex(quote_spans(self.norm, self.paragraphs, self.text))
        return self._quotes

    @property
    def records(self) -> list[Chunk]:
        """The records of all the sentences' chunks, in text order (each sentence's
        :attr:`Sentence.chunks` in turn), looked up once."""
        if self._records is None:
            self._records = records_of(list(chain.from_iterable(s.chunks for s in self.sentences)))
        return self._records

    @property
    def tokens(self) -> list[Token]:
        """All tokens in text order (the sentences' lists, joined once)."""
        if self._tokens is None:
            self._tokens = [token for sentence in self.sentences for token in sentence.tokens]
        return self._tokens

    @property
    def word_count(self) -> int:
        """The number of word and number tokens (without building tokens)."""
        return sum(map(len, map(_FORMS, self.records)))


def build_document(text: str, lexicon: SegmenterLexicon | None = None) -> Document:
    """Build the document model of ``text`` (any string, possibly empty); ``lexicon``: the sentence
    splitter's abbreviations, if not the default (see :mod:`textmetrics.text.abbreviations`)."""
    return Document(text, normalize(text), lexicon=lexicon)


def _segment(text: str, norm: str, paragraphs: list[tuple[int, int]],
             lexicon: SegmenterLexicon | None = None) -> list[Sentence]:
    original = None if text == norm else text  # most texts need no folding: skip the re-slicing
    sentences: list[Sentence] = []
    for p_index, (p_start, p_end) in enumerate(paragraphs):
        for s_start, s_end in sentence_spans(norm, p_start, p_end, lexicon):
            sentences.append(Sentence(len(sentences), s_start, s_end, p_index, norm, original))
    return sentences
