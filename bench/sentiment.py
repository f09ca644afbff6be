"""Sentiment: textmetrics against vaderSentiment 3.3.2 on the VADER ground truth, in one run.

Usage (from the repository root)::

    python bench/sentiment.py ../shared/data/sentiment/vader_ground_truth [--rounds 3] [--baseline DIR]

Data: the four sets of Hutto & Gilbert (2014) (tweets, NYT editorial sentences, movie review
snippets, Amazon review sentences; gold = mean human rating, -4..+4), plus whole NYT editorials:
each article's sentences joined with a space in id order, gold = the mean of its sentences'
ratings.

Tables:

1. Accuracy: Pearson r of the score with the gold mean, and 3-class F1 (support-weighted over
   positive/neutral/negative; both score and gold cut at ±0.05, as in the paper), for
   ``textmetrics.analyze(text, metrics=["sentiment"])["sentiment"]["score"]`` and for
   vaderSentiment's ``polarity_scores(text)["compound"]``.
2. Speed, in ground-truth sentences per second (a whole editorial counts its sentences):
   vaderSentiment's polarity_scores; textmetrics' sentiment stage on a segmented document
   (``textmetrics.sentiment.score_document``: what the sentiment group adds); and the whole
   ``analyze(text, metrics=["sentiment"])`` call, which also builds the document model
   (normalise, segment) shared by every group. Best of ``--rounds`` alternating rounds, in CPU
   time (process time), so that other processes on the shared machine do not count; even so,
   only ratios within this run mean anything.
2b. With ``--baseline DIR`` (an older checkout's ``core/``, e.g. the code before a restructuring):
   the older code against this one in one run, µs per text, for ``analyze(text,
   metrics=["sentiment"])`` and for the full ``analyze(text)``, each beside vaderSentiment's
   polarity_scores in the same process. A package can be imported once per process, so each
   side runs in a child process that imports ``textmetrics`` from its folder (a symlink named
   textmetrics on sys.path, as bench/snapshot.py --package does); the children alternate,
   ``--rounds`` times each, and each side's best is kept.
3. Deliberate differences from vaderSentiment 3.3.2: r on each set with one difference undone
   at a time (see docs/sentiment.md).
4. Scaling: one text of about 1,000 words and the same text ten times over; time ratio.
5. Saturation and labels on whole editorials: share with |score| >= 0.95; per label, the number
   of articles and the mean (signed and absolute) of their gold ratings.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from contextlib import contextmanager
from pathlib import Path

from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

import textmetrics.sentiment as sentiment
import textmetrics.sentiment.chunks as chunks
import textmetrics.sentiment.rules as rules
from textmetrics import analyze
from textmetrics.sentiment.words import WordValence
from textmetrics.text.document import Document, Sentence, build_document

SETS = [
    ("tweets", "tweets.jsonl"),
    ("nyt", "nyt_editorial_snippets.jsonl"),
    ("movies", "movie_review_snippets.jsonl"),
    ("amazon", "amazon_review_snippets.jsonl"),
]
CUT = 0.05


def load(folder: Path) -> dict[str, tuple[list[str], list[float], int]]:
    """name -> (texts, gold, number of ground-truth sentences)."""
    out: dict[str, tuple[list[str], list[float], int]] = {}
    for name, file in SETS:
        rows = [json.loads(line) for line in (folder / file).read_text("utf-8").splitlines() if line]
        out[name] = ([r["text"] for r in rows], [float(r["score"]) for r in rows], len(rows))
        if name == "nyt":
            articles: dict[str, list[tuple[int, str, float]]] = defaultdict(list)
            for r in rows:
                article, number = r["id"].split("_")
                articles[article].append((int(number), r["text"], float(r["score"])))
            texts, gold = [], []
            for parts in articles.values():
                parts.sort()
                texts.append(" ".join(t for _, t, _ in parts))
                gold.append(sum(g for _, _, g in parts) / len(parts))
            out["nyt-whole"] = (texts, gold, len(rows))
    return out


def pearson(x: list[float], y: list[float]) -> float:
    n = len(x)
    mx, my = sum(x) / n, sum(y) / n
    sxy = sum((a - mx) * (b - my) for a, b in zip(x, y))
    sx = math.sqrt(sum((a - mx) ** 2 for a in x))
    sy = math.sqrt(sum((b - my) ** 2 for b in y))
    return sxy / (sx * sy)


def _cls(v: float) -> int:
    return 1 if v >= CUT else -1 if v <= -CUT else 0


def weighted_f1(pred: list[float], gold: list[float]) -> float:
    """3-class F1 averaged over the classes weighted by their gold support (as the paper)."""
    p, g = [_cls(v) for v in pred], [_cls(v) for v in gold]
    total = 0.0
    for c in (-1, 0, 1):
        tp = sum(1 for a, b in zip(p, g) if a == c and b == c)
        n_pred, n_gold = p.count(c), g.count(c)
        prec = tp / n_pred if n_pred else 0.0
        rec = tp / n_gold if n_gold else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        total += f1 * n_gold
    return total / len(g)


def timed(fn, items) -> tuple[float, list]:
    """CPU seconds (process time: other processes on the shared machine do not count) and results.
    Every method is timed keeping one number per text: results kept alive whole (a report, a
    document) would make the garbage collector walk them and time that instead."""
    t = time.process_time()
    out = [fn(x) for x in items]
    return time.process_time() - t, out


def run_set(texts, rounds: int, vader: SentimentIntensityAnalyzer):
    """Alternating rounds of the three methods; best time of each, and their scores."""
    docs = [build_document(t) for t in texts]
    for doc in docs:  # segmented now (the document model is built lazily): the stage times scoring alone
        doc.sentences
    best = {"vader": math.inf, "stage": math.inf, "analyze": math.inf}
    scores: dict[str, list[float]] = {}
    for _ in range(rounds):
        dt, out = timed(lambda t: vader.polarity_scores(t)["compound"], texts)
        best["vader"], scores["vader"] = min(best["vader"], dt), out
        dt, _ = timed(lambda d: sentiment.score_document(d).document["score"], docs)
        best["stage"] = min(best["stage"], dt)
        dt, out = timed(lambda t: analyze(t, metrics=["sentiment"]).to_dict()["sentiment"]["score"], texts)
        best["analyze"], scores["ours"] = min(best["analyze"], dt), out
    return best, scores, docs


# --------------------------------------------------------------------------- old against new

_CHILD = r"""
import json, sys, time
texts = json.load(sys.stdin)
metrics = None if sys.argv[1] == "full" else ["sentiment"]
from textmetrics import analyze
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer
vader = SentimentIntensityAnalyzer()
for text in texts:  # resources loaded and per-chunk caches filled, as in a long-running process
    analyze(text, metrics=metrics)
