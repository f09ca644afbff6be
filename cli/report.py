"""``textmetrics report FILE -o report.html``: one self-contained HTML page about one text.

The page holds the summary, every metric with what it means, a per-sentence sentiment strip and the
text itself with its markers highlighted by category, with a legend. It has no external assets (the
style sheet is inline, there is no script) and every piece of the text is escaped, so the page can
be mailed or archived as it is and a document holding markup cannot inject any.

Markers (``markers``) and per-sentence sentiment (``sentences[].sentiment``) come from
``analyze(..., detail="full")``; when an older core does not provide them, their sections say so.
"""

from __future__ import annotations

from datetime import datetime, timezone
from html import escape
from typing import Annotated, Optional

import typer

import textmetrics

from .columns import flatten
from .common import (AbbreviationsOpt, EncodingOpt, LexiconOpt, MetricsOpt, NormsOpt, QuotedOpt, analyze_one, boundary,
                     destination, metric_groups, norms_specs, output_option, read_one)
from .meaning import catalogue_index, describe, format_value, metric_rows, with_percentile

__all__ = ["app", "report", "render_report", "CATEGORY_COLORS", "marker_spans", "sentiment_color"]

app = typer.Typer()

# Category -> (background colour, what it marks); the descriptions are those of the marker
# categories in docs/markers.md.
CATEGORY_COLORS: dict[str, tuple[str, str]] = {
    "hedge": ("#cfe8ff", "withheld commitment, approximation"),
    "booster": ("#ffd6a5", "asserted certainty"),
    "attitude": ("#e4c1f9", "the writer's evaluation"),
    "directive": ("#ffadad", "obligation or a call to act"),
    "intensifier": ("#fdffb6", "amplified degree"),
    "absolute": ("#ffc6ff", "universal claims"),
    "superlative": ("#bdb2ff", "extreme comparison"),
    "first_person_plural": ("#caffbf", "inclusive we"),
    "second_person": ("#9bf6ff", "addressing the reader"),
    "rhetorical_question": ("#a0c4ff", "a question in the author's voice"),
    "exclamation": ("#ffb3c6", "an exclaimed sentence"),
    "authority": ("#d8e2dc", "appeal to authority or evidence"),
}
_OTHER_COLOR = "#e0e0e0"

_CSS = """
body{font:16px/1.55 Georgia,'Times New Roman',serif;color:#222;max-width:52rem;margin:2rem auto;padding:0 1rem}
h1{font-size:1.5rem;margin-bottom:.2rem}h2{font-size:1.15rem;margin-top:2rem;border-bottom:1px solid #ddd}
.meta{color:#666;font-size:.9rem}
table{border-collapse:collapse;font:14px/1.4 system-ui,sans-serif;width:100%}
td,th{padding:.25rem .5rem;border-bottom:1px solid #eee;text-align:left;vertical-align:top}
td.v{text-align:right;white-space:nowrap;font-variant-numeric:tabular-nums}
.summary td.v{font-weight:600}
.text{white-space:pre-wrap;border:1px solid #ddd;padding:1rem;border-radius:4px}
mark{border-radius:3px;padding:0 .1em;color:inherit}
mark.q{outline:1px dashed #555;background-image:none}
.legend span{display:inline-block;margin:.15rem .4rem .15rem 0;padding:0 .4rem;border-radius:3px;font:13px system-ui,sans-serif}
.strip{display:flex;height:2rem;border:1px solid #ccc;border-radius:3px;overflow:hidden}
.strip a{display:block;min-width:2px;border-right:1px solid #fff}
.scale{display:flex;justify-content:space-between;font:12px system-ui,sans-serif;color:#666}
.warn{color:#8a5a00}
.note{color:#666;font-style:italic}
"""


def sentiment_color(score: float | None) -> str:
    """Red (−1) through light grey (0) to green (+1), as ``#rrggbb``."""
    if score is None:
        return _OTHER_COLOR
    score = max(-1.0, min(1.0, float(score)))
    grey, red, green = (0xE8, 0xE8, 0xE8), (0xC0, 0x39, 0x2B), (0x2E, 0x8B, 0x57)
    end = green if score > 0 else red
    t = abs(score)
    return "#" + "".join(f"{round(g + (e - g) * t):02x}" for g, e in zip(grey, end))


