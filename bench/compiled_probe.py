"""Would compiling the pure-Python modules reach 3× vaderSentiment for a whole analyze() call?

Usage (from the repository root; needs Cython and a C compiler, which the project itself does
not)::

    pip install cython
    python bench/compiled_probe.py ../shared/data/sentiment/vader_ground_truth [--rounds 5]

It copies the installed package's source (``core/``) to a temporary folder, compiles the modules
on the sentiment call's path with Cython as they are (no type declarations: ``annotation_typing``
off, so that Cython keeps Python's semantics for every annotated name, e.g. a ``float`` that is
an int, or the ``WordState`` and ``WordValence`` objects the rules compare by identity), and times ``analyze(text, metrics=["sentiment"])`` per text on the four
ground-truth sets, pure then compiled for each set in one run, against vaderSentiment's
``polarity_scores``. Each side runs in its own process (the same package cannot be imported
twice); CPU time, best of ``--rounds``.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MODULES = ["sentiment/rules.py", "sentiment/words.py", "sentiment/chunks.py", "sentiment/__init__.py",
           "text/sentences.py", "text/paragraphs.py", "text/normalize.py", "text/document.py", "analysis.py",
           "report.py"]
SETS = ["tweets", "nyt_editorial_snippets", "movie_review_snippets", "amazon_review_snippets"]

_TIMER = """
import json, sys, time
from textmetrics import analyze
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer
texts = json.load(sys.stdin)
vader = SentimentIntensityAnalyzer()
analyze("Warm up.", metrics=["sentiment"])
def best(fn):
    times = []
    for _ in range(int(sys.argv[1])):
        t = time.process_time()
        for text in texts:
            fn(text)
        times.append(time.process_time() - t)
    return min(times)
v = best(lambda t: vader.polarity_scores(t)["compound"])
a = best(lambda t: analyze(t, metrics=["sentiment"])["sentiment"]["score"])
import textmetrics.sentiment.rules as rules
print(json.dumps({"vader": v, "analyze": a, "compiled": not rules.__file__.endswith(".py")}))
"""


def build(target: Path) -> None:
    """Copy the package source to ``target/textmetrics`` and compile MODULES in place."""
    from Cython.Build import cythonize
    from setuptools import setup

    package = target / "textmetrics"
    shutil.copytree(ROOT / "core", package, ignore=shutil.ignore_patterns("__pycache__"))
    directives = {"language_level": 3, "annotation_typing": False, "infer_types": False, "binding": False}
    # from inside the copy: setuptools reads the pyproject.toml of the working directory, and the
    # project's own maps textmetrics to core/, where --inplace would then write
    here = os.getcwd()
    os.chdir(target)
    try:
        with contextlib.redirect_stdout(sys.stderr):  # the build log; stdout keeps the table
            modules = [f"textmetrics/{m}" for m in MODULES]
            setup(ext_modules=cythonize(modules, compiler_directives=directives, quiet=True),
                  script_args=["build_ext", "--inplace", "--build-temp", "build"])
    finally:
        os.chdir(here)


def run(texts: list[str], rounds: int, path: str | None) -> dict:
    env = None if path is None else {**os.environ, "PYTHONPATH": path}
    out = subprocess.run([sys.executable, "-c", _TIMER, str(rounds)], input=json.dumps(texts), env=env,
                         capture_output=True, text=True, check=True, cwd=path or ROOT)
    return json.loads(out.stdout)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folder", type=Path, help="../shared/data/sentiment/vader_ground_truth")
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    try:
        import Cython  # noqa: F401
    except ImportError:
        sys.exit("compiled_probe: needs Cython (pip install cython) and a C compiler")
    with tempfile.TemporaryDirectory() as tmp:
        print("compiling", len(MODULES), "modules with Cython ...", file=sys.stderr)
        build(Path(tmp))
        print(f"\nx = vaderSentiment's time / analyze()'s time on the same texts, in the same process (best of"
              f" {args.rounds}); gain = compiled x / pure x\n")
        head = f"{'set':<24}{'texts':>6} | {'pure x':>7}{'compiled x':>11}{'gain':>7}"
        print(head)
        print("-" * len(head))
        for name in SETS:
            rows = (args.folder / f"{name}.jsonl").read_text("utf-8").splitlines()
            texts = [json.loads(line)["text"] for line in rows if line]
            pure, compiled = run(texts, args.rounds, None), run(texts, args.rounds, tmp)
            assert not pure["compiled"] and compiled["compiled"], "the compiled copy was not the one imported"
            x_pure, x_comp = pure["vader"] / pure["analyze"], compiled["vader"] / compiled["analyze"]
            print(f"{name:<24}{len(texts):>6} | {x_pure:>7.2f}{x_comp:>11.2f}{x_comp / x_pure:>7.2f}")


if __name__ == "__main__":
    main()