best_v = best_a = float("inf")
for _ in range(int(sys.argv[2])):
    t = time.process_time()
    scores = [vader.polarity_scores(text)["compound"] for text in texts]
    best_v = min(best_v, time.process_time() - t)
    t = time.process_time()
    scores = [analyze(text, metrics=metrics)["sentiment"]["score"] for text in texts]
    best_a = min(best_a, time.process_time() - t)
import textmetrics
print(json.dumps({"vader": best_v / len(texts), "analyze": best_a / len(texts), "from": textmetrics.__file__}))
"""


def _child(texts: list[str], mode: str, rounds: int, shim: str | None) -> dict:
    """One side's best times (CPU seconds per text) in a process of its own: this checkout's
    ``textmetrics``, or the one a shim folder (``textmetrics`` -> an older ``core/``) puts first."""
    env = dict(os.environ)
    if shim is not None:
        env["PYTHONPATH"] = shim + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    out = subprocess.run([sys.executable, "-c", _CHILD, mode, str(rounds)], input=json.dumps(texts), env=env,
                         capture_output=True, text=True, check=True, cwd=tempfile.gettempdir())
    return json.loads(out.stdout)


def old_against_new(data, baseline: Path, rounds: int) -> list[tuple[str, str, dict, dict]]:
    """(set, mode, old, new) for the sentiment-only and the full analyze() call: each side's best
    over ``rounds`` alternating child processes of one round each."""
    shim = tempfile.mkdtemp()
    os.symlink(baseline.resolve(), os.path.join(shim, "textmetrics"))
    rows = []
    for name in ("tweets", "nyt", "movies", "amazon"):
        texts = data[name][0]
        for mode in ("sentiment", "full"):
            best = {"old": {}, "new": {}}
            for _ in range(rounds):
                for side, path in (("old", shim), ("new", None)):
                    got = _child(texts, mode, 1, path)
                    if side == "old":
                        assert got["from"].startswith(shim), "the older package was not the one imported"
                    for key in ("vader", "analyze"):
                        best[side][key] = min(best[side].get(key, math.inf), got[key])
            rows.append((name, mode, best["old"], best["new"]))
    return rows


# --------------------------------------------------------------------------- ablations


def _reweighted(words, facts, lo, hi, valences):
    """``words`` with the sentence ``lo:hi`` given ``valences`` (a copy if ``words`` are the facts)."""
    if words is facts:
        words = facts.copy()
    for i, v in zip(range(lo, hi), valences):
        w = words[i]
        if v != w.valence:
            words[i] = WordValence(w.word, w.state, w.rating, v, [*w.steps, ("but", "", v)])
    return words


def _vader_but(b, words, facts, lo, hi):
    """vaderSentiment 3.3.2's _but_check (first "but", positions found with list.index)."""
    lowers = [w.word for w in words[lo:hi]]
    return _reweighted(words, facts, lo, hi, SentimentIntensityAnalyzer._but_check(lowers, [w.valence for w in words[lo:hi]]))


