"""``textmetrics score``: score files, directories and stdin, in input order, with flat memory.

Reading is :mod:`.inputs`, the scoring engines :mod:`.runner`, the writers :mod:`.outputs`; this
module checks the options, wires the three together and reports failed records on stderr.
"""

from __future__ import annotations

import os
import sys
from dataclasses import replace
from itertools import chain
from typing import Annotated, Iterable, Iterator, NamedTuple, Optional

import typer

from textmetrics.config import Settings

from .columns import csv_columns
from .common import (AbbreviationsOpt, Detail, Engine, EncodingOpt, Format, GlobOpt, IdFieldOpt, InputFormat,
                     InputFormatOpt, LexiconOpt, MetricsOpt, NormsOpt, ProgressOpt, QuotedOpt, SentimentQuotedOpt,
                     TextFieldOpt, UsageProblem, boundary, check_encoding, check_lexicon, destination, format_option,
                     globs, metric_groups, norms_specs, output_option)
from .inputs import InputOptions, Item, ReadProgress, Record, RecordError, expand_sources, read_sources
from .outputs import PAYLOAD_ENCODING, make_writer, table_console
from .progress import Progress
from .resume import completed_ids, id_key
from .runner import Job, run

__all__ = ["app", "score"]

app = typer.Typer()


class Workers(NamedTuple):
    """Where the records are scored: --workers, --engine and --scheduler, as :func:`.runner.run` takes them."""

    count: int
    engine: str
    scheduler: str | None

SCORE_EPILOG = """\b
Examples:
  textmetrics score examples/oped.txt
  textmetrics score drafts/ --glob '*.md' -f csv -o scores.csv
  textmetrics score corpus.jsonl --text-field body -f jsonl -o out.jsonl -w 2
  textmetrics score corpus.jsonl -f jsonl -o out.jsonl --resume
  cat letter.txt | textmetrics score - -f json --detail full
  textmetrics score examples/oped.txt --norms editorials,news
"""


@app.command(epilog=SCORE_EPILOG)
def score(
    paths: Annotated[Optional[list[str]], typer.Argument(
        metavar="[PATH]...", show_default=False,
        help="Files or directories to score; '-' (or nothing, with piped input) reads stdin. "
             ".txt/.md: one document; .jsonl: one per line; .csv: one per row.")] = None,
    fmt: Annotated[Format, format_option(
        "table for people; json (an object, or an array for several documents), jsonl or csv for programs.")
    ] = Format.table,
    detail: Annotated[Detail, typer.Option(
        "--detail", "-d", envvar="TEXTMETRICS_DETAIL", show_envvar=True, case_sensitive=False,
        help="summary, or full to add sentences and markers with their offsets.")] = Detail.summary,
    metrics: MetricsOpt = None,
    output: Annotated[Optional[str], output_option(
        "Write to FILE instead of stdout (json, csv, table: atomically at the end; jsonl: line by line).")] = None,
    workers: Annotated[int, typer.Option(
        "--workers", "-w", envvar="TEXTMETRICS_WORKERS", show_envvar=True, min=1,
        help="Worker processes (each loads its resources once); output is identical to one worker.")] = 1,
    resume: Annotated[bool, typer.Option(
        "--resume", help="With -o FILE.jsonl: skip ids already in FILE and drop a torn last line.")] = False,
    text_field: TextFieldOpt = "text",
    id_field: IdFieldOpt = "id",
    glob: GlobOpt = None,
    input_format: InputFormatOpt = InputFormat.auto,
    encoding: EncodingOpt = "utf-8",
    engine: Annotated[Engine, typer.Option(
        "--engine", envvar="TEXTMETRICS_ENGINE", show_envvar=True, case_sensitive=False,
        help="local process pool, or dask (pip install 'textmetrics[dask]').")] = Engine.local,
    scheduler: Annotated[Optional[str], typer.Option(
        "--scheduler", envvar="TEXTMETRICS_SCHEDULER", show_envvar=True, metavar="ADDRESS",
        help="Dask scheduler address (tcp://host:8786); without it --engine dask starts a local cluster.")] = None,
    lexicon: LexiconOpt = None,
    abbreviations: AbbreviationsOpt = None,
    include_quoted: QuotedOpt = False,
    sentiment_quoted: SentimentQuotedOpt = True,
    norms: NormsOpt = None,
    progress: ProgressOpt = True,
) -> None:
    """Score documents: readability, sentiment, hedging and persuasion.

    Output follows input order; memory stays flat for any corpus size. A bad record (invalid JSON,
    no text, an empty file) is named on stderr as file:line and skipped; the exit code is then 1.
    """
    with boundary():
        paths = paths or []
        _check_options(paths, fmt.value, detail.value, output, resume)
        check_encoding(encoding)
        job = _job(fmt.value, detail.value, metric_groups(metrics), str(lexicon) if lexicon else None, include_quoted,
                   str(abbreviations) if abbreviations else None, norms_specs(norms), sentiment_quoted)
        opts = InputOptions(text_field, id_field, encoding, input_format.value)
        failures = _score(paths or ["-"], fmt.value, output, resume, globs(glob), opts, job,
                          Workers(workers, engine.value, scheduler), progress)
    raise typer.Exit(1 if failures else 0)


