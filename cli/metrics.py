"""``textmetrics metrics``: the metric catalogue, as tables or as the object of ``GET /v1/metrics``."""

from __future__ import annotations

from typing import Annotated, Optional

import typer
from rich.table import Table

import textmetrics

from .common import ShortFormat, UsageProblem, boundary, format_option, show
from .outputs import TABLE_WIDTH

__all__ = ["app", "metrics_command", "catalogue_tables"]

app = typer.Typer()

METRICS_EPILOG = """\b
Examples:
  textmetrics metrics
  textmetrics metrics --group readability -f json
"""


@app.command("metrics", epilog=METRICS_EPILOG)
def metrics_command(
    fmt: Annotated[ShortFormat, format_option(
        "table, or json (the same object as GET /v1/metrics).")] = ShortFormat.table,
    group: Annotated[Optional[list[str]], typer.Option(
        "--group", "-g", show_default=False, help="Only these groups (repeatable).")] = None,
) -> None:
    """List every metric in the catalogue: id, name, unit and what a higher value means."""
    with boundary():
        entries = [m for m in textmetrics.catalogue() if not group or m.group in group]
        if group and not entries:
            raise UsageProblem(f"no metrics in group(s) {', '.join(group)}")
        show(fmt is ShortFormat.json,
             lambda: {"metrics": [m.to_dict() for m in entries]},
             lambda: catalogue_tables(entries))


def catalogue_tables(entries: list[textmetrics.Metric]) -> list[Table]:
    """One table per group: id (without the group), name, unit, what a higher value means."""
    tables = []
    for name in dict.fromkeys(m.group for m in entries):
        table = Table(title=name.capitalize(), title_justify="left", title_style="bold", width=TABLE_WIDTH)
        table.add_column("Id", ratio=11, overflow="fold")
        table.add_column("Name", ratio=7, overflow="fold")
        table.add_column("Unit", ratio=4, overflow="fold")
        table.add_column("Higher means", ratio=7, overflow="fold")
        for m in entries:
            if m.group == name:
                table.add_row(m.id.removeprefix(name + "."), m.name, m.unit, m.higher_means)
        tables.append(table)
    return tables