def _first_but(b, words, facts, lo, hi):
    first = [w.word for w in words[lo:hi]].index("but")
    return _reweighted(words, facts, lo, hi, [w.valence * (0.5 if i < first else 1.5 if i > first else 1.0)
                                              for i, w in enumerate(words[lo:hi])])


def _one_sentence(doc: Document) -> Document:
    if not doc.sentences:
        return doc
    first, last = doc.sentences[0], doc.sentences[-1]
    original = None if doc.text == doc.norm else doc.text
    whole = Sentence(0, first.start, last.end, 0, doc.norm, original)
    return Document(doc.text, doc.norm, doc.paragraphs, [whole])


@contextmanager
def patched(obj, name, value):
    old = getattr(obj, name)
    setattr(obj, name, value)
    try:
        yield
    finally:
        setattr(obj, name, old)


def ablations(data, docs_by_set) -> list[tuple[str, dict[str, float]]]:
    def r_of(transform=lambda d: d):
        return {name: pearson([sentiment.score_document(transform(d)).document["score"] for d in docs_by_set[name]],
                              data[name][1]) for name in docs_by_set}

    rows = [("textmetrics (all differences)", r_of())]
    with patched(sentiment, "UNIT_WORDS", math.inf):
        rows.append(("1 undone: no length unit (u = 1 always)", r_of()))
    with patched(rules, "apply_but", _vader_but):
        rows.append(("2+3 undone: 3.3.2's 'but' code, per sentence", r_of()))
    with patched(rules, "apply_but", _first_but):
        rows.append(("3 undone: first 'but' of the sentence", r_of()))
    rows.append(("4 undone: whole text as one sentence", r_of(_one_sentence)))
    with patched(chunks, "QUOTES", {}):
        rows.append(("5 undone: typographic quotes not folded", r_of()))
    with patched(sentiment, "UNIT_WORDS", math.inf), patched(rules, "apply_but", _vader_but), \
            patched(chunks, "QUOTES", {}):
        rows.append(("all undone (should equal vaderSentiment)", r_of(_one_sentence)))
    return rows