def _stdin_is_terminal() -> bool:
    return sys.stdin.isatty()


def _check_options(paths: list[str], fmt: str, detail: str, output: str | None, resume: bool) -> None:
    if resume and (fmt != "jsonl" or not output or output == "-"):
        raise UsageProblem("--resume needs --format jsonl and --output FILE")
    if fmt == "csv" and detail == "full":
        raise UsageProblem("csv has no place for sentences and markers; use --format json or jsonl with --detail full")
    if not paths and _stdin_is_terminal():
        raise UsageProblem("no input: give a PATH, or pipe text and use '-'")
    if output and output != "-" and os.path.exists(output) and any(p != "-" and os.path.exists(p) and os.path.samefile(p, output) for p in paths):
        raise UsageProblem(f"--output {output} is also an input")


def _job(fmt: str, detail: str, metrics: tuple[str, ...] | None, lexicon: str | None, include_quoted: bool,
         abbreviations: str | None, norms: tuple[str, ...] = (), sentiment_include_quoted: bool = True) -> Job:
    """What every record gets, checked once on an empty text before any input is read."""
    settings = Settings.from_env()
    job = Job(metrics=metrics, detail=detail, include_quoted=include_quoted,
              sentiment_include_quoted=sentiment_include_quoted, lexicon=lexicon or settings.lexicon,
              abbreviations=abbreviations or settings.abbreviations,
              max_text_chars=settings.max_text_chars, payload=PAYLOAD_ENCODING[fmt], norms=norms)
    # The empty probe loads no word lists: with --workers N the main process only reads and
    # writes, and the resources live in the workers.
    probe = job.analyze("")
    check_lexicon(job.lexicon)
    return replace(job, columns=tuple(csv_columns(probe) if fmt == "csv" else []))


def _items(paths: list[str], globs: tuple[str, ...], opts: InputOptions) -> tuple[Iterator[Item], ReadProgress]:
    """Every record and bad record of the inputs, in order, and the bytes read so far."""
    sources, problems = expand_sources(paths, globs, opts.input_format)
    qualify = len(paths) > 1 or any(os.path.isdir(p) for p in paths if p != "-")
    read = ReadProgress(total_bytes=sum(s.size for s in sources))
    return chain(problems, read_sources(sources, opts, read, qualify)), read


def _score(paths: list[str], fmt: str, output: str | None, resume: bool, globs: tuple[str, ...],
           opts: InputOptions, job: Job, workers: Workers, show_progress: bool) -> int:
    """Score every input into ``output``; the number of records that failed."""
    items, read = _items(paths, globs, opts)
    if resume:  # before the file is opened for appending: a torn last line is cut first
        items = _skip_done(items, output, _completed(output))
    bar = Progress(read, enabled=None if show_progress else False)
    with destination(output, fmt, resume) as stream:
        try:
            _write(items, job, workers, make_writer(fmt, stream, list(job.columns), _console(fmt, stream)), bar)
        except BaseException:
            bar.clear()
            raise
    bar.clear()
    if bar.failed:
        typer.echo(f"textmetrics: {bar.failed:,} of {bar.failed + bar.done:,} records failed", err=True)
    return bar.failed


def _console(fmt: str, stream):
    return table_console(stream) if fmt == "table" else None


def _write(items: Iterable[Item], job: Job, workers: Workers, writer, bar: Progress) -> None:
    """Score every item and hand each result to the writer; a failed record is named on stderr."""
    for result in run(items, job, *workers):
        if isinstance(result, RecordError):
            bar.clear()
            typer.echo(str(result), err=True)
            writer.error()
            bar.update(ok=False)
        else:
            writer.add(*result)
            bar.update()
    writer.close()


def _completed(output: str) -> set[str]:
    done, cut = completed_ids(output)
    if cut:
        typer.echo(f"textmetrics: resume: dropped a torn last line ({cut} bytes) from {output}", err=True)
    return done


def _skip_done(items: Iterable[Item], output: str, done: set[str]) -> Iterator[Item]:
    skipped = 0
    for item in items:
        if isinstance(item, Record) and id_key(item.id) in done:
            skipped += 1
            continue
        yield item
    if skipped:
        typer.echo(f"textmetrics: resume: {skipped:,} documents already in {output} were skipped", err=True)
