"""``textmetrics compare A B``: two drafts side by side, with what changed and in which direction.

Every numeric metric of the two document objects gets a row: A, B, the change B − A and, from the
catalogue's "higher means", what the change means for a reader ("easier to read", "more hedged").
"""

from __future__ import annotations

from typing import Annotated, Any

import typer
from rich.table import Table

from .common import (EncodingOpt, LexiconOpt, MetricsOpt, QuotedOpt, SentimentQuotedOpt, ShortFormat, UsageProblem,
                     analyze_one, boundary, format_option, metric_groups, read_one, show)
from .meaning import catalogue_index, format_value, metric_rows
from .outputs import TABLE_WIDTH

__all__ = ["app", "compare", "comparison", "compare_table", "change_words", "opposite"]

app = typer.Typer()

# The catalogue says what a higher value means; these are the same words for a lower value.
_OPPOSITES = {
    "easier to read": "harder to read",
    "harder to read": "easier to read",
    "longer to read": "quicker to read",
    "more varied vocabulary": "less varied vocabulary",
    "a larger vocabulary": "a smaller vocabulary",
    "more positive": "more negative",
    "more assertive, less qualified claims": "less assertive, more qualified claims",
}


NEGLIGIBLE = 0.005  # a change that shows as 0.00 at two decimals says nothing to a reader


def change_words(delta: float, higher_means: str) -> str:
    """What a change means: ``(+2.1, "harder to read")`` -> ``"harder to read"``; the reverse for a fall."""
    if abs(delta) < NEGLIGIBLE or not higher_means:
        return ""
    if delta > 0:
        return higher_means
    return opposite(higher_means)


def opposite(phrase: str) -> str:
    """The catalogue's "higher means" phrase turned round: "more hedging" -> "less hedging"."""
    if phrase in _OPPOSITES:
        return _OPPOSITES[phrase]
    for more, less in (("more ", "less "), ("a more ", "a less ")):
        if phrase.startswith(more):
            return less + phrase[len(more):]
    return f"opposite of: {phrase}"


def _numeric(value) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def comparison(a: dict, b: dict) -> list[dict[str, Any]]:
    """One entry per metric present in both: ``{metric, name, a, b, change, meaning}``.

    ``change`` is B − A rounded to 4 digits (None when either side is null); ``meaning`` says what
    the change means for a reader.
    """
    index = catalogue_index()
    rows = []
    for group, values in a.items():
        if not isinstance(values, dict) or not isinstance(b.get(group), dict):
            continue
        b_rows = {mid: value for mid, _, value, _ in metric_rows(group, b[group], index)}
        for mid, name, value_a, _ in metric_rows(group, values, index):
            if mid not in b_rows or not (_numeric(value_a) or value_a is None):
                continue
            value_b = b_rows[mid]
            delta = round(value_b - value_a, 4) if _numeric(value_a) and _numeric(value_b) else None
            entry = index.get(mid)
            rows.append({
                "metric": mid, "name": name, "a": value_a, "b": value_b, "change": delta,
                "meaning": change_words(delta, entry.higher_means if entry else "") if delta is not None else "",
            })
    return rows


def _signed(delta) -> str:
    if delta is None:
        return "-"
    if delta == 0:
        return "="
    if abs(delta) < NEGLIGIBLE:
        return "~0"
    return ("+" if delta > 0 else "") + format_value(delta)


def compare_table(rows: list[dict], name_a: str, name_b: str) -> Table:
    """An 80-column table: metric, A, B, change, and what the change means."""
    table = Table(title=f"A: {name_a}\nB: {name_b}", title_justify="left", width=TABLE_WIDTH)
    table.add_column("Metric", ratio=6, overflow="fold")
    table.add_column("A", justify="right", ratio=3, no_wrap=True)
    table.add_column("B", justify="right", ratio=3, no_wrap=True)
    table.add_column("Change", justify="right", ratio=3, no_wrap=True)
    table.add_column("Meaning", ratio=6, overflow="fold")
    for row in rows:
        table.add_row(row["name"], format_value(row["a"]), format_value(row["b"]), _signed(row["change"]),
                      row["meaning"])
    return table


COMPARE_EPILOG = """\b
Examples:
  textmetrics compare draft1.txt draft2.txt
  textmetrics compare old.md new.md --metrics readability,hedging -f json
"""


@app.command(epilog=COMPARE_EPILOG)
def compare(
    a: Annotated[str, typer.Argument(metavar="A", help="The first draft (a text file, or '-' for stdin).")],
    b: Annotated[str, typer.Argument(metavar="B", help="The second draft.")],
    fmt: Annotated[ShortFormat, format_option(
        "table, or json with both document objects and the changes.")] = ShortFormat.table,
    metrics: MetricsOpt = None,
    lexicon: LexiconOpt = None,
    include_quoted: QuotedOpt = False,
    sentiment_quoted: SentimentQuotedOpt = True,
    encoding: EncodingOpt = "utf-8",
) -> None:
    """Compare two drafts side by side, with the change in every metric.

    For each metric: A, B, the change B - A and what the change means for a reader.
    """
    with boundary():
        if a == "-" and b == "-":
            raise UsageProblem("only one of A and B can be '-'")
        rec_a, rec_b = read_one(a, encoding), read_one(b, encoding)
        groups = metric_groups(metrics)
        doc_a, doc_b = (analyze_one(rec, groups, "summary", lexicon, include_quoted,
                                    sentiment_include_quoted=sentiment_quoted) for rec in (rec_a, rec_b))
        rows = comparison(doc_a, doc_b)
        show(fmt is ShortFormat.json,
             lambda: {"a": {"id": rec_a.id, **doc_a}, "b": {"id": rec_b.id, **doc_b}, "changes": rows},
             lambda: [compare_table(rows, rec_a.source, rec_b.source)])
