"""Sentence segmentation: accuracy and speed of textmetrics.text.sentences against outside splitters,
and what learned abbreviations change.

Usage (from the repository root)::

    python bench/segmentation.py ../shared/data/segmentation/golden_rules_en.jsonl \\
        ../shared/data/sentiment/vader_ground_truth/nyt_editorial_snippets.jsonl \\
        --peers ../shared/data/segmentation/peer_suites_en.jsonl \\
        --abstracts ../shared/data/reference/abstracts.jsonl.gz [--mb 1.0]

Splitters compared in one run:

- ``textmetrics``: normalize -> paragraph_spans -> sentence_spans (what the document model does);
- ``punkt``: nltk's PunktSentenceTokenizer with empty PunktParameters (nothing is downloaded;
  nltk's trained English model is not used);
- ``punkt-trained``: Punkt with the parameters nltk's PunktTrainer learns from the very texts it
  is then scored on (unsupervised, so this is fair: it is what a user can do with any corpus);
- ``punkt-abbrev``: Punkt with textmetrics' abbreviation list as its abbreviation types;
- ``pysbd``: pySBD (Sadvilkar & Neumann 2020), if it is installed (a reference, not a dependency);
- ``textstat``: textstat.sentence_count, which only counts (regex-based, no download).

Evaluations:

1. Peer suites (``--peers``): the test cases of pragmatic_segmenter (the 52 Golden Rules and 114
   others) and of pySBD, each suite on its own; a case passes when the stripped sentences equal
   the expected list: ``exact`` as the text stands, ``folded`` with white space inside a sentence
   collapsed (some expectations were written after the peer's cleaner changed white space).
2. Golden Rules (Dias, pragmatic_segmenter; 52 rules), scored the same way; textstat on the count.
3. NYT editorial sentences (VADER ground truth, Hutto & Gilbert 2014; split by NLTK's Punkt when
   the set was made): each article's sentences joined with one space; a gold sentence is
   recovered when a predicted span has exactly its offsets.
4. Hard-wrap check: the NYT articles wrapped at 72 columns must give the same sentences (white
   space collapsed) as the unwrapped text.
5. Speed in MB/s (UTF-8 bytes; process time, best of 3): the NYT articles as separate documents,
   one paragraph of about ``--mb`` MB built from them, and the linearity check: 1 MB holding
   50,000 "U.S." in one paragraph with no sentence end. pySBD is timed on a smaller sample.
6. Learned abbreviations (``--abstracts``, and the test corpus tests/data/abbreviations): what
   ``textmetrics abbreviations learn`` finds, and every split of the texts that disappears when
   the splitter uses it; every change must fall directly after a learned abbreviation. Shown
   also for Punkt's raw list (every type it learned, before textmetrics' filter).
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
import sys
import textwrap
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

from textmetrics.text.abbreviations import (SegmenterLexicon, learn_abbreviations, punkt_abbreviations,
                                            segmenter_lexicon, unknown_forms)
from textmetrics.text.normalize import normalize
from textmetrics.text.paragraphs import paragraph_spans
from textmetrics.text.sentences import sentence_spans

Spans = list[tuple[int, int]]
Split = Callable[[str], Spans]
REPO = Path(__file__).resolve().parent.parent


# --------------------------------------------------------------------------- splitters


def textmetrics_spans(text: str, lexicon: SegmenterLexicon | None = None) -> Spans:
    norm = normalize(text)
    return [s for a, b in paragraph_spans(norm) for s in sentence_spans(norm, a, b, lexicon)]


def _abbreviation_types() -> set[str]:
    return {form.lower() for form in segmenter_lexicon().abbreviations}


def make_punkt(abbreviations: set[str] | None = None, train_on: list[str] | None = None) -> Split:
    from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer, PunktTrainer

    if train_on is not None:
        trainer = PunktTrainer()
        for text in train_on:
            trainer.train(text, finalize=False)
        trainer.finalize_training()
        params = trainer.get_params()
    else:
        params = PunktParameters()
        params.abbrev_types = abbreviations or set()
    tokenizer = PunktSentenceTokenizer(params)
    return lambda text: list(tokenizer.span_tokenize(text))


def make_pysbd() -> Split | None:
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


def splitters_for(texts: list[str], pysbd_split: Split | None) -> dict[str, Split]:
    """The splitters scored on ``texts`` (Punkt trained on those very texts)."""
    out = {"textmetrics": textmetrics_spans, "punkt": make_punkt(), "punkt-trained": make_punkt(train_on=texts),
           "punkt-abbrev": make_punkt(_abbreviation_types())}
    if pysbd_split is not None:
        out["pysbd"] = pysbd_split
    return out


# --------------------------------------------------------------------------- data


def _jsonl(path: Path) -> list[dict]:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def load_nyt(path: Path) -> list[tuple[str, Spans]]:
    """Articles as (joined text, gold spans), sentences in numeric id order."""
    articles: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for row in _jsonl(path):
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


def test_corpus() -> list[str]:
    """The texts of tests/data/abbreviations (txt, md, jsonl, csv), as `score` would read them."""
    folder = REPO / "tests" / "data" / "abbreviations"
    texts = []
    for path in sorted(folder.iterdir()):
        if path.suffix in (".txt", ".md"):
            texts.append(path.read_text("utf-8"))
        elif path.suffix == ".jsonl":
            texts.extend(row["text"] for row in _jsonl(path))
        elif path.suffix == ".csv":
            with open(path, encoding="utf-8", newline="") as fh:
                texts.extend(row["text"] for row in csv.DictReader(fh))
    return texts


# --------------------------------------------------------------------------- evaluations


def _folded(sentences: list[str]) -> list[str]:
    return [" ".join(s.split()) for s in sentences]


def case_scores(cases: list[tuple[str, str, list[str]]], split: Split) -> tuple[int, int, list[str]]:
    """(exact, folded, names failing folded) over (name, text, expected) cases."""
    exact = folded = 0
    failing = []
    for name, text, expected in cases:
        got = [text[s:e].strip() for s, e in split(text)]
        expected = [x.strip() for x in expected]
        exact += got == expected
        if _folded(got) == _folded(expected):
            folded += 1
        else:
            failing.append(name)
    return exact, folded, failing


def peer_suites(rows: list[dict]) -> dict[str, list[tuple[str, str, list[str]]]]:
    cases = lambda keep: [(f"{r['source']}: {r['name']}", r["text"], r["expected"]) for r in rows if keep(r)]  # noqa: E731
    return {
        "pragmatic_segmenter, Golden Rules": cases(lambda r: r["source"] == "pragmatic_segmenter" and r.get("golden_rule")),
        "pragmatic_segmenter, others": cases(lambda r: r["source"] == "pragmatic_segmenter" and not r.get("golden_rule")),
        "pragmatic_segmenter, all": cases(lambda r: r["source"] == "pragmatic_segmenter"),
        "pySBD": cases(lambda r: r["source"] == "pysbd"),
        "all": cases(lambda r: True),
    }


def print_case_table(title: str, suites: dict[str, list], names: list[str], scores: dict) -> None:
    print(f"\n{title} (exact / white space folded)\n")
    print("| suite | cases | " + " | ".join(names) + " |")
    print("|---|---|" + "---|" * len(names))
    for suite, cases in suites.items():
        cells = [f"{scores[suite, n][0]} / {scores[suite, n][1]}" for n in names]
        print(f"| {suite} | {len(cases)} | " + " | ".join(cells) + " |")


def nyt_scores(articles: list[tuple[str, Spans]], split: Split) -> tuple[int, int]:
    recovered = total = 0
    for text, gold in articles:
        recovered += len(set(gold) & set(split(text)))
        total += len(gold)
    return recovered, total


def wrap_equivalence(articles: list[tuple[str, Spans]], split: Split) -> int:
    same = 0
    for text, _ in articles:
        wrapped = textwrap.fill(text, width=72, break_long_words=False, break_on_hyphens=False)
        same += [" ".join(text[s:e].split()) for s, e in split(text)] == \
                [" ".join(wrapped[s:e].split()) for s, e in split(wrapped)]
    return same


def seconds(fn: Callable[[], object], repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.process_time()
        fn()
        best = min(best, time.process_time() - t0)
    return best


def mb_per_s(texts: list[str], split: Split, repeat: int = 3) -> float:
    size = sum(len(t.encode("utf-8")) for t in texts)
    return size / 1e6 / seconds(lambda: [split(t) for t in texts], repeat)


def boundaries(texts: list[str], lexicon: SegmenterLexicon | None) -> list[set[int]]:
    return [{e for _, e in textmetrics_spans(t, lexicon)} for t in texts]


def learned_effect(label: str, texts: list[str], learned: list[tuple[str, int]]) -> None:
    """Learn, then list every split that disappears; check that each follows a learned form."""
    forms = {form for form, _ in learned}
    print(f"\n{label}: {len(forms)} learned: {', '.join(f'{f} ({c})' for f, c in learned[:20]) or '-'}")
    if not forms:
        return
    lexicon = segmenter_lexicon().with_entries((form, "general") for form in forms)
    gone, other, examples = defaultdict(int), 0, []
    for text, before, after in zip(texts, boundaries(texts, None), boundaries(texts, lexicon)):
        for cut in sorted(before ^ after):
            word = text[:cut].rstrip().rsplit(None, 1)[-1].rstrip("\"')]}").lstrip("\"'([{").removesuffix(".").lower()
            if cut in before and word in forms:
                gone[word] += 1
                if len(examples) < 8:
                    examples.append(" ".join(text[max(0, cut - 40):cut + 30].split()))
            else:
                other += 1
                changed = " ".join(text[max(0, cut - 40):cut + 30].split())
                print(f"    other change ({'new' if cut in after else 'gone'} split): ...{changed}...")
    print(f"  splits gone directly after a learned abbreviation: {sum(gone.values())} "
          f"({', '.join(f'{w} {n}' for w, n in sorted(gone.items(), key=lambda x: -x[1]))}); other changes: {other}")
    for example in examples:
        print(f"    ...{example}...")


# --------------------------------------------------------------------------- main


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("golden", type=Path, help="golden_rules_en.jsonl")
    parser.add_argument("nyt", type=Path, help="nyt_editorial_snippets.jsonl")
    parser.add_argument("--peers", type=Path, help="peer_suites_en.jsonl")
    parser.add_argument("--abstracts", type=Path, help="abstracts.jsonl.gz (learned abbreviations)")
    parser.add_argument("--mb", type=float, default=1.0, help="size of the long-paragraph test (MB)")
    parser.add_argument("--pysbd-kb", type=float, default=100.0, help="sample size for timing pySBD (KB)")
    parser.add_argument("--failures", action="store_true", help="list textmetrics' failing cases")
    args = parser.parse_args(argv)
    pysbd_split = make_pysbd()

    rows = _jsonl(args.peers) if args.peers else []
    suites = peer_suites(rows) if rows else {}
    rules = _jsonl(args.golden)
    suites_gr = {"Golden Rules": [(f"#{r['id']} {r['name']}", r["text"], r["sentences"]) for r in rules]}
    for title, table in (("Peer test suites", suites), ("Golden Rules", suites_gr)):
        if not table:
            continue
        splitters = splitters_for([text for _, text, _ in table[next(reversed(table))]], pysbd_split)
        scores = {}
        for suite, cases in table.items():
            for name, split in splitters.items():
                scores[suite, name] = case_scores(cases, split)
        print_case_table(title, table, list(splitters), scores)
        if args.failures:
            for suite in table:
                print(f"  textmetrics fails ({suite}): {scores[suite, 'textmetrics'][2]}")

    articles = load_nyt(args.nyt)
    docs = [text for text, _ in articles]
    splitters = splitters_for(docs, pysbd_split)
    one = " ".join(docs)
    long_text = (one + " ") * max(1, round(args.mb * 1e6 / len(one.encode("utf-8"))))
    sample, size = [], 0
    for text in docs:
        if size >= args.pysbd_kb * 1000:
            break
        sample.append(text)
        size += len(text.encode("utf-8"))
    print(f"\nNYT: {len(articles)} articles, {sum(len(g) for _, g in articles)} sentences, "
          f"{sum(len(d.encode()) for d in docs) / 1e6:.2f} MB; long paragraph {len(long_text.encode()) / 1e6:.2f} MB\n")
    print("| splitter | NYT sentences | NYT % | wrapped = unwrapped | MB/s documents | MB/s long paragraph |")
    print("|---|---|---|---|---|---|")
    for name, split in splitters.items():
        recovered, total = nyt_scores(articles, split)
        if name == "pysbd":
            speed, long_speed = f"{mb_per_s(sample, split, 1):.3f}*", "-"
        else:
            speed, long_speed = f"{mb_per_s(docs, split):.2f}", f"{mb_per_s([long_text], split, 1):.2f}"
        print(f"| {name} | {recovered} | {100 * recovered / total:.2f} | {wrap_equivalence(articles, split)}/"
              f"{len(articles)} | {speed} | {long_speed} |")
    import textstat

    print(f"| textstat (count only) | - | - | - | {mb_per_s(docs, textstat.sentence_count):.2f} | - |")
    if pysbd_split is not None:
        print(f"\n* pySBD timed on the first {size / 1e3:.0f} KB of the articles only.")

    us = "the U.S. Government " * 50_000  # 1 MB, 50,000 "U.S.", one paragraph, no sentence end
    us_dense = "U.S. " * 200_000  # 1 MB of nothing but "U.S."
    for label, text in (("50,000 'the U.S. Government'", us), ("200,000 'U.S.'", us_dense)):
        t = seconds(lambda: textmetrics_spans(text), 1)
        print(f"\nlinearity: {label}, {len(text.encode()) / 1e6:.1f} MB: {t:.2f} s ({len(text.encode()) / 1e6 / t:.1f} MB/s)")

    print("\nLearned abbreviations (textmetrics abbreviations learn): splits that disappear")
    corpus = test_corpus()
    learned_effect("tests/data/abbreviations", corpus, learn_abbreviations(corpus))
    if args.abstracts:
        abstracts = [row["text"] for row in _jsonl(args.abstracts)]
        types, counts, inside = punkt_abbreviations(abstracts)
        raw = sorted(((f, counts[f]) for f in unknown_forms(types, segmenter_lexicon())), key=lambda x: (-x[1], x[0]))
        kept = [(f, n) for f, n in raw if n >= 2 and inside[f]]  # learn_abbreviations' filter, min_count 2
        learned_effect(f"{args.abstracts.name}, as learned", abstracts, kept)
        learned_effect(f"{args.abstracts.name}, Punkt's raw list", abstracts, raw)
    return 0


if __name__ == "__main__":
    sys.exit(main())
