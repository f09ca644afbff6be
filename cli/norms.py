"""``textmetrics norms build`` and ``textmetrics norms list``: reference tables from a user's corpus,
and the references ``--norms`` can name.

``build`` reads every input format ``score`` reads (:mod:`.inputs`), scores the records with the
same engine, parallelism and in-flight bound (:mod:`.runner`; only the numeric metrics travel back
from the workers) and writes the tables with the builder that made the shipped ones
(:class:`textmetrics.norms.TableBuilder`), so on the shipped corpora it gives the shipped files
byte for byte. The tables hold only quantiles of metric values, never text.
"""

from __future__ import annotations

import os
import sys
from datetime import date, datetime, timezone
from typing import Annotated, Iterable, Iterator, Optional

import typer
from rich import box
from rich.table import Table
from rich.text import Text

from textmetrics import norms
from textmetrics.config import Settings

from .common import (EncodingOpt, GlobOpt, IdFieldOpt, InputFormat, InputFormatOpt, ProgressOpt, ShortFormat,
                     TextFieldOpt, UsageProblem, boundary, check_encoding, destination, format_option, globs,
                     output_option, show)
from .inputs import InputOptions, Item, Record, RecordError
from .outputs import TABLE_WIDTH
from .progress import Progress
from .runner import Job, run
from .score import _items  # the very reading of inputs that score does

__all__ = ["app", "build", "list_norms"]

app = typer.Typer(name="norms", no_args_is_help=True,
                  help="Reference norms: build percentile tables from a corpus, list the references.")

BUILD_EPILOG = """\b
Examples:
  textmetrics norms build letters.jsonl --name letters -o letters-norms.json -w 2
  textmetrics score draft.txt --norms letters-norms.json
  textmetrics norms build drafts/ --glob '*.md' --name drafts --date 2025-01-31 -o drafts.json
"""


def _default_date(paths: list[str]) -> str:
    """The newest input file's modification date (UTC), so a rebuild of unchanged files is identical;
    today when reading stdin."""
    stamps = [os.path.getmtime(p) for p in paths if p != "-" and os.path.exists(p)]
    if not stamps or "-" in paths:
        return date.today().isoformat()
    return datetime.fromtimestamp(max(stamps), timezone.utc).strftime("%Y-%m-%d")


def _check_date(value: str) -> str:
    try:
        date.fromisoformat(value)
    except ValueError:
        raise UsageProblem(f"--date must be YYYY-MM-DD, got {value!r}") from None
    return value


class _HoldOut:
    """Drops the held-out fifth of the records (:func:`textmetrics.norms.held_out`) and counts them."""

    def __init__(self) -> None:
        self.records = 0
        self.held = 0

    def __call__(self, items: Iterable[Item]) -> Iterator[Item]:
        for item in items:
            if isinstance(item, Record):
                self.records += 1
                if norms.held_out(item.id):
                    self.held += 1
                    continue
            yield item


