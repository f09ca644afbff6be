"""Quoted speech and the human ratings: the sentiment score with the words inside quotations
counted (the default) and left out (``sentiment_include_quoted=False``), against the mean human
rating of the VADER ground truth.

    python bench/sentiment_quoted.py ../shared/data/sentiment/vader_ground_truth

The sets and the whole NYT editorials are those of bench/sentiment.py (its ``load``). Per set: how
many texts have a sentiment word inside a quotation (the texts whose score the option changes),
Pearson r of the score with the human rating, counted and left out, on the whole set and on those
texts alone. The raters rated each text as they read it, quotations and all: this measures the
default, not how well the other setting finds an author's own stance, which no set here rates.
"""

from __future__ import annotations

import sys
from pathlib import Path

import textmetrics.sentiment as sentiment
from textmetrics.text.document import build_document

from sentiment import load, pearson  # bench/sentiment.py


def main(folder: Path) -> None:
    print(f"{'set':10s} {'texts':>6s} {'quoting':>7s} | {'r counted':>9s} {'left out':>8s} | "
          f"{'quoting: r counted':>18s} {'left out':>8s}")
    for name, (texts, gold, _) in load(folder).items():
        docs = [build_document(t) for t in texts]
        counted = [sentiment.score_document(d).document["score"] for d in docs]
        left_out = [sentiment.score_document(d, include_quoted=False).document["score"] for d in docs]
        quoting = [i for i, (a, b) in enumerate(zip(counted, left_out)) if a != b]
        sub = [gold[i] for i in quoting]
        print(f"{name:10s} {len(texts):6,} {len(quoting):7,} | {pearson(counted, gold):9.4f} {pearson(left_out, gold):8.4f} | "
              f"{pearson([counted[i] for i in quoting], sub):18.3f} {pearson([left_out[i] for i in quoting], sub):8.3f}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