def marker_spans(markers: list[dict], length: int) -> list[dict]:
    """Markers with valid offsets, sorted, without overlaps (the earlier, then the longer, wins)."""
    valid = [m for m in markers
             if isinstance(m.get("start"), int) and isinstance(m.get("end"), int) and 0 <= m["start"] < m["end"] <= length]
    valid.sort(key=lambda m: (m["start"], -(m["end"] - m["start"])))
    out, last_end = [], 0
    for m in valid:
        if m["start"] >= last_end:
            out.append(m)
            last_end = m["end"]
    return out


def _marked_text(text: str, markers: list[dict], sentences: list[dict]) -> str:
    """The text, escaped, with ``<mark>`` around markers and an anchor at each sentence start."""
    anchors: dict[int, list[int]] = {}
    for s in sentences:
        if isinstance(s.get("start"), int) and 0 <= s["start"] <= len(text):
            anchors.setdefault(s["start"], []).append(s.get("index", 0))
    spans = marker_spans(markers, len(text))
    cuts = sorted({0, len(text), *anchors, *(m["start"] for m in spans), *(m["end"] for m in spans)})
    opening = {m["start"]: m for m in spans}
    closing = {m["end"] for m in spans}
    parts: list[str] = []
    for i, pos in enumerate(cuts):
        if pos in closing:
            parts.append("</mark>")
        for index in anchors.get(pos, ()):
            parts.append(f'<a id="s{escape(str(index))}"></a>')
        if pos in opening:
            parts.append(_mark_tag(opening[pos]))
        if i + 1 < len(cuts):
            parts.append(escape(text[pos:cuts[i + 1]]))
    return "".join(parts)


def _mark_tag(m: dict) -> str:
    category = str(m.get("category", ""))
    color = CATEGORY_COLORS.get(category, (_OTHER_COLOR, ""))[0]
    title = category + (f" ({m['subtype']})" if m.get("subtype") else "")
    if m.get("in_quote"):
        title += ", inside a quotation"
    if m.get("rule"):
        title += f"; rule {m['rule']}"
    cls = ' class="q"' if m.get("in_quote") else ""
    return f'<mark{cls} style="background:{color}" title="{escape(title)}">'


def _legend(markers: list[dict]) -> str:
    counts: dict[str, int] = {}
    for m in markers:
        counts[str(m.get("category", ""))] = counts.get(str(m.get("category", "")), 0) + 1
    items = []
    for category in [*CATEGORY_COLORS, *sorted(set(counts) - set(CATEGORY_COLORS))]:
        color, what = CATEGORY_COLORS.get(category, (_OTHER_COLOR, ""))
        label = category.replace("_", " ") + (f": {what}" if what else "") + f" ({counts.get(category, 0)})"
        items.append(f'<span style="background:{color}">{escape(label)}</span>')
    items.append('<span style="outline:1px dashed #555">dashed: inside a quotation</span>')
    return '<p class="legend">' + "".join(items) + "</p>"


def _strip(text: str, sentences: list[dict]) -> str:
    scored = [s for s in sentences if isinstance(s.get("sentiment"), dict)]
    if not scored:
        return '<p class="note">Per-sentence sentiment is not available for this text.</p>'
    cells = []
    for s in scored:
        score = s["sentiment"].get("score")
        start, end = s.get("start", 0), s.get("end", 0)
        snippet = " ".join(text[start:end].split())
        snippet = snippet[:120] + ("…" if len(snippet) > 120 else "")
        label = f"Sentence {s.get('index', 0) + 1}: {format_value(score)} — {snippet}"
        cells.append(f'<a href="#s{escape(str(s.get("index", 0)))}" style="flex:{max(1, end - start)};'
                     f'background:{sentiment_color(score)}" title="{escape(label)}"></a>')
    return ('<div class="strip">' + "".join(cells) + '</div><div class="scale"><span>negative</span>'
            '<span>neutral</span><span>positive</span></div>')


_SUMMARY = (
    ("counts.words", "Words"),
    ("counts.sentences", "Sentences"),
    ("readability.flesch_reading_ease", "Flesch Reading Ease"),
    ("readability.consensus_grade", "Grade level (consensus)"),
    ("readability.reading_time_seconds", "Reading time"),
    ("sentiment.score", "Sentiment score"),
    ("sentiment.label", "Sentiment"),
    ("hedging.per_1000_words", "Hedges per 1,000 words"),
    ("persuasion.booster.per_1000_words", "Boosters per 1,000 words"),
    ("persuasion.certainty_balance", "Certainty balance"),
    ("persuasion.persuasion_intensity", "Persuasion intensity"),
)


