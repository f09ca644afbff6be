"""Sentiment evidence reproduces every sentence score, on every text of the VADER ground truth.

    python bench/sentiment_evidence.py ../shared/data/sentiment/vader_ground_truth

For each text: each sentence's object is rebuilt from that sentence's evidence alone (the
valences of the counted words of ``SentimentResult.evidence()``, the sentence's VADER word count
and its "!" and "?"), with :func:`textmetrics.sentiment.summarise`, as the catalogue defines the
score, and compared with the scorer's own sentence objects, float for float; once with the words
inside quotations counted (the default) and once with them left out (``include_quoted=False``,
analyze's ``sentiment_include_quoted``). Prints one line per file and setting, with the number of
words left out.
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
        hits = [e["valence"] for e in evidence if e["sentence"] == k and e["counted"]]
        n = len(chunks_of(text[s.start:s.end], emojis))
        out.append(sentiment.summarise(hits, n, text.count("!", s.start, s.end), text.count("?", s.start, s.end)))
    return out


def main(folder: Path) -> int:
    failures = 0
    for path in sorted(folder.glob("*.jsonl")):
        texts = [json.loads(line)["text"] for line in path.open(encoding="utf-8")]
        for include_quoted in (True, False):
            same = sentences = left_out = 0
            for text in texts:
                result = sentiment.score_document(build_document(text), include_quoted)
                expected = result.sentences if len(result.doc_sentences) > 1 else [result.document] * len(result.doc_sentences)
                got = rebuilt(text, result)
                sentences += len(expected)
                same += sum(a == b for a, b in zip(got, expected))
                left_out += len(result.left_out)
            failures += sentences - same
            quoted = "quoted counted" if include_quoted else "quoted left out"
            print(f"{path.name:34s} {quoted:16s} {len(texts):6,} texts {sentences:7,} sentences  "
                  f"reproduced exactly: {same:7,}  words left out: {left_out:5,}")
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main(Path(sys.argv[1])))