def unit_sensitivity(data, docs_by_set) -> list[tuple[str, dict[str, float]]]:
    rows, ours = [], sentiment.UNIT_WORDS
    for unit in (10, 12, 15, 20, 25, 30):
        with patched(sentiment, "UNIT_WORDS", unit):
            rows.append((f"unit of {unit} words" + (" (textmetrics)" if unit == ours else ""), {
                name: pearson([sentiment.score_document(d).document["score"] for d in docs], data[name][1])
                for name, docs in docs_by_set.items()}))

    def mean_of_sentences(doc: Document) -> float:
        scores = [s["score"] for s in sentiment.score_document(doc).sentences]
        return sum(scores) / len(scores) if scores else 0.0

    rows.append(("mean of the sentence scores (unit 15)", {
        name: pearson([mean_of_sentences(d) for d in docs], data[name][1]) for name, docs in docs_by_set.items()}))
    return rows


# --------------------------------------------------------------------------- scaling


def scaling(texts: list[str], vader: SentimentIntensityAnalyzer, rounds: int):
    base, words = [], 0
    for t in texts:
        base.append(t)
        words += len(t.split())
        if words >= 1000:
            break
    small = " ".join(base)
    large = " ".join([small] * 10)
    out = {}
    d_small, d_large = build_document(small), build_document(large)
    cases = {
        "sentiment stage": (lambda: sentiment.score_document(d_small), lambda: sentiment.score_document(d_large)),
        "analyze(sentiment)": (lambda: analyze(small, metrics=["sentiment"]),
                               lambda: analyze(large, metrics=["sentiment"])),
        "vaderSentiment": (lambda: vader.polarity_scores(small), lambda: vader.polarity_scores(large)),
    }
    for name, (f_small, f_large) in cases.items():
        out[name] = _per_call(f_small, f_large, rounds)
    return len(small.split()), len(large.split()), out


def _per_call(f_small, f_large, rounds: int) -> tuple[float, float]:
    """CPU seconds per call of each: the best of ``rounds`` (at least 5) timings of enough calls to
    take about 0.1 s, small and large alternating, so that a slow spell of the shared machine
    (or one collector pause) does not fall on one side only."""
    calls = []
    for fn in (f_small, f_large):
        t = time.process_time()
        fn()
        calls.append(max(1, round(0.1 / max(time.process_time() - t, 1e-6))))
    best = [math.inf, math.inf]
    for _ in range(max(rounds, 5)):
        for k, fn in enumerate((f_small, f_large)):
            t = time.process_time()
            for _ in range(calls[k]):
                fn()
            best[k] = min(best[k], (time.process_time() - t) / calls[k])
    return best[0], best[1]