@app.command("build", epilog=BUILD_EPILOG)
def build(
    paths: Annotated[Optional[list[str]], typer.Argument(
        metavar="[PATH]...", show_default=False,
        help="Files or directories of the corpus, read as 'score' reads them; '-' reads stdin.")] = None,
    name: Annotated[str, typer.Option(
        "--name", help="The reference's name: lower-case letters, digits, '_' and '-' (the key in percentiles).")] = "",
    output: Annotated[Optional[str], output_option("Write the norms file to FILE (atomically); stdout by default.")
                      ] = None,
    description: Annotated[str, typer.Option("--description", help="What the documents are (the genre).")] = "",
    corpus: Annotated[str, typer.Option("--corpus", help="Where the documents come from.")] = "",
    licence: Annotated[str, typer.Option("--licence", help="The corpus's licence or terms.")] = "",
    attribution: Annotated[str, typer.Option("--attribution", help="Whom to credit when the tables are used.")] = "",
    built: Annotated[Optional[str], typer.Option(
        "--date", metavar="YYYY-MM-DD", show_default=False,
        help="Build date written into the file; default the newest input file's date (today for stdin).")] = None,
    hold_out: Annotated[bool, typer.Option(
        "--hold-out", help="Leave out the records whose CRC-32 of the id is divisible by 5, as the shipped "
                           "tables do, to check calibration on them.")] = False,
    workers: Annotated[int, typer.Option(
        "--workers", "-w", envvar="TEXTMETRICS_WORKERS", show_envvar=True, min=1,
        help="Worker processes; the tables are identical for any number.")] = 1,
    text_field: TextFieldOpt = "text",
    id_field: IdFieldOpt = "id",
    glob: GlobOpt = None,
    input_format: InputFormatOpt = InputFormat.auto,
    encoding: EncodingOpt = "utf-8",
    progress: ProgressOpt = True,
) -> None:
    """Build norms tables (percentiles of every numeric metric) from a corpus.

    Each document is scored with the default options, as the shipped tables were; a bad record is
    named on stderr as file:line and skipped (exit code 1). Use the file with --norms FILE.
    """
    with boundary():
        if not name:
            raise UsageProblem("--name is required (the reference's name, e.g. --name letters)")
        norms.check_name(name, "name")
        check_encoding(encoding)
        if not paths and sys.stdin.isatty():
            raise UsageProblem("no input: give a PATH, or pipe the corpus and use '-'")
        paths = paths or ["-"]
        stamp = _check_date(built) if built else _default_date(paths)
        settings = Settings.from_env()
        job = Job(max_text_chars=settings.max_text_chars, payload="values")
        items, read = _items(paths, globs(glob), InputOptions(text_field, id_field, encoding, input_format.value))
        split = _HoldOut() if hold_out else None
        bar = Progress(read, enabled=None if progress else False)
        builder = norms.TableBuilder()
        try:
            for result in run(split(items) if split else items, job, workers):
                if isinstance(result, RecordError):
                    bar.clear()
                    typer.echo(str(result), err=True)
                    bar.update(ok=False)
                else:
                    builder.add(result[1])
                    bar.update()
        finally:
            bar.clear()
        if not builder.documents:
            raise UsageProblem("no documents to build norms from")
        note = norms.held_out_note(split.held, split.records) if split else None
        table = builder.build(name, stamp, description, corpus, licence, attribution, held_out=note)
        with destination(output, "json") as stream:
            stream.write(norms.dumps(table))
        typer.echo(f"textmetrics: norms {name!r}: {builder.documents:,} documents, median "
                   f"{table['median_words'] or 0:,} words -> {output or 'stdout'}", err=True)
    raise typer.Exit(1 if bar.failed else 0)


def _references(files: list[str] | None) -> list[norms.NormTable]:
    configured = norms.load_files(Settings.from_env().norms_files)
    return norms.available(configured) + [norms.load_file(path) for path in files or []]


def _tables(references: list[norms.NormTable]) -> list:
    table = Table(title="References for --norms", title_justify="left", title_style="bold", width=TABLE_WIDTH,
                  box=box.SIMPLE_HEAD)
    table.add_column("Name", no_wrap=True)
    table.add_column("Documents", justify="right", no_wrap=True)
    table.add_column("Median words", justify="right", no_wrap=True)
    table.add_column("What it holds", ratio=1, overflow="fold")
    for ref in references:
        info = ref.summary()
        where = "" if info["built_in"] else f" ({ref.source})"
        table.add_row(ref.name, f"{info['documents']:,}", f"{info['median_words'] or 0:,}",
                      info["description"] + where)
    credits = [Text("Sources (the tables are derived statistics of these corpora):", style="bold")]
    for ref in references:
        info = ref.summary()
        credits.append(Text(f"{ref.name}: {info['corpus']}. {info['licence']}. Cite: {info['attribution']}"))
    return [table, *credits]


@app.command("list")
def list_norms(
    files: Annotated[Optional[list[str]], typer.Argument(
        metavar="[FILE]...", show_default=False, help="Norms files to describe as well.")] = None,
    fmt: Annotated[ShortFormat, format_option("table for people, json for programs (as GET /v1/norms).")
                   ] = ShortFormat.table,
) -> None:
    """List the references --norms can name: built-in, TEXTMETRICS_NORMS_FILES, and any FILE given."""
    with boundary():
        references = _references(files)
        show(fmt.value == "json", lambda: {"references": [ref.summary() for ref in references]},
             lambda: _tables(references))
