"""Sentence segmentation: accuracy and speed of textmetrics.text.sentences against outside splitters.

Usage (from the repository root)::

    python bench/segmentation.py ../shared/data/segmentation/golden_rules_en.jsonl \\
        ../shared/data/sentiment/vader_ground_truth/nyt_editorial_snippets.jsonl [--mb 1.0]

Splitters compared in one run:

- ``textmetrics``: normalize -> paragraph_spans -> sentence_spans (what the document model does);
- ``punkt-empty``: nltk's PunktSentenceTokenizer with default, empty PunktParameters (nothing is
  downloaded; nltk's trained English model is not used);
- ``punkt-abbrev``: the same with textmetrics' abbreviation list (core/data/abbreviations.txt) as
  Punkt's abbreviation types;
- ``pysbd``: pySBD (Sadvilkar & Neumann 2020), if it is installed (a reference, not a dependency);
- ``textstat``: textstat.sentence_count, which only counts (regex-based, no download).

Evaluations:

1. Golden Rules (Dias, pragmatic_segmenter; 52 rules): a rule passes when the stripped sentences
   equal the expected list. ``exact`` compares the text as it stands; ``ws`` also collapses white
   space inside a sentence, since rules 40 and 41 expect a newline inside a sentence to be
   replaced by a space, which a splitter that returns spans of the original cannot do. textstat is
   scored on the count only.
2. NYT editorial sentences (VADER ground truth, Hutto & Gilbert 2014; split by NLTK's Punkt when
   the set was made): each article's sentences are joined in order with one space; a gold sentence
   is recovered when a predicted span has exactly its offsets. Also given: articles whose sentence
   count is exact (the only measure textstat allows).
3. Hard-wrap check: the NYT articles wrapped at 72 columns (single newlines) must give the same
   sentences (white space collapsed) as the unwrapped text.
4. Speed in MB/s of text (UTF-8 bytes): the NYT articles as separate documents, and one
   paragraph of about ``--mb`` MB built from them (to show there is no quadratic path). pySBD is
   timed on a smaller sample (it is slow) and said so. Only ratios within this run mean anything:
   the machine is shared.
"""

from __future__ import annotations

import argparse
import json
import sys
import textwrap
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

from textmetrics.text.normalize import normalize
from textmetrics.text.paragraphs import paragraph_spans
from textmetrics.text.sentences import sentence_spans

Spans = list[tuple[int, int]]


# --------------------------------------------------------------------------- splitters


def textmetrics_spans(text: str) -> Spans:
    norm = normalize(text)
    return [s for a, b in paragraph_spans(norm) for s in sentence_spans(norm, a, b)]


def _abbreviation_types() -> set[str]:
    from importlib import resources

    raw = resources.files("textmetrics.data").joinpath("abbreviations.txt").read_text("utf-8")
    return {
        line.strip().lower()
        for line in raw.splitlines()
        if line.strip() and not line.startswith(("#", "["))
    }


def make_punkt(with_abbreviations: bool) -> Callable[[str], Spans]:
    from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

    params = PunktParameters()
    if with_abbreviations:
        params.abbrev_types = _abbreviation_types()
    tokenizer = PunktSentenceTokenizer(params)
    return lambda text: list(tokenizer.span_tokenize(text))


def make_pysbd() -> Callable[[str], Spans] | None:
    try:
        import pysbd
    except ImportError:
        return None
    segmenter = pysbd.Segmenter(language="en", clean=False, char_span=True)

    def spans(text: str) -> Spans:
        out = []
        for span in segmenter.segment(text):
            s, e = span.start, span.end
            while s < e and text[s].isspace():
                s += 1
            while e > s and text[e - 1].isspace():
                e -= 1
            if e > s:
                out.append((s, e))
        return out

    return spans


def textstat_count(text: str) -> int:
    import textstat

    return textstat.sentence_count(text)


# --------------------------------------------------------------------------- data


