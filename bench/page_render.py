"""Rendering time of the web page's renderer (api/static/render.js) in headless Chromium.

Starts `textmetrics serve` on a random loopback port, scores a text through the page, then times
TM.render on the result already in the page (performance.now(), after the response arrived):
the example op-ed (target <= 200 ms) and a ~100 KB text made of the op-ed repeated (target <= 2 s).
Median of several runs. Needs /usr/bin/chromium and /usr/bin/chromedriver.

    python bench/page_render.py [--runs 5]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from browser_support import chrome, live_server  # noqa: E402

OPED = (ROOT / "examples" / "oped.txt").read_text(encoding="utf-8")


def time_render(driver, base: str, text: str, runs: int) -> dict:
    driver.get(base)
    driver.execute_script("document.getElementById('text').value = arguments[0]; window.TM_LAST = null", text)
    driver.find_element("id", "go").click()
    deadline = time.monotonic() + 300
    while not driver.execute_script("return !!(window.TM_LAST && window.TM_LAST.renderMs)"):
        if time.monotonic() > deadline:
            raise SystemExit("the page did not render in 300 s: " + driver.find_element("id", "error").text)
        time.sleep(0.2)
    first = driver.execute_script("return window.TM_LAST.renderMs")
    times = driver.execute_script("""
        const out = [], root = document.getElementById('result'), last = window.TM_LAST;
        for (let i = 0; i < arguments[0]; i++) {
          const t0 = performance.now();
          window.TM.render(root, last.text, last.doc, {});
          root.getBoundingClientRect();  // force layout
          out.push(performance.now() - t0);
        }
        return out;""", runs)
    doc = driver.execute_script("return window.TM_LAST.doc")
    spans = sum(len(doc.get(k) or []) for k in ("sentences", "markers", "style_spans", "sentiment_words"))
    return {"chars": len(text), "bytes": len(text.encode()), "spans": spans, "first_ms": round(first, 1),
            "median_ms": round(statistics.median(times), 1), "max_ms": round(max(times), 1)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    big = (OPED + "\n\n") * (100_000 // len(OPED.encode()) + 1)
    with live_server() as base, chrome() as driver:
        results = {"oped": time_render(driver, base, OPED, args.runs),
                   "100kb": time_render(driver, base, big, args.runs)}
    results["oped"]["target_ms"], results["100kb"]["target_ms"] = 200, 2000
    print(json.dumps(results, indent=2))
    ok = results["oped"]["median_ms"] <= 200 and results["100kb"]["median_ms"] <= 2000
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
