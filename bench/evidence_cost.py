"""What the `style` group and the sentence-by-sentence evidence add to ``analyze(detail="full")``.

    python bench/evidence_cost.py [TEXT_FILE] [--runs N] [--docs D]

Issue 14's budget: the style group and the evidence add at most 25 % to ``analyze(detail="full")``
on op-ed-length text, and stay linear (1 MB in at most 12x the time of 100 KB).

"With" is ``analyze(text, detail="full")`` as shipped. "Without" is the same call with the
evidence of issue 14 switched off inside the one process (no second implementation): the `style`
group left out of the groups, no style spans, no per-sentence words/syllables/grade/difficulty,
no ``sentiment_words``. Everything else (counts, readability, lexical, markers, sentiment, the
per-sentence sentiment, the document model) runs in both. Each run scores D different texts (the
text with a distinct first sentence, so no per-text cache helps either side) in CPU time; the two
sides alternate and each keeps its best run. The parts are timed the same way on built documents.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import textmetrics.analysis as analysis
from textmetrics import analyze
from textmetrics.text.document import build_document

ROOT = Path(__file__).resolve().parent.parent


class _NoReadability:
    """Stands in for a sentence's readability: adds no field to ``sentences[]``."""

    @staticmethod
    def to_dict() -> dict:
        return {}


def _without_evidence():
    """Switch the evidence off; returns a function that switches it back on."""
    saved = (analysis.GROUPS, analysis.Analysis.style_spans, analysis.Analysis.sentence_readability,
             analysis._sentiment_words)
    analysis.GROUPS = tuple(g for g in analysis.GROUPS if g != "style")
    analysis.Analysis.style_spans = property(lambda self: [])
    analysis.Analysis.sentence_readability = property(lambda self: [_NoReadability] * len(self.doc.sentences))
    analysis._sentiment_words = lambda a: []

    def restore() -> None:
        (analysis.GROUPS, analysis.Analysis.style_spans, analysis.Analysis.sentence_readability,
         analysis._sentiment_words) = saved
    return restore


def _cpu(func, texts) -> float:
    start = time.process_time()
    for text in texts:
        func(text)
    return time.process_time() - start


def _full(text: str) -> None:
    analyze(text, detail="full")


def compare(texts: list[str], runs: int) -> tuple[float, float]:
    """Best CPU seconds per text, with and without the evidence, alternating runs."""
    best_with = best_without = float("inf")
    for _ in range(runs):
        best_with = min(best_with, _cpu(_full, texts))
        restore = _without_evidence()
        try:
            best_without = min(best_without, _cpu(_full, texts))
        finally:
            restore()
    return best_with / len(texts), best_without / len(texts)


def parts(texts: list[str], runs: int) -> dict[str, float]:
    """CPU ms per text of each part of the evidence, on documents built (and tokenised) beforehand."""
    from textmetrics import style
    from textmetrics.metrics import sentence_readability

    docs = [build_document(t) for t in texts]
    for d in docs:
        d.tokens
        d.records
    out = {}
    for name, func in (("style spans", style.find_style_spans),
                       ("sentence readability", sentence_readability.sentence_readability)):
        out[name] = min(_cpu(func, docs) for _ in range(runs)) / len(docs) * 1e3
    results = []
    for d in docs:
        a = analysis.Analysis(d, {"sentiment_include_quoted": True})
        a.sentiment
        results.append(a)
    out["sentiment words"] = min(_cpu(analysis._sentiment_words, results) for _ in range(runs)) / len(results) * 1e3
    return out


def scaling(text: str) -> tuple[float, float]:
    """CPU seconds of analyze(detail="full") on about 100 KB and 1 MB of the text repeated."""
    reps = max(1, 100_000 // len(text))
    small = "\n\n".join([text] * reps)
    large = "\n\n".join([text] * reps * 10)
    return _cpu(_full, [small]), _cpu(_full, [large])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("text", nargs="?", default=str(ROOT / "examples" / "oped.txt"))
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--docs", type=int, default=100)
    parser.add_argument("--no-scaling", action="store_true")
    args = parser.parse_args(argv)
    base = Path(args.text).read_text(encoding="utf-8")
    texts = [f"This is text number {i} of the run. {base}" for i in range(args.docs)]
    for t in texts[:5]:
        _full(t)  # resources loaded, word memos warm (as in a running service)
    with_, without = compare(texts, args.runs)
    added = (with_ - without) / without * 100
    print(f"{Path(args.text).name}: {len(base.split())} words; best of {args.runs} runs over {args.docs} texts, CPU time")
    print(f"  analyze(detail='full')                 {with_ * 1e3:.3f} ms")
    print(f"  the same without the style group and evidence {without * 1e3:.3f} ms")
    print(f"  added by the style group and evidence: {added:.1f} % (budget 25 %)")
    for name, ms in parts(texts, args.runs).items():
        print(f"    {name:<22} {ms:.3f} ms")
    if not args.no_scaling:
        small, large = scaling(base)
        print(f"  scaling: ~100 KB {small:.3f} s, ~1 MB {large:.3f} s: {large / small:.1f}x (limit 12x)")
    return 0 if added <= 25 else 1


if __name__ == "__main__":
    sys.exit(main())