def load_golden(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


def load_nyt(path: Path) -> list[tuple[str, Spans]]:
    """Articles as (joined text, gold spans), sentences in numeric id order."""
    articles: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for line in path.read_text("utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            article, sentence = row["id"].split("_")
            articles[article].append((int(sentence), row["text"]))
    out = []
    for key in sorted(articles, key=int):
        parts, gold, pos = [], [], 0
        for _, sentence in sorted(articles[key]):
            sentence = sentence.strip()
            gold.append((pos, pos + len(sentence)))
            parts.append(sentence)
            pos += len(sentence) + 1
        out.append((" ".join(parts), gold))
    return out


# --------------------------------------------------------------------------- evaluations


def golden_scores(rules: list[dict], split: Callable[[str], Spans]) -> tuple[int, int, list[int], list[int]]:
    exact = ws = 0
    fail_exact, fail_ws = [], []
    for rule in rules:
        text = rule["text"]
        got = [text[s:e].strip() for s, e in split(text)]
        if got == rule["sentences"]:
            exact += 1
        else:
            fail_exact.append(rule["id"])
        if [" ".join(g.split()) for g in got] == rule["sentences"]:
            ws += 1
        else:
            fail_ws.append(rule["id"])
    return exact, ws, fail_exact, fail_ws


def nyt_scores(articles: list[tuple[str, Spans]], split: Callable[[str], Spans]) -> tuple[int, int, int]:
    recovered = total = count_ok = 0
    for text, gold in articles:
        predicted = split(text)
        recovered += len(set(gold) & set(predicted))
        total += len(gold)
        count_ok += len(predicted) == len(gold)
    return recovered, total, count_ok


def wrap_equivalence(articles: list[tuple[str, Spans]], split: Callable[[str], Spans]) -> tuple[int, int]:
    same = 0
    for text, _ in articles:
        wrapped = textwrap.fill(text, width=72, break_long_words=False, break_on_hyphens=False)
        a = [" ".join(text[s:e].split()) for s, e in split(text)]
        b = [" ".join(wrapped[s:e].split()) for s, e in split(wrapped)]
        same += a == b
    return same, len(articles)


def seconds(fn: Callable[[], object], repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best


# --------------------------------------------------------------------------- main


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("golden", type=Path, help="golden_rules_en.jsonl")
    parser.add_argument("nyt", type=Path, help="nyt_editorial_snippets.jsonl")
    parser.add_argument("--mb", type=float, default=1.0, help="size of the long-paragraph test (MB)")
    parser.add_argument("--pysbd-kb", type=float, default=100.0, help="sample size for timing pySBD (KB)")
    args = parser.parse_args(argv)

    rules = load_golden(args.golden)
    articles = load_nyt(args.nyt)
    splitters: dict[str, Callable[[str], Spans]] = {
        "textmetrics": textmetrics_spans,
        "punkt-empty": make_punkt(False),
        "punkt-abbrev": make_punkt(True),
    }
    pysbd_split = make_pysbd()
    if pysbd_split is not None:
        splitters["pysbd"] = pysbd_split

    docs = [text for text, _ in articles]
    doc_bytes = sum(len(t.encode("utf-8")) for t in docs)
    one = " ".join(docs)
    long_text = (one + " ") * max(1, round(args.mb * 1e6 / len(one.encode("utf-8"))))
    long_bytes = len(long_text.encode("utf-8"))
    sample: list[str] = []
    size = 0
    for text in docs:
        if size >= args.pysbd_kb * 1000:
            break
        sample.append(text)
        size += len(text.encode("utf-8"))

    print(f"Golden Rules: {len(rules)} rules; NYT: {len(articles)} articles, "
          f"{sum(len(g) for _, g in articles)} sentences, {doc_bytes / 1e6:.2f} MB; "
          f"long paragraph: {long_bytes / 1e6:.2f} MB\n")
    header = (f"{'splitter':<13} {'GR exact':>9} {'GR ws':>6} {'NYT sent.':>10} {'NYT %':>6} "
              f"{'count ok':>9} {'wrap ok':>8} {'MB/s docs':>10} {'MB/s long':>10}")
    print(header)
    print("-" * len(header))
    failures: dict[str, tuple[list[int], list[int]]] = {}
    for name, split in splitters.items():
        exact, ws, fail_exact, fail_ws = golden_scores(rules, split)
        failures[name] = (fail_exact, fail_ws)
        recovered, total, count_ok = nyt_scores(articles, split)
        same, n = wrap_equivalence(articles, split)
        if name == "pysbd":
            t = seconds(lambda: [split(d) for d in sample], repeat=1)
            docs_speed = f"{size / 1e6 / t:.3f}*"
            long_speed = "-"
        else:
            docs_speed = f"{doc_bytes / 1e6 / seconds(lambda: [split(d) for d in docs]):.2f}"
            long_speed = f"{long_bytes / 1e6 / seconds(lambda: split(long_text), repeat=1):.2f}"
        print(f"{name:<13} {exact:>6}/{len(rules)} {ws:>6} {recovered:>10} {100 * recovered / total:>6.2f} "
              f"{count_ok:>5}/{len(articles)} {same:>4}/{n} {docs_speed:>10} {long_speed:>10}")

    count_right = sum(textstat_count(r["text"]) == len(r["sentences"]) for r in rules)
    count_ok = sum(textstat_count(t) == len(g) for t, g in articles)
    t = seconds(lambda: [textstat_count(d) for d in docs])
    t_long = seconds(lambda: textstat_count(long_text), repeat=1)
    print(f"{'textstat':<13} {'count ' + str(count_right):>9} {'-':>6} {'-':>10} {'-':>6} "
          f"{count_ok:>5}/{len(articles)} {'-':>8} {doc_bytes / 1e6 / t:>10.2f} {long_bytes / 1e6 / t_long:>10.2f}")
    if pysbd_split is not None:
        print(f"\n* pySBD timed on the first {size / 1e3:.0f} KB of the articles only.")
    print("textstat counts only: its Golden Rules figure is the number of rules with the right count.")

    print("\nFailing Golden Rules (exact / white space collapsed):")
    for name, (fail_exact, fail_ws) in failures.items():
        print(f"  {name:<13} {fail_exact} / {fail_ws}")
    print("\ntextmetrics' failures (exact comparison):")
    for rule in rules:
        if rule["id"] in failures["textmetrics"][0]:
            got = [rule["text"][s:e] for s, e in textmetrics_spans(rule["text"])]
            print(f"  #{rule['id']} {rule['name']}\n    expected {rule['sentences']}\n    got      {got}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