# --------------------------------------------------------------------------- main


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folder", type=Path, help="../shared/data/sentiment/vader_ground_truth")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--baseline", type=Path, help="an older checkout's core/ folder, timed against this one")
    args = parser.parse_args()
    data = load(args.folder)
    vader = SentimentIntensityAnalyzer()
    analyze("Warm up: load the lexicon once.", metrics=["sentiment"])

    print("1. Accuracy (Pearson r with the human mean; 3-class weighted F1 at ±0.05) and")
    print("2. speed (ground-truth sentences per second; best of", args.rounds, "alternating rounds)\n")
    head = f"{'set':<10}{'n':>6} | {'r vader':>8}{'r ours':>8}{'F1 vader':>9}{'F1 ours':>8} | " \
           f"{'vader/s':>9}{'stage/s':>9}{'x':>6}{'analyze/s':>10}{'x':>6}"
    print(head)
    print("-" * len(head))
    docs_by_set, results = {}, {}
    for name, (texts, gold, n_sent) in data.items():
        best, scores, docs = run_set(texts, args.rounds, vader)
        docs_by_set[name] = docs
        results[name] = scores
        v, s, a = (n_sent / best[k] for k in ("vader", "stage", "analyze"))
        print(f"{name:<10}{len(texts):>6} | {pearson(scores['vader'], gold):>8.3f}{pearson(scores['ours'], gold):>8.3f}"
              f"{weighted_f1(scores['vader'], gold):>9.3f}{weighted_f1(scores['ours'], gold):>8.3f} | "
              f"{v:>9.0f}{s:>9.0f}{s / v:>6.2f}{a:>10.0f}{a / v:>6.2f}")
    print("\nstage = textmetrics.sentiment.score_document on a segmented document; "
          "analyze = the whole call, document model included.")
    print("nyt-whole: vaderSentiment scores each whole editorial (its quadratic path); we score the same text.\n")

    if args.baseline:
        print(f"2b. {args.baseline} against this checkout, in one run (µs per text, CPU time; best of {args.rounds}")
        print("    alternating child processes; x = vaderSentiment's time / analyze()'s, in the same process)\n")
        head2 = f"{'set':<8}{'analyze()':<11} | {'old µs':>8}{'x':>6} | {'new µs':>8}{'x':>6} | {'new/old':>8}"
        print(head2)
        print("-" * len(head2))
        for name, mode, old, new in old_against_new(data, args.baseline, args.rounds):
            label = "sentiment" if mode == "sentiment" else "all groups"
            print(f"{name:<8}{label:<11} | {old['analyze'] * 1e6:>8.1f}{old['vader'] / old['analyze']:>6.2f} | "
                  f"{new['analyze'] * 1e6:>8.1f}{new['vader'] / new['analyze']:>6.2f} | "
                  f"{new['analyze'] / old['analyze']:>8.2f}")
        print()

    print("3. Deliberate differences: r with one difference undone (textmetrics.sentiment.score_document)\n")
    names = list(data)
    head = f"{'variant':<44}" + "".join(f"{n:>10}" for n in names)
    print(head)
    print("-" * len(head))
    for label, rs in ablations(data, docs_by_set):
        print(f"{label:<44}" + "".join(f"{rs[n]:>10.4f}" for n in names))
    print(f"{'vaderSentiment 3.3.2 polarity_scores':<44}" + "".join(
        f"{pearson(results[n]['vader'], data[n][1]):>10.4f}" for n in names))

    print("\n3b. The length unit: r for other unit sizes, and for the mean of the sentence scores\n")
    print(head)
    print("-" * len(head))
    for label, rs in unit_sensitivity(data, docs_by_set):
        print(f"{label:<44}" + "".join(f"{rs[n]:>10.4f}" for n in names))

    print("\n4. Scaling: one text and the same text ten times over (CPU time per call; best of >= 5 timings")
    print("   of about 0.1 s of calls each, small and large alternating)\n")
    w_small, w_large, times = scaling(data["nyt-whole"][0], vader, args.rounds)
    print(f"{'method':<22}{f'{w_small} words':>14}{f'{w_large} words':>16}{'ratio':>8}")
    for name, (ts, tl) in times.items():
        print(f"{name:<22}{ts * 1000:>11.2f} ms{tl * 1000:>13.2f} ms{tl / ts:>8.1f}")

    print("\n5. Whole NYT editorials: saturation and labels\n")
    ours, theirs = results["nyt-whole"]["ours"], results["nyt-whole"]["vader"]
    n = len(ours)
    print(f"|score| >= 0.95: vaderSentiment {sum(abs(v) >= 0.95 for v in theirs) / n:.1%}, "
          f"textmetrics {sum(abs(v) >= 0.95 for v in ours) / n:.1%}")
    gold = data["nyt-whole"][1]
    by_label: dict[str, list[float]] = defaultdict(list)
    for d, g in zip(docs_by_set["nyt-whole"], gold):
        by_label[sentiment.score_document(d).document["label"]].append(g)
    print(f"{'label':<10}{'articles':>9}{'gold mean':>11}{'gold |mean|':>13}")
    for label, golds in sorted(by_label.items(), key=lambda kv: -len(kv[1])):
        print(f"{label:<10}{len(golds):>9}{sum(golds) / len(golds):>11.3f}"
              f"{sum(abs(g) for g in golds) / len(golds):>13.3f}")

if __name__ == "__main__":
    main()
