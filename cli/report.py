"""``textmetrics report FILE -o report.html``: one self-contained HTML document about one text.

The report is the web page's renderer (``api/static/render.js`` and ``page.css``, the files ``GET /``
serves) inlined into one file, with the full-detail result, the rule descriptions and the metric
catalogue embedded as JSON in a ``<script type="application/json">`` block. It needs no network and
no server: open it from ``file://``. A Content-Security-Policy ``<meta>`` allows exactly its own
inline script and style (by SHA-256 hash) and nothing else, and the text reaches the page only
through the renderer's DOM calls (``textContent``), so a text holding markup cannot inject any.
"""

from __future__ import annotations

import base64
import hashlib
import json
from datetime import datetime, timezone
from html import escape
from typing import Annotated, Any, Optional

import typer

import textmetrics
from textmetrics.catalogue import catalogue, rules

from .common import (AbbreviationsOpt, EncodingOpt, LexiconOpt, MetricsOpt, NormsOpt, QuotedOpt, SentimentQuotedOpt,
                     analyze_one, boundary, destination, metric_groups, norms_specs, output_option, read_one)

__all__ = ["app", "report", "render_report", "embed_json", "report_csp"]

app = typer.Typer()


def _asset(name: str) -> str:
    from textmetrics.api.app import page_asset  # the page's own files, shared with GET /

    return page_asset(name).decode("utf-8")


def embed_json(value: Any) -> str:
    """JSON safe inside a ``<script type="application/json">`` block: no ``<``, ``>``, ``&`` or line
    separators appear literally, so the block cannot be closed or turned into markup."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    for char, escaped in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"),
                          ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(char, escaped)
    return text


def _sha256(source: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(source.encode("utf-8")).digest()).decode("ascii") + "'"


def report_csp(scripts: list[str], styles: list[str]) -> str:
    """The report's policy: nothing but its own inline script and style, by hash."""
    return ("default-src 'none'; script-src " + " ".join(_sha256(s) for s in scripts)
            + "; style-src " + " ".join(_sha256(s) for s in styles)
            + "; img-src blob:; base-uri 'none'; form-action 'none'")


def render_report(text: str, doc: dict, source: str, version: str = "") -> str:
    """The HTML document for ``text`` and its full-detail document object ``doc``."""
    stamp = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    data = {
        "source": source, "version": version, "generated": stamp, "text": text, "doc": doc,
        "rules": {r["id"]: r["description"] for r in rules()},
        "catalogue": {m["id"]: m for m in (entry.to_dict() for entry in catalogue())},
    }
    css = _asset("page.css")
    scripts = [_asset("render.js"), _asset("report.js")]
    meta = f"{source} · {stamp}" + (f" · textmetrics {version}" if version else "")
    return "".join([
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n",
        f'<meta http-equiv="Content-Security-Policy" content="{escape(report_csp(scripts, [css]))}">\n',
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n',
        f"<title>textmetrics report: {escape(source)}</title>\n<style>{css}</style>\n</head>\n<body>\n<main>\n",
        f'<h1>textmetrics report</h1>\n<p class="meta">{escape(meta)}</p>\n',
        '<noscript><p class="tm-error">This report draws the text and its highlights with JavaScript; '
        "enable it to see them.</p></noscript>\n",
        '<div id="result"></div>\n</main>\n',
        f'<script type="application/json" id="tm-data">{embed_json(data)}</script>\n',
        *(f"<script>{s}</script>\n" for s in scripts),
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
    sentiment_quoted: SentimentQuotedOpt = True,
    encoding: EncodingOpt = "utf-8",
    norms: NormsOpt = None,
) -> None:
    """Write a self-contained HTML report on one text.

    The page holds the summary, a per-sentence strip, the text with its layers (stance markers,
    style, hard sentences, sentiment words) and a legend; it needs no network and no server.
    """
    with boundary():
        references = norms_specs(norms)
        record = read_one(path, encoding)
        doc = analyze_one(record, metric_groups(metrics), "full", lexicon, include_quoted, abbreviations, references,
                          sentiment_quoted)
        page = render_report(record.text, doc, record.source, textmetrics.__version__)
        with destination(output, "html") as stream:
            stream.write(page)
