"""Sentiment evidence reproduces every sentence score, on every text of the VADER ground truth.

    python bench/sentiment_evidence.py ../shared/data/sentiment/vader_ground_truth

For each text: each sentence's object is rebuilt from that sentence's evidence alone (the
valences of ``SentimentResult.evidence()``, the sentence's VADER word count and its "!" and "?"),
with :func:`textmetrics.sentiment.summarise`, as the catalogue defines the score, and compared with
the scorer's own sentence objects, float for float. Prints one line per file.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import textmetrics.sentiment as sentiment
from textmetrics.sentiment.chunks import chunks_of
from textmetrics.sentiment.vader import vader_resources
from textmetrics.text.document import build_document


def rebuilt(text: str, result: sentiment.SentimentResult) -> list[dict]:
    emojis = vader_resources().emojis
    evidence = result.evidence()
    out = []
    for k, s in enumerate(result.doc_sentences):
        hits = [e["valence"] for e in evidence if e["sentence"] == k]
        n = len(chunks_of(text[s.start:s.end], emojis))
        out.append(sentiment.summarise(hits, n, text.count("!", s.start, s.end), text.count("?", s.start, s.end)))
    return out


def main(folder: Path) -> int:
    failures = 0
    for path in sorted(folder.glob("*.jsonl")):
        texts = [json.loads(line)["text"] for line in path.open(encoding="utf-8")]
        same = sentences = 0
        for text in texts:
            result = sentiment.score_document(build_document(text))
            expected = result.sentences if len(result.doc_sentences) > 1 else [result.document] * len(result.doc_sentences)
            got = rebuilt(text, result)
            sentences += len(expected)
            same += sum(a == b for a, b in zip(got, expected))
        failures += sentences - same
        print(f"{path.name:34s} {len(texts):6,} texts {sentences:7,} sentences  reproduced exactly: {same:7,}")
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main(Path(sys.argv[1])))