def _summary(doc: dict, markers: list[dict]) -> str:
    index, flat = catalogue_index(), flatten(doc)
    rows = []
    for key, name in _SUMMARY:
        value = flat.get(key)
        if value is None and doc.get(key.split(".")[0]) is None:
            continue  # a group that was not asked for
        entry = index.get(key)
        meaning = with_percentile(describe(key, value, entry.higher_means if entry else ""), key,
                                  doc.get("percentiles"))
        rows.append(f"<tr><td>{escape(name)}</td><td class=v>{escape(format_value(value))}</td>"
                    f"<td>{escape(meaning)}</td></tr>")
    rows.append(f"<tr><td>Markers</td><td class=v>{len(markers)}</td><td>"
                f"{sum(1 for m in markers if m.get('in_quote'))} inside quotations</td></tr>")
    return '<table class="summary">' + "".join(rows) + "</table>"


def _all_metrics(doc: dict) -> str:
    sections = []
    for group, values in doc.items():
        if not isinstance(values, dict) or group == "percentiles":
            continue
        rows = "".join(
            f"<tr><td>{escape(name)}</td><td class=v>{escape(format_value(value))}</td><td>{escape(meaning)}</td></tr>"
            for _, name, value, meaning in metric_rows(group, values, percentiles=doc.get("percentiles")))
        sections.append(f"<h3>{escape(group.capitalize())}</h3><table>{rows}</table>")
    return "<details><summary>All metrics</summary>" + "".join(sections) + "</details>"


def render_report(text: str, doc: dict, source: str, version: str = "") -> str:
    """The HTML page for ``text`` and its full-detail document object ``doc``."""
    markers = doc.get("markers") if isinstance(doc.get("markers"), list) else []
    sentences = doc.get("sentences") if isinstance(doc.get("sentences"), list) else []
    stamp = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    warnings = "".join(f'<li class="warn">{escape(str(w))}</li>' for w in doc.get("warnings", []))
    no_markers = "" if "markers" in doc else '<p class="note">Markers are not available for this text.</p>'
    return "".join([
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">",
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>textmetrics report: {escape(source)}</title><style>{_CSS}</style></head><body>",
        f"<h1>textmetrics report</h1><p class=\"meta\">{escape(source)} · {escape(stamp)}"
        f"{' · textmetrics ' + escape(version) if version else ''}</p>",
        "<h2>Summary</h2>", _summary(doc, markers),
        f"<ul>{warnings}</ul>" if warnings else "",
        "<h2>Sentiment, sentence by sentence</h2>", _strip(text, sentences),
        "<h2>Text and markers</h2>", no_markers, _legend(markers),
        f'<div class="text">{_marked_text(text, markers, sentences)}</div>',
        "<h2>Metrics</h2>", _all_metrics(doc),
        "</body></html>\n",
    ])


REPORT_EPILOG = """\b
Examples:
  textmetrics report examples/oped.txt -o report.html
  textmetrics report draft.md --lexicon house-style.tsv -o draft.html
  textmetrics report examples/oped.txt --norms editorials -o report.html
"""


@app.command(epilog=REPORT_EPILOG)
def report(
    path: Annotated[str, typer.Argument(metavar="FILE", help="The text to report on (or '-' for stdin).")],
    output: Annotated[Optional[str], output_option(
        "Where to write the HTML page (atomically); stdout by default.")] = None,
    metrics: MetricsOpt = None,
    lexicon: LexiconOpt = None,
    abbreviations: AbbreviationsOpt = None,
    include_quoted: QuotedOpt = False,
    encoding: EncodingOpt = "utf-8",
    norms: NormsOpt = None,
) -> None:
    """Write a self-contained HTML report on one text.

    The page holds the summary, a per-sentence sentiment strip and the text with its markers
    highlighted by category; it has no external assets and every piece of the text is escaped.
    """
    with boundary():
        references = norms_specs(norms)
        record = read_one(path, encoding)
        doc = analyze_one(record, metric_groups(metrics), "full", lexicon, include_quoted, abbreviations, references)
        page = render_report(record.text, doc, record.source, textmetrics.__version__)
        with destination(output, "html") as stream:
            stream.write(page)
